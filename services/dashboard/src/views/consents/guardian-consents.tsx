import { useId } from 'react';
import { statusInSentence } from '../../words/status-in-words.js';
import { agencyName, categoryName, guardianAgencies } from '../../words/terms.js';
import { orderedScope } from './scope.js';
import type { ConsentFamily } from './types.js';

type GuardianConsent = NonNullable<ConsentFamily['guardians']>[number]['consents'][number];

const scopeInWords = (consent: GuardianConsent) =>
  orderedScope(consent.scope)
    .map((s) => `${agencyName[s.agency]} (${s.categories.map((c) => categoryName[c].toLocaleLowerCase('sv')).join(', ')})`)
    .join('; ');

/** Each guardian's consents to sharing their own data (Guardian.consents), newest first as the graph gives them. */
export function GuardianConsents({ family }: { family: ConsentFamily }) {
  const id = useId();
  if (guardianAgencies.length === 0 || !family.guardians?.length) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>Vårdnadshavarnas egna samtycken</h2>
      <p>Samtycken till att dela en vårdnadshavares egna uppgifter. Bara vårdnadshavaren själv beslutar om dem.</p>
      {family.guardians.map((g) => (
        <div key={g.personnummer}>
          <h3>
            {g.givenName} {g.familyName}
          </h3>
          {g.consents.length === 0 ? (
            <p>Inga egna samtycken registrerade.</p>
          ) : (
            <ul className="plain">
              {g.consents.map((c) => (
                <li key={c.id}>
                  {scopeInWords(c)}: {statusInSentence(c.status, c.statusText, c.validUntil)}, från {c.validFrom}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}
