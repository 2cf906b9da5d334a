import { useQuery } from '@apollo/client';
import type { AccessLogFragment } from '../../gql/graphql.js';
import { FamilyAccessLogQuery } from '../../operations/family.js';
import { dateTime } from '../../ui/dates.js';
import { ErrorNotice, Loading } from '../../ui/error-notice.js';
import { genitive } from '../../words/genitive.js';
import { agencyName, categoryName, roleName } from '../../words/terms.js';
import type { Child, Family } from './types.js';

const roleInWords = (role: string) => roleName[role as keyof typeof roleName] ?? role;

/**
 * Who looked at each child's data at each agency, when and under which consent: the data owners'
 * own logs, which the graph gives the child's guardians. Others are told whose log it is.
 */
export function AccessLogs({ family, guardian }: { family: Family; guardian: boolean }) {
  // The data owners show their logs to the child's guardians only; others are not sent asking.
  const { data, error, loading } = useQuery(FamilyAccessLogQuery, { variables: { reference: family.reference }, skip: !guardian });
  if (!guardian) return <p>Åtkomstloggen visas för barnens vårdnadshavare: de ser vem som har tittat på barnens uppgifter, när och enligt vilket samtycke.</p>;
  if (error) return <ErrorNotice error={error} />;
  if (loading && !data) return <Loading what="åtkomstloggen" />;
  const logs = data?.familyByReference.children ?? [];
  return (
    <>
      {family.children.map((child) => {
        const log = logs.find((l) => l.personnummer === child.personnummer);
        const sections = log ? [log.school.accessLog, log.socialServices.accessLog, log.healthCare.accessLog] : [];
        return (
          <section key={child.personnummer} aria-label={`Åtkomstlogg för ${child.givenName}`}>
            <h3>{child.givenName}</h3>
            <AccessLog child={child} team={family.team} entries={sections.flatMap((s) => s ?? [])} />
          </section>
        );
      })}
    </>
  );
}

function AccessLog({ child, team, entries: unordered }: { child: Child; team: Family['team']; entries: AccessLogFragment[] }) {
  // The logs name a team by its id; the family's own team is named as the family knows it.
  const teamName = (id: string) => (id === team.id ? team.name : id);
  const entries = [...unordered].sort((a, b) => b.at.localeCompare(a.at));
  if (entries.length === 0) return <p>Ingen har tittat på {genitive(child.givenName)} uppgifter genom Lotsen.</p>;
  const consentText = (id: string) => {
    const consent = child.consents.find((c) => c.id === id);
    return consent ? `samtycket ${consent.validFrom} – ${consent.validUntil}` : `samtycke ${id.slice(0, 8)}`;
  };
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Åtkomster till {genitive(child.givenName)} uppgifter, den senaste först</caption>
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
                {e.team ? `, ${teamName(e.team)}` : ''})
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
