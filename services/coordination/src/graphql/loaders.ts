import type { Database } from '@lotsen/kit';
import { groupBy, type Identity } from '@lotsen/kit';
import DataLoader from 'dataloader';
import { consentEvents, type StoredConsent } from '../store/consents.js';
import { teamsByIds } from '../store/directory.js';
import { childrenByPersonnummer, coordinatorsOfFamilies, membersOfFamilies, visibleFamiliesByIds } from '../store/families.js';
import { followUpsOfFamilies, meetingsOfFamilies } from '../store/follow-up.js';
import { actionsOfGoals, goalsOfPlans, plansOfFamilies } from '../store/plans.js';

/** A loader of lists keyed by one field: one query for every key asked in the same tick. */
function listLoader<K, V>(load: (keys: readonly K[]) => Promise<V[]>, key: (row: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = groupBy(await load(keys), key);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

function oneLoader<K, V>(load: (keys: readonly K[]) => Promise<V[]>, key: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const rows = new Map((await load(keys)).map((r) => [key(r), r]));
    return keys.map((k) => rows.get(k) ?? null);
  });
}

/**
 * Per-request loaders: a caseload of 30 families costs one query per kind of thing, not per
 * family. Children's consents come from `readConsents`: the operation's one reading, which the
 * agency subgraphs' decisions then rest on as well.
 */
export function createLoaders(db: Database, identity: Identity, readConsents: (personnummer: readonly string[]) => Promise<StoredConsent[]>) {
  return {
    /** Only families the caller may see resolve; the rest are null. */
    family: oneLoader(
      (ids: readonly string[]) => visibleFamiliesByIds(db, identity, ids),
      (f) => f.id,
    ),
    members: listLoader(
      (ids: readonly string[]) => membersOfFamilies(db, ids),
      (m) => m.familyId,
    ),
    child: oneLoader(
      (pnrs: readonly string[]) => childrenByPersonnummer(db, pnrs),
      (c) => c.personnummer,
    ),
    coordinators: listLoader(
      (ids: readonly string[]) => coordinatorsOfFamilies(db, ids),
      (c) => c.familyId,
    ),
    plan: oneLoader(
      (ids: readonly string[]) => plansOfFamilies(db, ids),
      (p) => p.familyId,
    ),
    goals: listLoader(
      (ids: readonly string[]) => goalsOfPlans(db, ids),
      (g) => g.planId,
    ),
    actions: listLoader(
      (ids: readonly string[]) => actionsOfGoals(db, ids),
      (a) => a.goalId,
    ),
    meetings: listLoader(
      (ids: readonly string[]) => meetingsOfFamilies(db, ids),
      (m) => m.familyId,
    ),
    followUps: listLoader(
      (ids: readonly string[]) => followUpsOfFamilies(db, ids),
      (f) => f.familyId,
    ),
    team: oneLoader(
      (ids: readonly string[]) => teamsByIds(db, ids),
      (t) => t.id,
    ),
    consents: listLoader(
      (pnrs: readonly string[]) => readConsents(pnrs),
      (c) => c.childPersonnummer,
    ),
    events: listLoader(
      (ids: readonly string[]) => consentEvents(db, ids),
      (e) => e.consentId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
