import { useQuery } from '@apollo/client';
import { FamilyObstaclesQuery } from '../../operations/obstacles.js';
import { ErrorNotice, Loading } from '../../ui/error-notice.js';
import { ObstacleForm } from './obstacle-form.js';
import { ObstacleList } from './obstacle-list.js';

/**
 * Hinder on a family's page: what the family has met, and (while coordination goes on) the form to
 * record one, for its guardians and its coordinator. Its own query: the family page's is full.
 */
export function FamilyObstacles({ reference, guardian, working }: { reference: string; guardian: boolean; working: boolean }) {
  const { data, error, loading } = useQuery(FamilyObstaclesQuery, { variables: { reference } });
  const family = data?.familyByReference;
  return (
    <>
      <p>
        {guardian
          ? 'Har ni stött på något som gjort det svårt att få stöd, till exempel lång väntan eller att ni skickats mellan verksamheter? Registrera det här. Kommunens ledningsgrupp går igenom hindren för att förbättra stödet, utan att se vilken familj det gäller.'
          : 'Hinder som familjen har mött i stödet. Kommunens ledningsgrupp går igenom dem utan att se vilken familj det gäller.'}
      </p>
      {error && <ErrorNotice error={error} />}
      {loading && !family && <Loading what="familjens hinder" />}
      {family && working && <ObstacleForm familyId={family.id} refetch={['FamilyObstacles']} />}
      {family && <ObstacleList obstacles={family.obstacles} empty="Inga hinder registrerade." />}
    </>
  );
}
