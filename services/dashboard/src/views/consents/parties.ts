import type { ConsentMethod, PartyDecision } from '../../gql/graphql.js';
import { dateTime } from '../../ui/dates.js';
import { decisionName, methodName } from '../../words/terms.js';
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

/** A party as a consent lists it: by the register's name where the graph gives it, with their place ("vårdnadshavare 1"). */
export function partyLabel(child: ConsentChild, party: { personnummer: string; role: 'GUARDIAN' | 'CHILD'; name?: string | null }): string {
  const known = partyName(child, party.personnummer, party.role);
  return party.name && !known.startsWith(party.name) ? `${party.name} (${party.role === 'CHILD' ? 'barnet' : 'vårdnadshavare'})` : known;
}

/**
 * Where a party stands: samtycker, samtycker inte, no decision yet, or (once they revoked it)
 * "har återkallat sitt samtycke 2026-11-26 10:12", never "samtycker" after a revocation.
 */
export function partyStanding(party: { decision?: PartyDecision | null; decidedAt?: string | null; method?: ConsentMethod | null; revokedAt?: string | null }): string {
  if (party.revokedAt) return `har återkallat sitt samtycke ${dateTime(party.revokedAt)}`;
  if (!party.decision) return 'inget beslut ännu';
  return `${decisionName[party.decision].toLowerCase()}${party.method ? ` (${methodName[party.method].toLowerCase()})` : ''}`;
}
