import { useQuery } from '@apollo/client';
import type { AccessLogFragment, Agency, DataCategory } from '../../gql/graphql.js';
import { FamilyAccessLogQuery } from '../../operations/family.js';
import { dateTime } from '../../ui/dates.js';
import { ErrorNotice, Loading } from '../../ui/error-notice.js';
import { genitive } from '../../words/genitive.js';
import { agencies, agencyName, categoriesOf, categoryName, roleName } from '../../words/terms.js';
import type { Child, Family } from './types.js';

const roleInWords = (role: string) => roleName[role as keyof typeof roleName] ?? role;

/** An access's kinds of data in the order the family page shows them. */
const inOrder = (agency: Agency, categories: readonly DataCategory[]) => [...categories].sort((a, b) => categoriesOf[agency].indexOf(a) - categoriesOf[agency].indexOf(b));

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
            <AccessLog child={child} family={family} entries={sections.flatMap((s) => s ?? [])} />
          </section>
        );
      })}
    </>
  );
}

function AccessLog({ child, family, entries: unordered }: { child: Child; family: Family; entries: AccessLogFragment[] }) {
  // The logs name people and teams by their ids; the family's own coordinators and team are named as the family knows them.
  const teamName = (id: string) => (id === family.team.id ? family.team.name : id);
  const who = (username: string) => family.coordinators.find((c) => c.username === username)?.name ?? username;
  const entries = [...unordered].sort((a, b) => b.at.localeCompare(a.at) || agencies.indexOf(a.agency) - agencies.indexOf(b.agency));
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
                {who(e.accessedBy)} ({roleInWords(e.role).toLowerCase()}
                {e.team ? `, ${teamName(e.team)}` : ''})
              </td>
              <td>
                {agencyName[e.agency]}:{' '}
                {inOrder(e.agency, e.categories)
                  .map((c) => categoryName[c].toLowerCase())
                  .join(', ')}
              </td>
              <td>{e.consentIds.length > 0 ? e.consentIds.map(consentText).join(', ') : 'Inget samtycke: inget lämnades ut'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
