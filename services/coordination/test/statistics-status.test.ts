import { generatePopulation } from '@lotsen/agency-systems';
import type { Database } from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentStatus } from '../src/consent/status.js';
import { seed, store } from '../src/index.js';
import { consentStatuses, consentsByPurpose, followUpCohort } from '../src/statistics/figures.js';
import type { StatisticsFilter } from '../src/statistics/filter.js';
import { backends } from '../src/testing.js';

// Statistics count consents by status in SQL (docs/analysts.md, "Consents as recorded"); decisions
// take it from consent/status.ts, and the agencies' cohorts name the children whose follow-up
// consent is active. On the parties as recorded, all three must agree on every consent.
const today = '2026-11-23';
const population = generatePopulation({ seed: 21, families: 120, today });
const children = population.families.flatMap((f) => f.children.map((c) => c.personnummer));
const purposes = ['COORDINATION', 'SIP', 'FOLLOW_UP'] as const;

describe.each(await backends())('consent status in statistics and in decisions on $name', ({ open }) => {
  let db: Database & { dispose(): Promise<void> };
  beforeAll(async () => {
    db = await open();
    await seed(db, population);
  });
  afterAll(() => db.dispose());

  /** Counts the statuses both ways on `asOf` and checks they agree; answers SQL's counts. */
  const agree = async (asOf: string) => {
    const filter: StatisticsFilter = { from: '2025-01-01', to: '2027-12-31', municipality: null, teamId: null, asOf, threshold: 5, childConsentAge: 15 };
    // The true counts (the statistics answer perturbs them; this compares what is counted).
    const counted = new Map([...(await consentsByPurpose(db, filter, purposes))].map(([p, c]) => [p, Object.fromEntries(consentStatuses.map((s) => [s, c[s].n]))]));
    const following = new Set<string>();
    const expected = new Map(purposes.map((p) => [p, { ACTIVE: 0, PENDING: 0, EXPIRED: 0, REVOKED: 0 }]));
    const end = new Date(`${asOf}T21:59:59Z`);
    for (const c of await store.consentsForChildren(db, children)) {
      // The figures count children's consents; a guardian's own is not a child's (docs/consent.md).
      if (c.recordedAt.slice(0, 10) > asOf || c.subjectPersonnummer !== null) continue;
      // The custodians as the consent recorded them, each since before any decision.
      const custodians = c.parties.filter((p) => p.role === 'GUARDIAN').map((p) => ({ personnummer: p.personnummer, since: '1900-01-01' }));
      const counts = expected.get(c.purpose as (typeof purposes)[number]);
      const status = consentStatus(c, custodians, end).status;
      if (counts) counts[status] += 1;
      if (c.purpose === 'FOLLOW_UP' && status === 'ACTIVE' && c.scope.some((s) => s.category === 'ATTENDANCE')) following.add(c.childPersonnummer);
    }
    // The cohort an agency counts: the children with a follow-up consent in force for the category.
    const cohort = (await followUpCohort(db, filter, ['ATTENDANCE'])).get('ATTENDANCE') ?? {};
    expect(Object.values(cohort).flat().sort()).toEqual([...following].sort());
    for (const p of purposes) expect(counted.get(p), p).toEqual(expected.get(p));
    expect(consentStatuses.map((s) => counted.get('COORDINATION')?.[s] ?? 0).reduce((a, b) => a + b)).toBeGreaterThan(100);
    return counted;
  };

  it.each(['2026-09-30', today, '2027-06-30'])('agrees on every consent as recorded, on %s', async (asOf) => {
    await agree(asOf);
  });

  it('agrees once a guardian’s decision changes, and again when it is given back', async () => {
    const before = await agree(today);
    const [active] = await db.query<{ consent_id: string; personnummer: string }>(
      `SELECT p.consent_id, p.personnummer FROM consent_parties p JOIN consents c ON c.id = p.consent_id
       WHERE c.purpose = 'COORDINATION' AND c.guardians_gave AND c.revoked_at IS NULL AND c.valid_until > $1::date AND c.valid_from <= $1::date AND p.role = 'GUARDIAN' LIMIT 1`,
      [today],
    );
    const decide = (decision: string) => db.query('UPDATE consent_parties SET decision = $3 WHERE consent_id = $1 AND personnummer = $2', [active?.consent_id, active?.personnummer, decision]);
    await decide('REFUSED');
    const refused = await agree(today);
    expect(refused.get('COORDINATION')?.PENDING).toBe((before.get('COORDINATION')?.PENDING ?? 0) + 1);
    await decide('GIVEN');
    expect(await agree(today)).toEqual(before);
  });
});
