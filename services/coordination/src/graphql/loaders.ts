import type { Database } from '@lotsen/kit';
import { groupBy, type Identity } from '@lotsen/kit';
import DataLoader from 'dataloader';
import type { OperationSnapshot } from '../consent/operation-snapshots.js';
import type { RegisterPerson } from '../register/population-register.js';
import { changesOfActions } from '../store/action-changes.js';
import { assignmentChangesOfFamilies } from '../store/assignments.js';
import { consentEvents, type StoredConsent } from '../store/consents.js';
import { teamsByIds } from '../store/directory.js';
import { childrenByPersonnummer, coordinatorsOfFamilies, membersOfFamilies, visibleFamiliesByIds } from '../store/families.js';
import { followUpsOfFamilies, meetingsOfFamilies } from '../store/follow-up.js';
import { versionsOfPlans } from '../store/plan-versions.js';
import { actionsOfGoals, goalsOfPlans, plansOfFamilies } from '../store/plans.js';
import { registerUnavailable } from './errors.js';

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

/** A guardian as the graph meets them: through a child in their custody, whose family they are in coordination with. */
export interface GuardianMet {
  guardian: string;
  child: string;
}

export interface LoaderSources {
  db: Database;
  identity: Identity;
  /** The operation's one reading of consents and custody, which the agency subgraphs' decisions rest on as well. */
  reading: (children: readonly string[]) => Promise<OperationSnapshot>;
  custodyOfCaller: () => Promise<string[]>;
  /** Signs the grants of these children for this caller and request, in order. */
  grantsFor: (children: readonly string[]) => Promise<string[]>;
  /** Signs the grants of these guardians' own data, each met through a child of theirs, in order. */
  guardianGrantsFor: (guardians: readonly GuardianMet[]) => Promise<string[]>;
  /** The operation's day in Sweden: how long a closed family stays readable is counted from it. */
  today: string;
}

/**
 * Per-request loaders: a caseload of 30 families costs one query per kind of thing, not per
 * family. Children's consents and their register entries come from the operation's reading.
 */
export function createLoaders({ db, identity, reading, custodyOfCaller, grantsFor, guardianGrantsFor, today }: LoaderSources) {
  return {
    /** Only families the caller may see resolve; the rest are null. */
    family: oneLoader(
      async (ids: readonly string[]) => visibleFamiliesByIds(db, identity, await custodyOfCaller(), ids, today),
      (f) => f.id,
    ),
    /**
     * Children as folkbokföringen has them now (custody, protection); null for one it does not
     * know, and an error (the field it serves fails, the rest of the view stays) when it did not answer.
     */
    registered: new DataLoader<string, RegisterPerson | null>(async (pnrs) => {
      const { register: found } = await reading(pnrs);
      return pnrs.map((p) => (found ? (found.get(p) ?? null) : registerUnavailable()));
    }),
    /** One grant per child, all of the request's children signed at once (docs/consent.md, "Grants"). */
    grant: new DataLoader<string, string>(grantsFor, { maxBatchSize: 5000 }),
    /** One grant per guardian and child they were met through, all signed at once. */
    guardianGrant: new DataLoader<GuardianMet, string, string>(guardianGrantsFor, { maxBatchSize: 5000, cacheKeyFn: (g) => `${g.guardian}|${g.child}` }),
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
    planVersions: listLoader(
      (ids: readonly string[]) => versionsOfPlans(db, ids),
      (v) => v.planId,
    ),
    actionChanges: listLoader(
      (ids: readonly string[]) => changesOfActions(db, ids),
      (c) => c.actionId,
    ),
    assignmentChanges: listLoader(
      (ids: readonly string[]) => assignmentChangesOfFamilies(db, ids),
      (c) => c.familyId,
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
    /** Each child's consents about the child's data (the operation's reading may hold others', and guardians' own). */
    consents: listLoader(
      async (pnrs: readonly string[]) => {
        const { consents } = await reading(pnrs);
        return pnrs.flatMap((p) => (consents.get(p) ?? []).filter((c) => c.childPersonnummer === p && c.subjectPersonnummer === null));
      },
      (c: StoredConsent) => c.childPersonnummer,
    ),
    /** Each guardian's own consents, whichever child of theirs they were recorded with. */
    ownConsents: listLoader(
      async (pnrs: readonly string[]) => {
        const { consents } = await reading(pnrs);
        return pnrs.flatMap((p) => (consents.get(p) ?? []).filter((c) => c.subjectPersonnummer === p));
      },
      (c: StoredConsent) => c.subjectPersonnummer as string,
    ),
    events: listLoader(
      (ids: readonly string[]) => consentEvents(db, ids),
      (e) => e.consentId,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
