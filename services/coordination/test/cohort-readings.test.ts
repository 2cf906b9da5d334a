import { generatePopulation } from '@lotsen/agency-systems';
import type { Database, Queryable } from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed, store } from '../src/index.js';
import { CohortReadings } from '../src/statistics/cohort-readings.js';
import type { StatisticsFilter } from '../src/statistics/filter.js';
import { backends } from '../src/testing.js';

const today = '2026-11-23';
const population = generatePopulation({ seed: 15, families: 60, today });
const filter: StatisticsFilter = { from: '2026-01-01', to: '2026-12-31', municipality: null, teamId: null, asOf: today, threshold: 5, childConsentAge: 15 };
const consents = population.families.flatMap((f) => f.consents);
/** The follow-up consents that let the school count a child's attendance. */
const followUpsOf = (child: string) => consents.filter((c) => c.childPersonnummer === child && c.purpose === 'FOLLOW_UP' && c.scope.some((s) => s.categories.includes('ATTENDANCE')));

/** The database as one instance sees it, counting the cohort readings it sends. */
function counted(db: Queryable) {
  const sent: string[] = [];
  const view: Queryable = {
    query: (sql, params) => {
      if (sql.includes('FOLLOW_UP')) sent.push(sql);
      return db.query(sql, params);
    },
  };
  return { sent, view };
}

const children = (m: Record<string, string[]> | undefined) => Object.values(m ?? {}).flat();

describe.each(await backends())('follow-up cohorts read once per registry version on $name', ({ open }) => {
  let db: Database & { dispose(): Promise<void> };
  beforeAll(async () => {
    db = await open();
    await seed(db, population);
  });
  afterAll(() => db.dispose());

  it('reads a cohort once while the registry is unchanged, and only the categories not read yet', async () => {
    const { sent, view } = counted(db);
    const cohorts = new CohortReadings(view);
    const first = await cohorts.read(filter, ['ATTENDANCE']);
    expect(children(first.ATTENDANCE).length).toBeGreaterThan(5);
    expect(sent).toHaveLength(1);
    const again = await cohorts.read(filter, ['ATTENDANCE']);
    // The same object, which the registry then encodes once (kit's issueCohort).
    expect(again).toBe(first);
    expect(sent).toHaveLength(1);
    const both = await cohorts.read(filter, ['ATTENDANCE', 'SUPPORT_MEASURES']);
    expect(sent).toHaveLength(2);
    expect(both.ATTENDANCE).toBe(first.ATTENDANCE);
    expect(await cohorts.read(filter, ['ATTENDANCE', 'SUPPORT_MEASURES'])).toBe(both);
    await cohorts.read({ ...filter, teamId: 'team-1' }, ['ATTENDANCE']);
    expect(sent).toHaveLength(3);
  });

  it('reads again once a consent is revoked, and no longer names the child', async () => {
    const cohorts = new CohortReadings(db);
    const before = await cohorts.read(filter, ['ATTENDANCE']);
    const child = children(before.ATTENDANCE)[0] as string;
    const revoked = followUpsOf(child);
    expect(revoked.length).toBeGreaterThan(0);
    for (const consent of revoked)
      await db.transaction(async (tx) => {
        await store.lockConsent(tx, consent.id);
        await store.markRevoked(tx, consent.id, '2026-11-22T10:00:00.000Z', 'vardnadshavare1', 'återkallat');
      });
    const after = await cohorts.read(filter, ['ATTENDANCE']);
    expect(after).not.toBe(before);
    expect(children(after.ATTENDANCE)).not.toContain(child);
    expect(children(after.ATTENDANCE)).toHaveLength(children(before.ATTENDANCE).length - 1);
  });
});
