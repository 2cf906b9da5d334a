import { generatePopulation } from '@lotsen/agency-systems';
import type { Database, Identity } from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../src/index.js';
import { familySpans } from '../src/statistics/figures.js';
import { statisticsFilter } from '../src/statistics/filter.js';
import { actionCandidates } from '../src/store/agency-actions.js';
import { insertFamily } from '../src/store/create-family.js';
import { teamsByIds } from '../src/store/directory.js';
import { covered, organisationOf } from '../src/tenancy/coverage.js';
import { municipalityOfNewFamily } from '../src/tenancy/family-municipality.js';
import { backends } from '../src/testing.js';

const today = '2026-11-23';
const population = generatePopulation({ seed: 25, families: 120, today });
const [region] = population.regions;
const identity = (username: string): Identity => {
  const u = population.users.find((x) => x.username === username);
  if (!u) throw new Error(username);
  return { username, role: u.role, teamId: u.teamId ?? null, agency: u.agency ?? null, personnummer: null, municipality: u.municipality ?? null, region: u.region ?? null };
};
const now = new Date(`${today}T12:00:00Z`);
const year = { from: '2026-01-01', to: '2026-12-31' };
const livingIn = (ms: readonly string[]) => population.families.filter((f) => ms.includes(f.municipality) && f.startedOn <= year.to).length;

describe.each(await backends())('tenancy on $name', ({ open }) => {
  let db: Database & { dispose(): Promise<void> };
  beforeAll(async () => {
    db = await open();
    await seed(db, population);
  });
  afterAll(() => db.dispose());

  it('reads a municipality, a region (every municipality in it) or nothing from the token', async () => {
    expect(await organisationOf(db, identity('analytiker2'))).toEqual({ kind: 'MUNICIPALITY', name: 'Exempelkommun', municipalities: ['Exempelkommun'] });
    expect(await organisationOf(db, identity('analytiker1'))).toEqual({ kind: 'REGION', name: region?.name, municipalities: [...(region?.municipalities ?? [])].sort() });
    expect(await organisationOf(db, identity('koordinator1'))).toBeNull();
    // A name the store does not know covers nothing.
    expect(covered(await organisationOf(db, { ...identity('skola1'), municipality: 'Okändkommun' }))).toEqual([]);
    expect(covered(await organisationOf(db, { ...identity('analytiker1'), region: 'Region Okänd' }))).toEqual([]);
  });

  it('gives the regional team its four municipalities and the region, and every family one of its team’s', async () => {
    const [fst] = await teamsByIds(db, ['team-fst']);
    expect(fst).toMatchObject({ name: 'Familjesamverkansteamet', municipality: 'Exempelkommun', municipalities: region?.municipalities, region: region?.name });
    const rows = await db.query<{ reference: string; municipality: string }>('SELECT reference, municipality FROM families ORDER BY reference');
    expect(rows).toEqual(population.families.map((f) => ({ reference: f.reference, municipality: f.municipality })).sort((a, b) => a.reference.localeCompare(b.reference)));
  });

  it('counts an analyst’s figures over their coverage only, and refuses a municipality outside it', async () => {
    const figures = async (username: string, municipality?: string) => {
      const org = await organisationOf(db, identity(username));
      return (await familySpans(db, statisticsFilter(identity(username), { ...year, municipality }, now, 15, covered(org)))).families.ongoing.n;
    };
    const exempel = await figures('analytiker2');
    const grann = await figures('analytiker3');
    expect(exempel).toBe(livingIn(['Exempelkommun']));
    expect(grann).toBe(livingIn(['Grannkommun']));
    expect(await figures('analytiker1')).toBe(population.families.length);
    expect(await figures('analytiker1', 'Sjökommun')).toBe(livingIn(['Sjökommun']));
    await expect(figures('analytiker2', 'Grannkommun')).rejects.toThrow(/inte för Grannkommun/);
    // No organisation in the token: no figures at all.
    expect(() => statisticsFilter({ ...identity('analytiker1'), region: null }, year, now, 15, [])).toThrow(/ingen kommun eller region/);
  });

  it('shows agency staff the plan actions of families living where their organisation covers', async () => {
    const municipalityOf = new Map(population.families.map((f) => [f.reference, f.municipality]));
    const places = async (username: string) => {
      const org = await organisationOf(db, identity(username));
      return new Set((await actionCandidates(db, population.users.find((u) => u.username === username)?.agency as string, covered(org), {})).map((r) => municipalityOf.get(r.familyReference)));
    };
    expect(await places('halso1')).toEqual(new Set(['Exempelkommun']));
    expect(await places('halso2')).toEqual(new Set(['Grannkommun']));
    const regional = await places('regionhalsa1');
    expect([...regional].every((m) => region?.municipalities.includes(m as string))).toBe(true);
    expect(regional.size).toBeGreaterThan(2);
  });

  it('takes a family into a team in one of its municipalities only, and never moves it house: the store refuses a team or municipality that does not fit', async () => {
    expect(await municipalityOfNewFamily(db, 'team-1', null)).toBe('Exempelkommun');
    await expect(municipalityOfNewFamily(db, 'team-fst', null)).rejects.toThrow(/ange vilken av teamets kommuner/);
    await expect(municipalityOfNewFamily(db, 'team-1', 'Grannkommun')).rejects.toThrow(/arbetar inte i Grannkommun/);
    expect(await municipalityOfNewFamily(db, 'team-fst', 'Skogskommun')).toBe('Skogskommun');
    const child = population.outside[1]?.children[0];
    if (!child) throw new Error('no child outside');
    const family = { id: '00000000-0000-4000-8000-000000000025', reference: 'F-99025', teamId: 'team-fst', coordinator: 'fst-koordinator1', since: today, children: [{ ...child, sex: child.sex }] };
    // The store refuses it too, whatever calls it.
    await expect(db.transaction((tx) => insertFamily(tx, family))).rejects.toThrow(/family_municipality_required/);
    await db.transaction((tx) => insertFamily(tx, { ...family, municipality: 'Skogskommun' }));
    // A team lead's move is not a move of house (migration 028): a team that does not serve
    // Skogskommun is refused, and so is a municipality the team does not serve, whatever writes it.
    await expect(db.query("UPDATE families SET team_id = 'team-2' WHERE id = $1", [family.id])).rejects.toThrow(/family_municipality_not_served/);
    await db.query("UPDATE families SET team_id = 'team-1', municipality = 'Exempelkommun' WHERE id = $1", [family.id]);
    await expect(db.query("UPDATE families SET municipality = 'Grannkommun' WHERE id = $1", [family.id])).rejects.toThrow(/family_municipality_not_served/);
    const [kept] = await db.query<{ municipality: string; teamId: string }>('SELECT municipality, team_id AS "teamId" FROM families WHERE id = $1', [family.id]);
    expect(kept).toEqual({ municipality: 'Exempelkommun', teamId: 'team-1' });
  });
});
