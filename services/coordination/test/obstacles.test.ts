import { generatePopulation } from '@lotsen/agency-systems';
import { agencies, countCell, type Database, keySum } from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../src/index.js';
import { obstacleFigures } from '../src/obstacles/figures.js';
import { groupObstacles, lastMonths, quarterOf } from '../src/obstacles/overview.js';
import { markHandled, type ObstacleRow, obstacleKinds, obstaclesInMunicipality } from '../src/obstacles/store.js';
import type { StatisticsFilter } from '../src/statistics/filter.js';
import { backends } from '../src/testing.js';

/** Two agencies of the manifest, whichever they are. */
const [first, second] = agencies as [string, string];

const row = (occurredOn: string, agency: string | null, kind: ObstacleRow['kind'], handled = false): ObstacleRow => ({
  id: `${occurredOn}-${agency}-${kind}`,
  familyId: 'f',
  agency,
  kind,
  description: 'Väntade.',
  occurredOn,
  recordedAt: `${occurredOn}T10:00:00Z`,
  recordedBy: 'koordinator1',
  recordedByRole: 'COORDINATOR',
  handledAt: handled ? `${occurredOn}T12:00:00Z` : null,
  handledBy: handled ? 'ledningsgrupp1' : null,
  handledByName: handled ? 'Ledningsgruppen' : null,
  measure: handled ? 'Rutin ändrad.' : null,
});

describe("the management group's grouping", () => {
  it('counts whole months back from today, across a year', () => {
    expect(lastMonths(3, '2026-02-10')).toEqual({ from: '2025-12-01', to: '2026-02-10', monthList: ['2025-12', '2026-01', '2026-02'] });
    expect(lastMonths(1, '2026-11-26').from).toBe('2026-11-01');
    expect(quarterOf('2026-03')).toBe('2026-Q1');
    expect(quarterOf('2026-10')).toBe('2026-Q4');
  });

  it('groups by agency and kind, the largest first, with every month and quarter of the period, open and handled', () => {
    const rows = [row('2026-01-05', first, 'WAITING_TIME'), row('2026-02-05', first, 'WAITING_TIME', true), row('2026-02-07', null, 'OTHER'), row('2026-04-01', second, 'NO_CONTACT')];
    const { monthList } = lastMonths(4, '2026-04-20');
    const g = groupObstacles(rows, monthList);
    expect(g.byAgencyAndKind[0]).toEqual({ agency: first, kind: 'WAITING_TIME', count: 2, open: 1 });
    expect(g.byAgencyAndKind).toHaveLength(3);
    expect(g.perMonth).toEqual([
      { period: '2026-01', count: 1, handled: 0 },
      { period: '2026-02', count: 2, handled: 1 },
      { period: '2026-03', count: 0, handled: 0 },
      { period: '2026-04', count: 1, handled: 0 },
    ]);
    expect(g.perQuarter).toEqual([
      { period: '2026-Q1', count: 3, handled: 1 },
      { period: '2026-Q2', count: 1, handled: 0 },
    ]);
  });
});

describe.each(await backends())('obstacles in the store on $name', ({ open }) => {
  const today = '2026-11-23';
  const population = generatePopulation({ seed: 25, families: 90, today });
  let db: Database & { dispose(): Promise<void> };
  beforeAll(async () => {
    db = await open();
    await seed(db, population);
  });
  afterAll(() => db.dispose());

  const municipalityOf = (teamId: string) => population.teams.find((t) => t.id === teamId)?.municipality as string;
  const truthOf = async (where: string, params: unknown[]) =>
    (await db.query<{ n: number; keys: unknown }>(`SELECT count(*)::int AS n, sum(o.record_key) AS keys FROM obstacles o JOIN families f ON f.id = o.family_id WHERE ${where}`, params))[0];

  it("gives the management group its municipality's obstacles only, the open ones first", async () => {
    const municipality = municipalityOf('team-1');
    const found = await obstaclesInMunicipality(db, municipality, '2020-01-01', today);
    const inMunicipality = new Set(population.families.filter((f) => f.municipality === municipality).map((f) => f.id));
    expect(found.length).toBeGreaterThan(5);
    expect(found.every((o) => inMunicipality.has(o.familyId))).toBe(true);
    const firstHandled = found.findIndex((o) => o.handledAt);
    expect(firstHandled).toBeGreaterThan(0);
    expect(found.slice(firstHandled).every((o) => o.handledAt)).toBe(true);
    const others = await obstaclesInMunicipality(db, 'Ingenstans', '2020-01-01', today);
    expect(others).toEqual([]);
  });

  it('marks an obstacle handled once: a second handling is refused and the first stands', async () => {
    const [open] = (await obstaclesInMunicipality(db, municipalityOf('team-1'), '2020-01-01', today)).filter((o) => !o.handledAt);
    expect(await markHandled(db, open?.id as string, `${today}T10:00:00Z`, 'ledningsgrupp1', 'Första åtgärden.')).toBe(true);
    expect(await markHandled(db, open?.id as string, `${today}T11:00:00Z`, 'ledningsgrupp1', 'Andra.')).toBe(false);
    const [stored] = await db.query<{ measure: string }>('SELECT measure FROM obstacles WHERE id = $1', [open?.id]);
    expect(stored?.measure).toBe('Första åtgärden.');
  });

  it('counts each quarter as protected cells: every agency and kind, each the cell of its own obstacles', async () => {
    const f: StatisticsFilter = { from: '2026-01-01', to: '2026-12-31', municipality: null, teamId: null, asOf: today, threshold: 5, childConsentAge: 15 };
    const quarters = await obstacleFigures(db, f);
    expect(quarters.map((q) => q.from)).toEqual(['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']);
    for (const q of quarters) {
      expect(q.byAgency.map((a) => a.agency)).toEqual([...agencies, null]);
      expect(q.byKind.map((k) => k.kind)).toEqual([...obstacleKinds]);
      for (const c of [q.total, q.handled, ...q.byAgency.map((a) => a.count), ...q.byKind.map((k) => k.count)]) expect(c.perturbed).toBe(true);
      // The total is the cell of the quarter's obstacles, as the store holds them: never a sum of the parts.
      const [truth] = await db.query<{ n: number; keys: unknown }>(
        "SELECT count(*)::int AS n, sum(record_key) AS keys FROM obstacles WHERE occurred_on >= $1::date AND occurred_on < $1::date + interval '3 months'",
        [q.from],
      );
      expect(q.total).toEqual(countCell({ n: truth?.n ?? 0, keys: keySum(truth?.keys) }, 5));
    }
    const all = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM obstacles WHERE occurred_on BETWEEN '2026-01-01' AND '2026-12-31'");
    expect(all[0]?.n).toBeGreaterThan(10);
  });

  it("counts only the group asked for: a team's families, or those living in the municipalities the analyst covers", async () => {
    const quarter = { from: '2026-10-01', to: '2026-12-31', municipality: null, teamId: null, asOf: today, threshold: 5, childConsentAge: 15 };
    const [team] = await obstacleFigures(db, { ...quarter, teamId: 'team-1' });
    const ofTeam = await truthOf("f.team_id = 'team-1' AND o.occurred_on >= '2026-10-01'", []);
    expect(team?.total).toEqual(countCell({ n: ofTeam?.n ?? 0, keys: keySum(ofTeam?.keys) }, 5));
    // Each municipality's families apart: every one's figure is its own obstacles, and together they are all.
    const municipalities = [...new Set(population.families.map((f) => f.municipality))];
    expect(municipalities.length).toBeGreaterThan(1);
    let sum = 0;
    for (const municipality of municipalities) {
      const [covered] = await obstacleFigures(db, { ...quarter, coverage: [municipality] });
      const ofMunicipality = await truthOf("f.municipality = $1 AND o.occurred_on >= '2026-10-01'", [municipality]);
      expect(covered?.total).toEqual(countCell({ n: ofMunicipality?.n ?? 0, keys: keySum(ofMunicipality?.keys) }, 5));
      sum += ofMunicipality?.n ?? 0;
    }
    expect(sum).toBe((await truthOf("o.occurred_on >= '2026-10-01'", []))?.n);
  });
});
