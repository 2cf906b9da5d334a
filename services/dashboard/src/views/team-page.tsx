import { useQuery } from '@apollo/client';
import { useState } from 'react';
import { TeamsQuery } from '../operations/team.js';
import { TeamAreasQuery } from '../operations/tenancy.js';
import { WorkListQuery } from '../operations/work-list.js';
import { Link } from '../routing/navigation.js';
import { familyPath } from '../routing/routes.js';
import { coordinatorCounts } from '../team/coordinator-counts.js';
import { ErrorNotice, Loading } from '../ui/error-notice.js';
import { PageHeading } from '../ui/page-heading.js';
import { Reassign } from './reassign.js';

/**
 * A team lead's view: the team's coordinators (also those with no family yet) with how many
 * families each pilots, the team's families, and giving a family to another coordinator, in the
 * team or in another team.
 */
export function TeamPage({ team }: { team: { id: string; name: string; municipality: string } }) {
  const caseload = useQuery(WorkListQuery);
  const teams = useQuery(TeamsQuery);
  // Where the team works and its families live (docs/tenancy.md).
  const areas = useQuery(TeamAreasQuery);
  const served = areas.data?.teams.find((t) => t.id === team.id);
  const livesIn = new Map((areas.data?.caseload ?? []).map((f) => [f.id, f.municipality]));
  const several = (served?.municipalities.length ?? 0) > 1;
  // Said above the table: the row it is about may leave the team's list with the move.
  const [moved, setMoved] = useState<string | null>(null);
  const families = [...(caseload.data?.caseload ?? [])].sort((a, b) => a.reference.localeCompare(b.reference));
  const allTeams = teams.data?.teams ?? [];
  const own = allTeams.find((t) => t.id === team.id);
  const coordinators = coordinatorCounts(own?.coordinators ?? [], families);
  const error = caseload.error ?? teams.error;
  return (
    <>
      <PageHeading title="Team och koordinatorer">Team och koordinatorer</PageHeading>
      <p className="lead">
        {team.name}
        {several ? '.' : `, ${team.municipality}.`}
      </p>
      {served && (
        <p className="team-areas">
          {several ? `Teamet arbetar i ${served.municipalities.length} kommuner: ${served.municipalities.join(', ')}` : `Teamet arbetar i ${served.municipalities.join(', ')}`}
          {served.region ? `, och med ${served.region}.` : '.'}
        </p>
      )}
      {error && <ErrorNotice error={error} />}
      {(caseload.loading || teams.loading) && !(caseload.data && teams.data) && <Loading what="teamets familjer" />}
      {caseload.data && teams.data && (
        <>
          <section aria-labelledby="coordinators">
            <h2 id="coordinators">Koordinatorer</h2>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Koordinator</th>
                    <th scope="col">Användarnamn</th>
                    <th scope="col">Antal familjer</th>
                  </tr>
                </thead>
                <tbody>
                  {coordinators.map((c) => (
                    <tr key={c.username}>
                      <td>{c.name}</td>
                      <td>{c.username}</td>
                      <td>{c.families}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section aria-labelledby="families">
            <h2 id="families">Familjer</h2>
            <p>
              En familj kan flyttas till en koordinator i ett annat team som arbetar i kommunen där familjen bor. Det nya teamet ser inget från verksamheterna förrän familjen har lämnat samtycke till
              det teamet.
            </p>
            <p role="status" className="done">
              {moved}
            </p>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Familj</th>
                    <th scope="col">Barn</th>
                    <th scope="col">Koordinator</th>
                    {several && <th scope="col">Kommun</th>}
                    <th scope="col">Flytta till</th>
                  </tr>
                </thead>
                <tbody>
                  {families.map((f) => (
                    <tr key={f.id}>
                      <td>
                        <Link href={familyPath(f.reference)}>{f.reference}</Link>
                      </td>
                      <td>{f.children.map((c) => c.givenName).join(', ')}</td>
                      <td>{f.coordinators.map((c) => c.name).join(', ')}</td>
                      {several && <td>{livesIn.get(f.id) ?? ''}</td>}
                      <td>
                        <Reassign family={f} livesIn={livesIn.get(f.id)} teams={allTeams} onMoved={setMoved} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </>
  );
}
