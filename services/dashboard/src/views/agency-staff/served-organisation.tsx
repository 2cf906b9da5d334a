import { useQuery } from '@apollo/client';
import { MyOrganisationQuery } from '../../operations/tenancy.js';
import { ErrorNotice } from '../../ui/error-notice.js';

/**
 * Which organisation agency staff serve (docs/tenancy.md): a municipality, or the region and so
 * every municipality in it. The plan actions below are of families living there.
 */
export function ServedOrganisation() {
  const { data, error } = useQuery(MyOrganisationQuery);
  if (error) return <ErrorNotice error={error} />;
  if (!data) return null;
  const organisation = data.myOrganisation;
  if (!organisation || organisation.municipalities.length === 0)
    return (
      <p className="notice" role="status">
        Din inloggning anger ingen kommun eller region som Lotsen känner till, så du ser inga insatser. Kontakta din verksamhets systemförvaltare.
      </p>
    );
  return (
    <p className="served-organisation">
      Du arbetar för <strong>{organisation.name}</strong>
      {organisation.kind === 'REGION' ? `, och ser familjer i regionens kommuner: ${organisation.municipalities.join(', ')}.` : ', och ser familjer som bor i kommunen.'}
    </p>
  );
}
