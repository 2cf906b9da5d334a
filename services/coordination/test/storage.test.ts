import { generatePopulation } from '@lotsen/agency-systems';
import type { Database, Identity } from '@lotsen/kit';
import { migrate } from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coordinationMigrations, seed, seededWith, store } from '../src/index.js';
import { backends } from '../src/testing.js';

const population = generatePopulation({ seed: 11, families: 60, today: '2026-11-23' });
const who = (username: string): Identity => {
  const u = population.users.find((x) => x.username === username);
  if (!u) throw new Error(username);
  return { username, role: u.role, teamId: u.teamId ?? null, agency: u.agency ?? null, personnummer: u.personnummer ?? null, municipality: u.municipality ?? null };
};

describe.each(await backends())('storage contract on $name', ({ open }) => {
  let db: Database & { dispose(): Promise<void> };
  beforeAll(async () => {
    db = await open();
    expect(await seed(db, population)).toBe(true);
  });
  afterAll(() => db.dispose());

  it('applies each migration once', async () => {
    expect(await migrate(db, [coordinationMigrations])).toEqual([]);
    expect((await db.query<{ version: string }>('SELECT version FROM schema_migrations')).map((r) => r.version)).toEqual([
      'audit/001_audit',
      'audit/002_assignment_change',
      'audit/003_statistical_release',
      'coordination/001_init',
      'coordination/002_consent_child_view',
      'coordination/003_registry_version',
      'coordination/004_custody_from_register',
      'coordination/005_meeting_kinds',
      'coordination/006_team_cadence',
      'coordination/007_child_view_later',
      'coordination/008_follow_up',
      'coordination/009_consent_agencies',
      'coordination/010_consent_decisions',
      'coordination/011_statistics_facts',
    ]);
  });

  it('seeds once, and remembers with what', async () => {
    expect(await seed(db, population)).toBe(false);
    expect(await seededWith(db)).toEqual({ seed: 11, families: 60, today: '2026-11-23' });
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM families');
    expect(row?.n).toBe(60);
  });

  it('shows a coordinator their assigned families only, a team lead the team, a guardian those of the children in their custody', async () => {
    const k1 = await store.visibleFamilies(db, who('koordinator1'), [], '2026-11-23');
    expect(k1).toHaveLength(30);
    expect(k1.map((f) => f.reference)).not.toContain('F-00008');
    const lead = await store.visibleFamilies(db, who('teamledare1'), [], '2026-11-23');
    expect(lead.every((f) => f.teamId === 'team-1')).toBe(true);
    expect(lead.length).toBe(population.families.filter((f) => f.teamId === 'team-1').length);
    const inCustody = population.families[0]?.children.map((c) => c.personnummer) ?? [];
    expect((await store.visibleFamilies(db, who('vardnadshavare1'), inCustody, '2026-11-23')).map((f) => f.reference)).toEqual(['F-00001']);
    // Custody is the register's: a guardian with none there sees nothing, and a coordinator's list is not widened by it.
    expect(await store.visibleFamilies(db, who('vardnadshavare1'), [], '2026-11-23')).toEqual([]);
    expect(await store.visibleFamilies(db, who('koordinator2'), inCustody, '2026-11-23')).not.toContainEqual(expect.objectContaining({ reference: 'F-00001' }));
    expect(await store.visibleFamilies(db, who('analytiker1'), inCustody, '2026-11-23')).toEqual([]);
    expect(await store.visibleFamiliesByIds(db, who('koordinator1'), [], [population.families[7]?.id as string], '2026-11-23')).toEqual([]);
  });

  it('keeps a child in one family at a time, and stores no guardian', async () => {
    const taken = population.families[7]?.children[0] as (typeof population.families)[number]['children'][number];
    const family = { id: '00000000-0000-4000-8000-000000000002', reference: 'F-99998', teamId: 'team-1', coordinator: 'koordinator1', since: '2026-11-23', children: [taken] };
    await expect(db.transaction((tx) => store.insertFamily(tx, family))).rejects.toBeInstanceOf(store.ChildAlreadyInCoordination);
    // Beneath the check, the unique index refuses a second membership too.
    await expect(db.query("INSERT INTO family_members (family_id, personnummer, role, position) VALUES ($1, $2, 'CHILD', 9)", [population.families[0]?.id, taken.personnummer])).rejects.toThrow();
    expect(await db.query("SELECT 1 FROM family_members WHERE role <> 'CHILD'")).toEqual([]);
    expect(await db.query('SELECT id FROM families WHERE id = $1', [family.id])).toEqual([]);
  });

  it('reads consents with scope, parties and ISO dates', async () => {
    const child = population.families[0]?.children[0];
    const expected = population.families[0]?.consents[0];
    const consent = (await store.consentsForChildren(db, [child?.personnummer as string])).find((c) => c.id === expected?.id);
    expect(consent?.purpose).toBe(expected?.purpose);
    expect(consent?.validFrom).toBe(expected?.validFrom);
    expect(consent?.recordedAt).toBe(new Date(expected?.recordedAt as string).toISOString());
    expect(consent?.scope).toHaveLength(9);
    expect(consent?.scope.map((s) => `${s.agency}/${s.category}`)).toEqual(expected?.scope.flatMap((s) => s.categories.map((c) => `${s.agency}/${c}`)).sort());
    expect(consent?.parties).toEqual(expected?.parties.map((p, i) => ({ ...p, position: i, decidedAt: p.decidedAt && new Date(p.decidedAt).toISOString() })));
    const events = await store.consentEvents(db, [consent?.id as string]);
    expect(events.map((e) => e.kind)).toEqual(['RECORDED', 'PARTY_DECIDED', 'PARTY_DECIDED']);
  });

  it('keeps consent events append-only', async () => {
    await expect(db.query("UPDATE consent_events SET actor = 'someone else'")).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM consent_events')).rejects.toThrow(/append-only/);
  });

  it('answers where a child stands, in one query for many', async () => {
    const kids = population.families.slice(0, 3).flatMap((f) => f.children.map((c) => c.personnummer));
    const standings = await store.childStandings(db, [...kids, '189001019802']);
    expect(standings.size).toBe(kids.length);
    expect(standings.get(kids[0] as string)).toMatchObject({ teamId: 'team-1', assigned: ['koordinator1'] });
  });

  it('stores all of a transaction or none of it', async () => {
    const family = { id: '00000000-0000-4000-8000-000000000001', reference: 'F-99999', teamId: 'team-1', coordinator: 'koordinator1', since: '2026-11-23', children: [] };
    await expect(
      db.transaction(async (tx) => {
        await store.insertFamily(tx, family);
        throw new Error('fails half-way');
      }),
    ).rejects.toThrow('fails half-way');
    expect(await db.query('SELECT id FROM families WHERE id = $1', [family.id])).toEqual([]);
    expect(await db.query('SELECT family_id FROM assignments WHERE family_id = $1', [family.id])).toEqual([]);
  });

  it('replaces a SIP plan with its goals and actions', async () => {
    const familyId = population.families[0]?.id as string;
    let n = 0;
    const id = () => `10000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    await db.transaction((tx) =>
      store.savePlan(
        tx,
        familyId,
        {
          leadAgency: 'SCHOOL',
          status: 'ACTIVE',
          nextFollowUp: '2026-12-15',
          participants: [],
          goals: [
            {
              area: 'LEISURE',
              description: 'Fotboll en gång i veckan',
              actions: [{ description: 'Anmälan till klubben', responsibleAgency: 'SOCIAL_SERVICES', dueDate: '2026-12-01', status: 'PLANNED', followUpDate: null }],
            },
          ],
        },
        '2026-11-23',
        id,
      ),
    );
    const [plan] = await store.plansOfFamilies(db, [familyId]);
    const goals = await store.goalsOfPlans(db, [plan?.id as string]);
    expect(goals.map((g) => g.area)).toEqual(['LEISURE']);
    const [action] = await store.actionsOfGoals(db, [goals[0]?.id as string]);
    expect(action).toMatchObject({ description: 'Anmälan till klubben', dueDate: '2026-12-01', status: 'PLANNED' });
  });
});
