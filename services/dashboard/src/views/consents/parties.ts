import { childConsentAge as policyChildConsentAge } from './policy.js';
import type { ConsentChild } from './types.js';

export interface Party {
  personnummer: string;
  role: 'GUARDIAN' | 'CHILD';
  /** "Anna Andersson (vårdnadshavare 1)", as the registry counts guardians: in the register's order. */
  name: string;
}

/** Who can decide on the child's consents today: each guardian with custody, and the child from 15. */
export function partiesOf(child: ConsentChild, childConsentAge = policyChildConsentAge): Party[] {
  const guardians: Party[] = (child.custody?.guardians ?? []).map((g, i) => ({
    personnummer: g.personnummer,
    role: 'GUARDIAN',
    name: `${g.givenName} ${g.familyName} (vårdnadshavare ${i + 1})`,
  }));
  return child.age >= childConsentAge ? [...guardians, { personnummer: child.personnummer, role: 'CHILD', name: `${child.givenName} ${child.familyName} (barnet)` }] : guardians;
}

/** A recorded party by name; one who no longer has custody is named as such. */
export function partyName(child: ConsentChild, personnummer: string, role: 'GUARDIAN' | 'CHILD'): string {
  return partiesOf(child, 0).find((p) => p.personnummer === personnummer)?.name ?? (role === 'CHILD' ? 'Barnet' : 'Tidigare vårdnadshavare');
}
