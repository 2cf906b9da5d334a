import { useQuery } from '@apollo/client';
import { useState } from 'react';
import { FamilyConsentsQuery } from '../../operations/consents.js';
import { Link } from '../../routing/navigation.js';
import { familyPath } from '../../routing/routes.js';
import { ErrorNotice, Loading } from '../../ui/error-notice.js';
import { PageHeading } from '../../ui/page-heading.js';
import { ConsentCard } from './consent-card.js';
import { GuardianConsentForm } from './guardian-consent-form.js';
import { GuardianConsents } from './guardian-consents.js';
import { partiesOf } from './parties.js';
import { RecordConsentForm } from './record-consent-form.js';
import type { ConsentFamily } from './types.js';

/**
 * Samtycke: each child's consents with their status, receipt and FHIR export. A coordinator
 * records, narrows and revokes them and records the parties' decisions; a guardian gives or
 * revokes their own decision.
 */
export function ConsentPage({ reference, guardian, self }: { reference: string; guardian: boolean; self: string | null }) {
  const { data, error, loading } = useQuery(FamilyConsentsQuery, { variables: { reference } });
  const family = data?.familyByReference;
  const title = `Samtycken för familjen ${family?.reference ?? reference}`;
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="no-print">
        <Link href={guardian ? '/' : familyPath(reference)}>Tillbaka till familjen</Link>
      </p>
      {error && <ErrorNotice error={error} />}
      {loading && !family && <Loading what="samtyckena" />}
      {family && <Consents family={family} guardian={guardian} self={self} />}
    </>
  );
}

/** `self`: the signed-in guardian's personnummer, which finds them among each child's parties. */
function Consents({ family, guardian, self }: { family: ConsentFamily; guardian: boolean; self: string | null }) {
  const [receiptOf, setReceiptOf] = useState<string | null>(null);
  return (
    <>
      {guardian && <p>Här ser du vad ni har samtyckt till, vem som får se det och hur länge. Du kan lämna eller återkalla ditt eget samtycke. Har du frågor, kontakta er koordinator.</p>}
      {family.children.map((child) => {
        const party = guardian && self ? partiesOf(child).find((p) => p.role === 'GUARDIAN' && p.personnummer === self) : undefined;
        return (
          <section key={child.personnummer} className="consent-child" aria-label={`Samtycken för ${child.givenName}`}>
            <h2>
              {child.givenName} {child.familyName}, {child.age} år
            </h2>
            {child.consents.length === 0 && <p>Inga samtycken registrerade.</p>}
            {child.consents.map((consent) => (
              <ConsentCard
                key={consent.id}
                consent={consent}
                child={child}
                guardian={guardian}
                self={party}
                receiptOpen={receiptOf === consent.id}
                onReceipt={(open) => setReceiptOf(open ? consent.id : null)}
              />
            ))}
          </section>
        );
      })}
      {!guardian && <GuardianConsents family={family} />}
      {!guardian && <RecordConsentForm family={family} />}
      {!guardian && <GuardianConsentForm family={family} />}
    </>
  );
}
