import { dateTime } from '../../ui/dates.js';
import { agencyName, categoryName, roleName } from '../../words/terms.js';
import type { Child } from './types.js';

const roleInWords = (role: string) => roleName[role as keyof typeof roleName] ?? role;

/**
 * Who looked at the child's data at each agency, when and under which consent: the data owners'
 * own logs, which the graph gives the child's guardians. Others are told whose log it is.
 */
export function AccessLog({ child }: { child: Child }) {
  const logs = [child.school.accessLog, child.socialServices.accessLog, child.healthCare.accessLog];
  if (logs.every((log) => log === null)) return <p>Åtkomstloggen visas för barnets vårdnadshavare.</p>;
  const entries = logs.flatMap((log) => log ?? []).sort((a, b) => b.at.localeCompare(a.at));
  if (entries.length === 0) return <p>Ingen har tittat på {child.givenName}s uppgifter genom Lotsen.</p>;
  const consentText = (id: string) => {
    const consent = child.consents.find((c) => c.id === id);
    return consent ? `samtycket ${consent.validFrom} – ${consent.validUntil}` : `samtycke ${id.slice(0, 8)}`;
  };
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Åtkomster till {child.givenName}s uppgifter, den senaste först</caption>
        <thead>
          <tr>
            <th scope="col">När</th>
            <th scope="col">Vem</th>
            <th scope="col">Verksamhet och uppgifter</th>
            <th scope="col">Enligt</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={`${e.at}-${e.agency}-${e.accessedBy}`}>
              <td>{dateTime(e.at)}</td>
              <td>
                {e.accessedBy} ({roleInWords(e.role).toLowerCase()}
                {e.team ? `, ${e.team}` : ''})
              </td>
              <td>
                {agencyName[e.agency]}: {e.categories.map((c) => categoryName[c].toLowerCase()).join(', ')}
              </td>
              <td>{e.consentIds.length > 0 ? e.consentIds.map(consentText).join(', ') : 'Inget samtycke: inget lämnades ut'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
