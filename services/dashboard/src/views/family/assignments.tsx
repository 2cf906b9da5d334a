import { useQuery } from '@apollo/client';
import type { FamilyAssignmentsQuery } from '../../gql/graphql.js';
import { FamilyAssignmentsQuery as FamilyAssignmentsDocument } from '../../operations/family.js';
import { servedPlaces } from '../../team/served-places.js';
import { dateTime } from '../../ui/dates.js';
import { ErrorNotice, Loading } from '../../ui/error-notice.js';

type Change = FamilyAssignmentsQuery['familyByReference']['assignments'][number];

/** One change of who pilots the family, in a sentence. */
export function assignmentInWords(a: Change): string {
  const by = a.byName ? ` av ${a.byName}` : '';
  const to = `${a.toCoordinator.name} i ${a.toTeam.name}`;
  switch (a.kind) {
    case 'TAKEN_IN':
      return `Togs in i samordning${by}, med ${to} som koordinator.`;
    case 'REASSIGNED':
      return `Ny koordinator: ${a.toCoordinator.name}${a.fromCoordinator ? ` efter ${a.fromCoordinator.name}` : ''}, ändrat${by}.`;
    case 'MOVED':
      return `Flyttad${a.fromTeam ? ` från ${a.fromTeam.name} (${servedPlaces(a.fromTeam)})` : ''} till ${a.toTeam.name} (${servedPlaces(a.toTeam)}) med ${a.toCoordinator.name} som koordinator${by}.`;
    case 'BEFORE_HISTORY':
      return `${to} var koordinator när historiken började föras.`;
  }
}

/** Who has piloted the family, oldest first: taken in, every new coordinator, every move to another team. */
export function Assignments({ reference }: { reference: string }) {
  const { data, error, loading } = useQuery(FamilyAssignmentsDocument, { variables: { reference } });
  if (error) return <ErrorNotice error={error} />;
  if (loading && !data) return <Loading what="vilka som har varit koordinatorer" />;
  const assignments = data?.familyByReference.assignments ?? [];
  if (assignments.length === 0) return <p>Ingen tilldelning registrerad.</p>;
  return (
    <ol className="assignments">
      {assignments.map((a) => (
        <li key={`${a.at}-${a.kind}-${a.toCoordinator.username}`}>
          <span className="when">{dateTime(a.at)}</span>: {assignmentInWords(a)}
        </li>
      ))}
    </ol>
  );
}
