import { useMutation, useQuery } from '@apollo/client';
import { type FormEvent, useId, useState } from 'react';
import type { WorkListQuery as WorkListData } from '../gql/graphql.js';
import { ReassignFamilyMutation } from '../operations/team.js';
import { WorkListQuery } from '../operations/work-list.js';
import { Link } from '../routing/navigation.js';
import { familyPath } from '../routing/routes.js';
import { ErrorNotice, Loading } from '../ui/error-notice.js';
import { PageHeading } from '../ui/page-heading.js';

type Family = WorkListData['caseload'][number];
type Coordinator = Family['coordinators'][number];

/** The team's coordinators, as its families name them, with how many families each pilots. */
export function coordinatorsOf(families: readonly Family[]): Array<Coordinator & { families: number }> {
  const byName = new Map<string, Coordinator & { families: number }>();
  for (const family of families) {
    for (const c of family.coordinators) byName.set(c.username, { ...c, families: (byName.get(c.username)?.families ?? 0) + 1 });
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv', { numeric: true }));
}

/** A team lead's view: the team's coordinators and their families, and moving a family to another coordinator. */
export function TeamPage({ team }: { team: { name: string; municipality: string } }) {
  const { data, error, loading } = useQuery(WorkListQuery);
  const families = [...(data?.caseload ?? [])].sort((a, b) => a.reference.localeCompare(b.reference));
  const coordinators = coordinatorsOf(families);
  return (
    <>
      <PageHeading title="Team och koordinatorer">Team och koordinatorer</PageHeading>
      <p className="lead">
        {team.name}, {team.municipality}.
      </p>
      {error && <ErrorNotice error={error} />}
      {loading && !data && <Loading what="teamets familjer" />}
      {data && (
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
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Familj</th>
                    <th scope="col">Barn</th>
                    <th scope="col">Koordinator</th>
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
                      <td>
                        <Reassign family={f} coordinators={coordinators} />
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

function Reassign({ family, coordinators }: { family: Family; coordinators: Coordinator[] }) {
  const id = useId();
  const others = coordinators.filter((c) => !family.coordinators.some((own) => own.username === c.username));
  const [to, setTo] = useState(others[0]?.username ?? '');
  const [done, setDone] = useState<string | null>(null);
  const [reassign, { loading, error }] = useMutation(ReassignFamilyMutation, { refetchQueries: ['WorkList'], awaitRefetchQueries: true });
  if (others.length === 0) return <>Ingen annan koordinator i teamet</>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const moved = await reassign({ variables: { input: { familyId: family.id, coordinator: to } } }).catch(() => null);
    if (moved?.data) setDone(`${moved.data.reassignFamily.familyReference} har nu ${moved.data.reassignFamily.coordinator.name} som koordinator.`);
  };
  return (
    <form className="inline" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        Ny koordinator för {family.reference}
      </label>
      <select id={id} value={to} onChange={(e) => setTo(e.target.value)}>
        {others.map((c) => (
          <option key={c.username} value={c.username}>
            {c.name}
          </option>
        ))}
      </select>
      <button type="submit" disabled={loading}>
        Flytta
      </button>
      {error && <ErrorNotice error={error} />}
      {done && (
        <span role="status" className="done">
          {done}
        </span>
      )}
    </form>
  );
}
