import { purposeName } from '../../words/terms.js';
import { OwnDecision } from '../consents/consent-forms.js';
import { partiesOf } from '../consents/parties.js';
import type { Family } from './types.js';

/**
 * Väntar på ditt beslut: on a guardian's own page, every consent for their children that waits for
 * their decision, to give or refuse there and then (recorded as given digitally, signed in).
 */
export function PendingDecisions({ family, self }: { family: Family; self: string | null }) {
  if (!self || family.closing) return null;
  const waiting = family.children.flatMap((child) => {
    const party = partiesOf(child).find((p) => p.role === 'GUARDIAN' && p.personnummer === self);
    if (!party) return [];
    return child.consents.filter((c) => c.status === 'PENDING' && !c.parties.some((p) => p.personnummer === self && p.decision === 'GIVEN')).map((consent) => ({ child, consent, party }));
  });
  if (waiting.length === 0) return null;
  return (
    <section aria-labelledby="pending-decisions" className="pending-decisions">
      <h2 id="pending-decisions">Väntar på ditt beslut</h2>
      <p>Samtyckena gäller först när alla som ska besluta har samtyckt. Läs vad varje samtycke omfattar under Samtycken och kvitton innan du bestämmer dig.</p>
      <ul className="plain">
        {waiting.map(({ child, consent, party }) => (
          <li key={consent.id} className="card">
            <h3>
              {child.givenName}: {purposeName[consent.purpose]}, {consent.validFrom} – {consent.validUntil}
            </h3>
            <OwnDecision consent={consent} party={party} />
          </li>
        ))}
      </ul>
    </section>
  );
}
