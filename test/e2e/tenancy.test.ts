// Tenancy (docs/tenancy.md) over the whole seeded system: two municipalities' coordinators,
// agency staff and analysts see disjoint families and figures, the region's staff and analyst
// every municipality of the region, and Familjesamverkansteamet, one team for four municipalities
// and the region, its families in all four. In the graph, then in a real browser: the team page,
// the analysts' statistics choices, agency staff's start and a new family's municipality. Every
// view at 1280 and 768 px with axe finding nothing and no English word (browser/dashboard-session.ts).

import { perturbationTable } from '@lotsen/kit';
import type { RunningSystem } from '@lotsen/local-stack';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, dashboardSession, eventually, heading, type Json, part } from './browser/dashboard-session.js';
import { gql } from './graphql.js';

const caseload = '{ caseload { reference municipality team { id municipalities region } } }';
const actions = '{ agencyActions { familyReference } }';
const organisation = '{ myOrganisation { kind name municipalities teams { id } } }';
const familiesOngoing = 'query ($f: StatisticsFilter!) { statistics(filter: $f) { families { ongoing { value suppressed } } } }';
const createFamily = 'mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { reference municipality team { id } } }';
const year = { from: '2026-01-01', to: '2026-12-31' };
const region = 'Region Exempel';
const four = ['Exempelkommun', 'Grannkommun', 'Sjökommun', 'Skogskommun'];

describe.runIf(chromiumAvailable)('tenancy: each organisation sees its own municipalities’ families, a team across four municipalities all four', () => {
  const session = dashboardSession();
  const { as, capture } = session;
  let system: RunningSystem;
  beforeAll(() => {
    system = session.system;
  });
  const livesIn = (reference: string) => system.population.families.find((f) => f.reference === reference)?.municipality;
  const references = async (username: string, query: string, field: 'caseload' | 'agencyActions') => {
    const answer = await gql<Record<string, Json[]>>(system, username, query);
    expect(answer.errors, username).toBeUndefined();
    return new Set((answer.data?.[field] ?? []).map((row) => (row.reference ?? row.familyReference) as string));
  };
  const disjoint = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x));

  it('gives two municipalities’ coordinators disjoint families, and the four-municipality team families in all four', async () => {
    const exempel = await references('koordinator1', caseload, 'caseload');
    const grann = await references('koordinator2', caseload, 'caseload');
    expect(exempel.size).toBeGreaterThan(5);
    expect(grann.size).toBeGreaterThan(0);
    expect(disjoint(exempel, grann)).toEqual([]);
    for (const r of exempel) expect(livesIn(r), r).toBe('Exempelkommun');
    for (const r of grann) expect(livesIn(r), r).toBe('Grannkommun');
    const lead = await gql<{ caseload: Json[] }>(system, 'fst-teamledare1', caseload);
    const theirs = lead.data?.caseload ?? [];
    expect(new Set(theirs.map((f) => f.municipality))).toEqual(new Set(four));
    expect(theirs[0]?.team).toEqual({ id: 'team-fst', municipalities: four, region });
    // The regional team's families are neither municipality's coordinators'.
    expect(disjoint(new Set(theirs.map((f) => f.reference as string)), new Set([...exempel, ...grann]))).toEqual([]);
    expect((await references('fst-koordinator1', caseload, 'caseload')).size).toBe(theirs.length);
  });

  it('shows two municipalities’ agency staff disjoint plan actions, the region’s staff the region’s, and says which organisation each serves', async () => {
    const exempel = await references('skola1', actions, 'agencyActions');
    const grann = await references('skola2', actions, 'agencyActions');
    expect(exempel).toContain('F-00001');
    expect(grann).toContain('F-00008');
    expect(disjoint(exempel, grann)).toEqual([]);
    for (const r of exempel) expect(livesIn(r), r).toBe('Exempelkommun');
    for (const r of grann) expect(livesIn(r), r).toBe('Grannkommun');
    const byMunicipality = [...(await references('halso1', actions, 'agencyActions')), ...(await references('halso2', actions, 'agencyActions'))];
    const regional = await references('regionhalsa1', actions, 'agencyActions');
    for (const r of byMunicipality) expect(regional, r).toContain(r);
    for (const r of regional) expect(four).toContain(livesIn(r));
    expect((await gql<{ myOrganisation: Json }>(system, 'skola2', organisation)).data?.myOrganisation).toMatchObject({ kind: 'MUNICIPALITY', name: 'Grannkommun', municipalities: ['Grannkommun'] });
    expect((await gql<{ myOrganisation: Json }>(system, 'regionhalsa1', organisation)).data?.myOrganisation).toMatchObject({ kind: 'REGION', name: region, municipalities: four });
    expect((await gql<{ myOrganisation: Json }>(system, 'koordinator1', organisation)).data?.myOrganisation).toBeNull();
  });

  it('counts each analyst’s figures over their own organisation, refuses a municipality outside it, and audits what was counted', async () => {
    const D = perturbationTable.maxDeviation;
    const count = (ms: string[]) => system.population.families.filter((f) => ms.includes(f.municipality)).length;
    const ongoing = async (username: string, municipality?: string) => gql<{ statistics: Json }>(system, username, familiesOngoing, { f: { ...year, ...(municipality ? { municipality } : {}) } });
    const exempel = (await ongoing('analytiker2')).data?.statistics.families.ongoing;
    expect(Math.abs(exempel.value - count(['Exempelkommun']))).toBeLessThanOrEqual(D);
    // Grannkommun's few families: fewer than the smallest count shown (5), so the cell is hidden,
    // or perturbed to nothing, as the cell key may take a small count (docs/analysts.md).
    const few = (await ongoing('analytiker3')).data?.statistics.families.ongoing;
    expect(count(['Grannkommun'])).toBeLessThan(5);
    expect(few).toEqual(few.suppressed ? { value: null, suppressed: true } : { value: 0, suppressed: false });
    const all = (await ongoing('analytiker1')).data?.statistics.families.ongoing;
    expect(Math.abs(all.value - system.population.families.length)).toBeLessThanOrEqual(D);
    for (const [username, outside] of [
      ['analytiker2', 'Grannkommun'],
      ['analytiker3', 'Exempelkommun'],
    ]) {
      const refused = await ongoing(username as string, outside);
      expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      expect(refused.errors?.[0]?.message).toMatch(new RegExp(`inte för ${outside}`));
    }
    const releases = await system.db.query<{ actor: string; reason: string }>("SELECT actor, reason FROM audit_events WHERE kind = 'STATISTICAL_RELEASE' AND actor LIKE 'analytiker%' ORDER BY seq");
    const counted = (actor: string) => releases.filter((r) => r.actor === actor).map((r) => JSON.parse(r.reason).municipalities);
    expect(counted('analytiker2')).toEqual([['Exempelkommun']]);
    expect(counted('analytiker3')).toEqual([['Grannkommun']]);
    expect(counted('analytiker1')).toEqual([four]);
    const regionTeams = (await gql<{ myOrganisation: Json }>(system, 'analytiker1', organisation)).data?.myOrganisation.teams.map((t: Json) => t.id);
    const municipalityTeams = (await gql<{ myOrganisation: Json }>(system, 'analytiker3', organisation)).data?.myOrganisation.teams.map((t: Json) => t.id);
    expect(regionTeams).toEqual(system.population.teams.map((t) => t.id).sort());
    expect(municipalityTeams).toEqual(['team-2', 'team-fst']);
  });

  it('refuses to move a family to a team that does not serve its municipality, and changes nothing: a move is not a move of house', async () => {
    const family = system.population.families.find((f) => f.teamId === 'team-fst' && f.municipality === 'Sjökommun');
    if (!family) throw new Error('no family of the four-municipality team in Sjökommun');
    const children = family.children.map((c) => c.personnummer);
    const state = async () => ({
      family: (await gql<{ family: Json }>(system, 'fst-teamledare1', 'query($id: ID!) { family(id: $id) { municipality team { id } coordinators { username } } }', { id: family.id })).data?.family,
      consents: await system.db.query('SELECT * FROM consents WHERE child_personnummer = ANY($1::text[]) ORDER BY id', [children]),
      moves: await system.db.query('SELECT count(*)::int AS n FROM assignment_changes WHERE family_id = $1', [family.id]),
      audited: await system.db.query("SELECT count(*)::int AS n FROM audit_events WHERE kind = 'ASSIGNMENT_CHANGE' AND child_personnummer = ANY($1::text[])", [children]),
    });
    const before = await state();
    expect(before.family).toMatchObject({ municipality: 'Sjökommun', team: { id: 'team-fst' } });
    expect(before.consents.length).toBeGreaterThan(0);
    const moved = await gql(system, 'fst-teamledare1', 'mutation($id: ID!) { reassignFamily(input: { familyId: $id, coordinator: "koordinator1" }) { familyReference } }', { id: family.id });
    expect(moved.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(moved.errors?.[0]?.message).toBe(
      `${family.reference} bor i Sjökommun, som Familjesamverkansteamet Nord inte arbetar i; välj en koordinator i ett team som arbetar i Sjökommun. Inget ändrades. / the family lives in a municipality that team does not serve; nothing changed`,
    );
    expect(await state()).toEqual(before);
  });

  it('takes a family into the four-municipality team only with one of its municipalities, and into a one-municipality team in its own', async () => {
    const [first, second] = system.population.outside;
    const child = (h: typeof first) => h?.children[0]?.personnummer as string;
    const unnamed = await gql(system, 'fst-koordinator1', createFamily, { input: { children: [child(first)] } });
    expect(unnamed.errors?.[0]?.message).toMatch(/^municipality: ange vilken av teamets kommuner barnen är folkbokförda i/);
    const elsewhere = await gql(system, 'koordinator1', createFamily, { input: { children: [child(first)], municipality: 'Grannkommun' } });
    expect(elsewhere.errors?.[0]?.message).toMatch(/^municipality: teamet arbetar inte i Grannkommun/);
    const taken = await gql<{ createFamily: Json }>(system, 'fst-koordinator1', createFamily, { input: { children: [child(first)], municipality: 'Sjökommun' } });
    expect(taken.data?.createFamily).toMatchObject({ municipality: 'Sjökommun', team: { id: 'team-fst' } });
    const own = await gql<{ createFamily: Json }>(system, 'koordinator2', createFamily, { input: { children: [child(second)] } });
    expect(own.data?.createFamily).toMatchObject({ municipality: 'Grannkommun', team: { id: 'team-2' } });
  });

  it('shows the four-municipality team’s coordinator where each family lives, on its card and on its page', async () => {
    await as('fst-koordinator1', async (coordinator) => {
      await heading(coordinator, 'Mina familjer').waitFor();
      const cards = coordinator.locator('li.card');
      await eventually(() => cards.count()).toBeGreaterThanOrEqual(4);
      const shown = await cards.evaluateAll((items) =>
        items.map((li) => [li.querySelector('h2')?.textContent?.replace('Familjen ', '') ?? '', li.querySelector('.family-municipality dd')?.textContent ?? '']),
      );
      // Each as the graph has it (the family taken in above is not in the seeded population).
      const inGraph = (await gql<{ caseload: Json[] }>(system, 'fst-koordinator1', caseload)).data?.caseload ?? [];
      expect(shown.map(([reference]) => reference).sort()).toEqual(inGraph.map((f) => f.reference).sort());
      for (const [reference, municipality] of shown) expect(municipality, reference).toBe(inGraph.find((f) => f.reference === reference)?.municipality);
      expect(new Set(shown.map(([, municipality]) => municipality))).toEqual(new Set(four));
      await capture(coordinator, 'tenancy-work-list');
      // A family living outside the team's home municipality says where on its page.
      const [reference, municipality] = shown.find(([, m]) => m !== four[0]) as string[];
      await session.openFamily(coordinator, reference as string);
      await eventually(() => coordinator.locator('main p.lead').textContent()).toContain(`Barnen är folkbokförda i ${municipality}.`);
      await capture(coordinator, 'tenancy-family');
    });
  }, 90_000);

  it('shows the four-municipality team’s lead where the team works and where each family lives', async () => {
    await as('fst-teamledare1', async (lead) => {
      await lead.getByRole('link', { name: 'Team och koordinatorer' }).click();
      await heading(lead, 'Team och koordinatorer').waitFor();
      await eventually(() => lead.locator('p.team-areas').textContent()).toBe(`Teamet arbetar i 4 kommuner: ${four.join(', ')}, och med ${region}.`);
      const families = part(lead, 'Familjer');
      await eventually(() => families.locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
      const places = await families.locator('tbody tr td:nth-child(4)').allTextContents();
      expect(new Set(places)).toEqual(new Set(four));
      // "Flytta till" offers only teams serving where the family lives: team 1 for a family in
      // Exempelkommun, no other team for one in Sjökommun, and says so.
      const row = (reference: string) => families.locator('tr', { has: lead.getByRole('link', { name: reference, exact: true }) });
      const inExempel = system.population.families.find((f) => f.teamId === 'team-fst' && f.municipality === 'Exempelkommun')?.reference as string;
      const inSjo = system.population.families.find((f) => f.teamId === 'team-fst' && f.municipality === 'Sjökommun')?.reference as string;
      const groups = (reference: string) =>
        row(reference)
          .locator('optgroup')
          .evaluateAll((gs) => gs.map((g) => g.getAttribute('label')));
      // The team's one coordinator pilots both: only team 1 to offer for the one, nobody for the other.
      await eventually(() => groups(inExempel)).toEqual(['Familjesamverkansteamet Nord (Exempelkommun)']);
      await eventually(() => row(inSjo).locator('td').last().textContent()).toBe('Ingen annan koordinator att flytta till. Inget annat team arbetar i Sjökommun.');
      await capture(lead, 'tenancy-team');
    });
  }, 90_000);

  it('offers an analyst only the municipalities and teams their organisation covers', async () => {
    const groups = async (username: string, view: string) => {
      let offered: string[] = [];
      await as(username, async (analyst) => {
        await analyst.getByRole('link', { name: 'Statistik' }).click();
        const group = analyst.getByLabel('Kommun eller team');
        await eventually(() => analyst.locator('.statistics-form .hint', { hasText: 'Du tar fram statistik för' }).count()).toBe(1);
        offered = await group.locator('option').allTextContents();
        await capture(analyst, view);
      });
      return offered;
    };
    const municipal = await groups('analytiker3', 'tenancy-statistics-municipality');
    expect(municipal).toEqual(['Hela Grannkommun', 'Familjesamverkansteamet Syd', 'Familjesamverkansteamet, familjerna i Grannkommun']);
    const regional = await groups('analytiker1', 'tenancy-statistics-region');
    expect(regional[0]).toBe(`Alla kommuner i ${region}`);
    for (const m of four) expect(regional).toContain(`Hela ${m}`);
  }, 90_000);

  it('tells agency staff which organisation they serve, and a coordinator of the four-municipality team asks where a new family lives', async () => {
    await as('skola2', async (staff) => {
      await heading(staff, 'Lotsen för verksamheterna').waitFor();
      await eventually(() => staff.locator('p.served-organisation').textContent()).toBe('Du arbetar för Grannkommun, och ser familjer som bor i kommunen.');
      await eventually(() => staff.locator('li.agency-action').count()).toBeGreaterThan(0);
      const shown = await staff.locator('main').textContent();
      expect(shown).toContain('F-00008');
      expect(shown).not.toContain('F-00001');
      await capture(staff, 'tenancy-agency-staff');
    });
    await as('fst-koordinator1', async (coordinator) => {
      await coordinator.getByText('Ta in en ny familj').click();
      const where = coordinator.getByLabel('Kommun där barnen är folkbokförda');
      await eventually(() => where.locator('option').allTextContents()).toEqual(four);
      await capture(coordinator, 'tenancy-new-family');
    });
  }, 90_000);

  it('holds every view to no accessibility finding and no English word', () => {
    session.expectViewsClean(['tenancy-work-list', 'tenancy-family', 'tenancy-team', 'tenancy-statistics-municipality', 'tenancy-statistics-region', 'tenancy-agency-staff', 'tenancy-new-family']);
  });
});
