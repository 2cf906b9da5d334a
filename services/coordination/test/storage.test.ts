import { readdirSync } from 'node:fs';
import { generatePopulation } from '@lotsen/agency-systems';
import type { Database, Identity } from '@lotsen/kit';
import { auditMigrations, migrate } from '@lotsen/kit';
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
      ...readdirSync(auditMigrations.dir)
        .filter((f) => f.endsWith('.sql'))
        .sort()
        .map((f) => `audit/${f.replace(/\.sql$/, '')}`),
      // Every migration of the folder, in name order, once.
      ...readdirSync(coordinationMigrations.dir)
        .filter((f) => f.endsWith('.sql'))
        .sort()
        .map((f) => `coordination/${f.replace(/\.sql$/, '')}`),
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

  it('keeps every seeded plan as its version 1, saved by the family’s coordinator, and every family’s first assignment', async () => {
    const planned = population.families.filter((f) => f.plan);
    const versions = await store.versionsOfPlans(
      db,
      planned.map((f) => f.plan?.id as string),
    );
    expect(versions.map((v) => [v.planId, v.number, v.savedBy])).toEqual(expect.arrayContaining(planned.map((f) => [f.plan?.id, 1, f.coordinator])));
    expect(versions).toHaveLength(planned.length);
    const first = planned[0] as (typeof planned)[number];
    const version = versions.find((v) => v.planId === first.plan?.id);
    expect(version?.content).toMatchObject({
      leadAgency: first.plan?.leadAgency,
      status: first.plan?.status,
      nextFollowUp: first.plan?.nextFollowUp,
      goals: first.plan?.goals.map((g) => ({ id: g.id, area: g.area, description: g.description, actions: g.actions.map((a) => ({ id: a.id, status: a.status })) })),
    });
    const history = await store.assignmentChangesOfFamilies(
      db,
      population.families.map((f) => f.id),
    );
    expect(history.map((h) => [h.familyId, h.kind, h.toTeamId, h.toCoordinator, h.changedBy])).toEqual(
      expect.arrayContaining(population.families.map((f) => [f.id, 'TAKEN_IN', f.teamId, f.coordinator, f.coordinator])),
    );
    expect(history).toHaveLength(population.families.length);
  });

  it('saves a SIP as its next version: goals and actions kept by id with their history, the rest replaced, a stale save refused', async () => {
    const family = population.families[0] as (typeof population.families)[number];
    const seeded = family.plan as NonNullable<typeof family.plan>;
    const kept = seeded.goals[0]?.actions[0] as (typeof seeded.goals)[number]['actions'][number];
    const changed = kept.status === 'DONE' ? 'IN_PROGRESS' : 'DONE';
    let n = 0;
    const id = () => `10000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
    const save = (input: store.PlanInput, basedOnVersion: number | null, at: string) =>
      db.transaction((tx) => store.savePlan(tx, family.id, input, { today: '2026-11-23', at, savedBy: 'koordinator1', newId: id, basedOnVersion }));
    const plan: store.PlanInput = {
      leadAgency: 'SCHOOL',
      status: 'ACTIVE',
      nextFollowUp: '2026-12-15',
      participants: [{ name: 'Kurator Eva', agency: 'SCHOOL', role: 'Deltagare' }],
      goals: [
        {
          id: seeded.goals[0]?.id,
          area: 'LEISURE',
          description: 'Fotboll en gång i veckan',
          actions: [
            { id: kept.id, description: 'Anmälan till klubben', responsibleAgency: kept.responsibleAgency, dueDate: '2026-12-01', status: changed, followUpDate: null },
            { description: 'Ny insats', responsibleAgency: 'SOCIAL_SERVICES', dueDate: null, followUpDate: null },
          ],
        },
      ],
    };
    expect(await save(plan, 1, '2026-11-23T10:00:00.000Z')).toMatchObject({ version: 2 });
    const [stored] = await store.plansOfFamilies(db, [family.id]);
    const goals = await store.goalsOfPlans(db, [stored?.id as string]);
    expect(goals.map((g) => [g.id, g.area])).toEqual([[seeded.goals[0]?.id, 'LEISURE']]);
    const actions = await store.actionsOfGoals(db, [goals[0]?.id as string]);
    expect(actions.map((a) => [a.id, a.description, a.status])).toEqual([
      [kept.id, 'Anmälan till klubben', changed],
      [expect.any(String), 'Ny insats', 'PLANNED'],
    ]);
    // The coordinator's change of status is in the action's history; a new action has none yet.
    expect((await store.changesOfActions(db, [kept.id])).map((c) => [c.status, c.changedBy, c.agency, c.note])).toEqual([[changed, 'koordinator1', null, null]]);
    // Every goal and action not sent back is gone; none of another plan's is touched.
    const removed = seeded.goals.flatMap((g) => g.actions).filter((a) => a.id !== kept.id);
    expect(await db.query('SELECT id FROM sip_actions WHERE id = ANY($1::uuid[])', [removed.map((a) => a.id)])).toEqual([]);
    const versions = await store.versionsOfPlans(db, [stored?.id as string]);
    expect(versions.map((v) => [v.number, v.savedBy])).toEqual([
      [1, family.coordinator],
      [2, 'koordinator1'],
    ]);
    // Version 1 still reads as it was.
    expect(versions[0]?.content.goals.map((g) => g.description)).toEqual(seeded.goals.map((g) => g.description));
    expect(versions[1]?.content).toMatchObject({ leadAgency: 'SCHOOL', participants: plan.participants, goals: [{ description: 'Fotboll en gång i veckan' }] });

    // Saved from version 1 again, after version 2: refused, and nothing written.
    await expect(save({ ...plan, status: 'CLOSED' }, 1, '2026-11-23T11:00:00.000Z')).rejects.toMatchObject({ kind: 'STALE', current: 2 });
    // An id that is not this plan's is refused too.
    const other = population.families.find((f) => f.plan && f.id !== family.id)?.plan?.goals[0]?.id;
    await expect(save({ ...plan, goals: [{ ...(plan.goals[0] as store.PlanInput['goals'][number]), id: other }] }, null, '2026-11-23T11:00:00.000Z')).rejects.toMatchObject({
      kind: 'UNKNOWN_ID',
    });
    expect((await store.versionsOfPlans(db, [stored?.id as string])).length).toBe(2);
    expect((await store.plansOfFamilies(db, [family.id]))[0]?.status).toBe('ACTIVE');
    // A version is never changed afterwards.
    await expect(db.query('UPDATE sip_plan_versions SET saved_by = $1', ['x'])).rejects.toThrow(/append-only/);
  });
});
