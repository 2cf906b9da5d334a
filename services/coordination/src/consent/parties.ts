import type { ConsentRecord } from './model.js';

type Party = ConsentRecord['parties'][number];

/**
 * A consent's parties as they stand today: each guardian with custody now, in the register's
 * order, with their decision if they gave one, then the child's own party where recorded. A
 * former custodian's decision stays in the consent's history but no longer counts.
 */
export function effectiveParties(consent: ConsentRecord, childsCustodians: readonly string[]): Party[] {
  // A guardian's consent about their own data has that guardian as its only party.
  const custodians = consent.subjectPersonnummer ? [consent.subjectPersonnummer] : childsCustodians;
  const guardians = custodians.map(
    (personnummer, position): Party =>
      consent.parties.find((p) => p.role === 'GUARDIAN' && p.personnummer === personnummer) ?? { personnummer, role: 'GUARDIAN', decision: null, position, decidedAt: null, method: null },
  );
  return [...guardians, ...consent.parties.filter((p) => p.role === 'CHILD')];
}
