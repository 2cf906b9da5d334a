import { useQuery } from '@apollo/client';
import type { GuardianPartData } from '../../agencies/guardian-section.js';
import { guardianSections } from '../../agencies/guardian-sections.js';
import { FamilyGuardianSectionsQuery } from '../../operations/family.js';
import { ErrorNotice, Loading } from '../../ui/error-notice.js';
import { agencyName } from '../../words/terms.js';
import { AgencyParts } from './outcome.js';
import type { Family } from './types.js';

type Guardian = NonNullable<Family['guardians']>[number];

/** A category's data as its agency worded it: a line about the whole, then its rows. */
function Shown({ shown }: { shown: GuardianPartData }) {
  return (
    <>
      {shown.lead && <p>{shown.lead}</p>}
      {shown.rows.length === 0 ? (
        <p>{shown.none}</p>
      ) : (
        <ul className="plain">
          {shown.rows.map((row) => (
            <li key={row}>{row}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * Each guardian's own sections (docs/consent.md, "A guardian's own data"): one per agency whose
 * data is a guardian's, as its folder words it (src/agencies/guardian-sections.ts, generated from
 * the manifest); why a part is withheld is said as for a child's sections.
 */
export function GuardianSections({ reference, guardians }: { reference: string; guardians: readonly Guardian[] }) {
  const { data, error, loading } = useQuery(FamilyGuardianSectionsQuery, { variables: { reference } });
  if (guardianSections.length === 0) return null;
  if (error) return <ErrorNotice error={error} />;
  if (loading && !data) return <Loading what="vårdnadshavarnas egna uppgifter" />;
  const answered = data?.familyByReference.guardians ?? [];
  return (
    <div className="agencies">
      {guardians.flatMap((g) => {
        const sections = answered.find((a) => a.personnummer === g.personnummer);
        if (!sections) return [];
        return guardianSections.map(({ agency, module }) => {
          const title = `${agencyName[agency]} – ${g.givenName} ${g.familyName}`;
          const parts = module.parts(sections).map(({ category, outcome, shown }) => ({ category, outcome, render: () => shown && <Shown shown={shown} /> }));
          return (
            <section key={`${g.personnummer}-${agency}`} className="guardian-agency" aria-label={title}>
              <h3>{title}</h3>
              <AgencyParts agency={agency} parts={parts} />
            </section>
          );
        });
      })}
    </div>
  );
}
