import type { RepresentativeEventRow, RepresentativePermission } from './store.js';
import { representativePermissions } from './store.js';

/** One guardian with custody and what they allow the representative since the last withdrawal. */
export interface GuardianStatement {
  personnummer: string;
  allows: RepresentativePermission[];
}

/** Where one representative stands with a family today. */
export interface RepresentativeStanding {
  familyId: string;
  username: string;
  name: string;
  /** What the representative may do: what every guardian with custody allows (docs/representatives.md). */
  permissions: RepresentativePermission[];
  /** Each guardian with custody today, in the order given, and what they allow. */
  guardians: GuardianStatement[];
  history: RepresentativeEventRow[];
}

/**
 * A family's representatives as they stand, from the history and the guardians with custody today
 * (per the population register). A withdrawal by any guardian ends every statement before it; after
 * it each guardian's latest GIVEN is what they allow; the representative may do what all of them
 * allow, so one guardian's narrowing takes effect at once and a widening waits for every guardian.
 * No guardian with custody: nobody may allow anything, so nothing holds.
 */
export function representativeStandings(events: readonly RepresentativeEventRow[], custodians: readonly string[]): RepresentativeStanding[] {
  const byRepresentative = new Map<string, RepresentativeEventRow[]>();
  for (const e of events) byRepresentative.set(e.representative, [...(byRepresentative.get(e.representative) ?? []), e]);
  return [...byRepresentative.values()].map((history) => {
    const first = history[0] as RepresentativeEventRow;
    const lastWithdrawal = history.findLastIndex((e) => e.kind === 'WITHDRAWN');
    const since = history.slice(lastWithdrawal + 1);
    const guardians = custodians.map((personnummer) => ({ personnummer, allows: since.findLast((e) => e.byPersonnummer === personnummer)?.permissions ?? [] }));
    const permissions = representativePermissions.filter((p) => guardians.length > 0 && guardians.every((g) => g.allows.includes(p)));
    return { familyId: first.familyId, username: first.representative, name: first.representativeName, permissions, guardians, history };
  });
}
