import { randomUUID } from 'node:crypto';
import { generatePopulation } from '@lotsen/agency-systems';
import type { Database, Queryable } from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed, store } from '../src/index.js';
import * as facts from '../src/statistics/figures.js';
import type { StatisticsFilter } from '../src/statistics/filter.js';
import { saveOccupations } from '../src/store/occupations.js';
import { backends } from '../src/testing.js';
import * as sources from './figures-from-sources.js';

// The analysts' figures are read from facts kept per family by triggers (migration 011). Every
// figure must equal the same figure computed from the source tables, on the seeded store and
// after every kind of change a coordinator, the consent registry or the register makes.
const today = '2026-11-23';
const population = generatePopulation({ seed: 33, families: 150, today });
const municipality = population.teams[0]?.municipality ?? '';

const filter = (from: string, to: string, group: { municipality?: string; teamId?: string } = {}): StatisticsFilter => ({
  from,
  to,
  municipality: group.municipality ?? null,
  teamId: group.teamId ?? null,
  asOf: [to, today].sort()[0] as string,
  threshold: 5,
  childConsentAge: 15,
});
const filters = [
  filter('2026-01-01', '2026-12-31'),
  filter('2025-01-01', '2026-12-31'),
  filter('2026-10-01', '2026-12-31'),
  filter('2025-04-01', '2025-09-30'),
  filter('2026-01-01', '2026-06-30', { municipality }),
  filter('2025-01-01', '2026-12-31', { teamId: 'team-2' }),
  filter('2027-01-01', '2027-06-30'),
];

type Figures = typeof facts | typeof sources;
/** Every figure of one filter, as plain data. */
const figures = async (m: Figures, db: Database, f: StatisticsFilter) => ({
  spans: await m.familySpans(db, f),
  byPurpose: [...(await m.consentsByPurpose(db, f, ['COORDINATION', 'SIP', 'FOLLOW_UP'])).entries()],
  byAgency: [...(await m.consentsByAgency(db, f, ['SCHOOL', 'SOCIAL_SERVICES', 'HEALTH_CARE'])).entries()],
  firstMeeting: await m.daysFromFirstContact(db, f, 'FIRST_MEETING'),
  agreedSip: await m.daysFromFirstContact(db, f, 'AGREED_SIP'),
  meetings: await m.meetingsPerMonth(db, f),
  ratings: await m.followUpRatings(db, f, ['HOME_LIFE', 'SCHOOL', 'LEISURE', 'PARENTS_OCCUPATION']),
  occupations: (await m.parentsOccupation(db, f)).sort((a, b) => `${a.first} ${a.latest}`.localeCompare(`${b.first} ${b.latest}`)),
  cohort: [...(await m.followUpCohort(db, f, ['ATTENDANCE', 'SUPPORT_MEASURES', 'INTERVENTIONS', 'CARE_CONTACTS'])).entries()],
});

const tables = ['family_facts', 'consent_facts', 'meeting_facts', 'rating_facts', 'occupation_facts'];

describe.each(await backends())('the statistics facts on $name', ({ open }) => {
  let db: Database & { dispose(): Promise<void> };
  beforeAll(async () => {
    db = await open();
    await seed(db, population);
  }, 60_000);
  afterAll(() => db.dispose());

  /** Every figure of every filter both ways; answers how many cells were compared. */
  const agree = async () => {
    let compared = 0;
    for (const f of filters) {
      const expected = await figures(sources, db, f);
      expect(await figures(facts, db, f), `${f.from}..${f.to} ${f.municipality ?? f.teamId ?? ''}`).toEqual(expected);
      compared += JSON.stringify(expected).length;
    }
    return compared;
  };

  /** The facts as kept, and as computed again from nothing: the same rows. */
  const keptAsComputed = async (after = 'the seed') => {
    const read = () => Promise.all(tables.map((t) => db.query(`SELECT * FROM ${t} ORDER BY 1, 2, 3, 4, 5, 6, 7`)));
    const kept = await read();
    await db.transaction((tx) => tx.query('SELECT refresh_statistics_facts(ARRAY(SELECT id FROM families))'));
    expect(kept, after).toEqual(await read());
    const [families] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM families');
    expect(kept[0], after).toHaveLength(families?.n as number);
  };

  it('gives every figure the source tables give, on the seeded store', async () => {
    expect(await agree()).toBeGreaterThan(5000);
    await keptAsComputed();
  }, 60_000);

  it('keeps them so through every kind of change', async () => {
    const before = await figures(facts, db, filters[0] as StatisticsFilter);
    // c: the family of a child the school counts, whose follow-up consents will be narrowed.
    const counted = new Set(Object.values(before.cohort.find(([category]) => category === 'ATTENDANCE')?.[1] ?? {}).flat());
    const c = population.families.find((f) => f.followUps.length > 0 && f.children.some((child) => counted.has(child.personnummer)));
    const [a, b] = population.families.filter((f) => f !== c && f.followUps.length > 0 && f.consents.length > 0 && f.occupations.length > 0);
    if (!a || !b || !c) throw new Error('the population has no family with ratings, consents and occupations');
    const [first, second] = [a, b].map((f) => f.consents[0]);
    const guardian = second?.parties.find((p) => p.role === 'GUARDIAN');
    const coordinator = population.users.find((u) => u.teamId === 'team-2' && u.role === 'COORDINATOR')?.username as string;
    // c moves to another team that serves where it lives (a move elsewhere is refused: docs/tenancy.md).
    const otherTeam = population.teams.find((t) => t.id !== c.teamId && t.municipalities.includes(c.municipality));
    const otherCoordinator = population.users.find((u) => u.teamId === otherTeam?.id && u.role === 'COORDINATOR')?.username;
    if (!otherTeam || !otherCoordinator) throw new Error(`no other team serves ${c.municipality}`);
    // Each kind of change alone, its facts checked before the next: a later change to the same
    // family would otherwise hide a trigger that is missing.
    const changes: [string, () => Promise<unknown>][] = [
      ['an earlier first meeting', () => store.insertMeeting(db, { id: randomUUID(), familyId: a.id, date: a.firstContactOn ?? a.startedOn, kind: 'JOINT_HOME_VISIT', agencies: [], summary: '' })],
      ['a meeting in a new month', () => store.insertMeeting(db, { id: randomUUID(), familyId: a.id, date: '2026-11-20', kind: 'CHECK_IN', agencies: [], summary: '' })],
      ['a meeting moved', () => db.query("UPDATE meetings SET date = '2026-10-01' WHERE id = $1", [a.meetings[0]?.id])],
      ['a meeting moved to another family', () => db.query('UPDATE meetings SET family_id = $2 WHERE id = $1', [a.meetings[1]?.id, b.id])],
      ['a rating moved to another family', () => db.query('UPDATE follow_ups SET family_id = $2 WHERE id = $1', [a.followUps[1]?.id, b.id])],
      ['a meeting removed', () => db.query('DELETE FROM meetings WHERE id = $1', [b.meetings[0]?.id])],
      // Two ratings the same day: the later stands.
      [
        'two ratings on one day',
        () =>
          db.transaction(async (tx) => {
            for (const rating of [1, 5]) await store.insertFollowUp(tx, { id: randomUUID(), familyId: a.id, date: '2026-11-21', area: 'LEISURE', rating, comment: '' });
          }),
      ],
      ['a rating after the period', () => store.insertFollowUp(db, { id: randomUUID(), familyId: b.id, date: '2027-02-01', area: 'HOME_LIFE', rating: 4, comment: '' })],
      ['a rating corrected', () => db.query('UPDATE follow_ups SET rating = 6 - rating WHERE id = $1', [b.followUps[0]?.id])],
      ['a rating removed', () => db.query('DELETE FROM follow_ups WHERE id = $1', [c.followUps[0]?.id])],
      ['an occupation recorded', () => db.transaction((tx) => saveOccupations(tx, b.id, '2026-11-22', [{ parent: 1, occupation: 'WORK' }]))],
      [
        'the day’s occupations replaced',
        () =>
          db.transaction((tx) =>
            saveOccupations(tx, b.id, '2026-11-22', [
              { parent: 1, occupation: 'STUDIES' },
              { parent: 2, occupation: 'SICK_LEAVE' },
            ]),
          ),
      ],
      ['a plan agreed', () => db.query("UPDATE sip_plans SET status = 'ACTIVE' WHERE family_id = $1", [c.id])],
      ['a plan back to a draft', () => db.query("UPDATE sip_plans SET status = 'DRAFT' WHERE family_id = $1", [b.id])],
      ['a consent revoked', () => db.transaction((tx) => store.markRevoked(tx, first?.id as string, '2026-11-22T10:00:00Z', 'test', 'ändrat sig'))],
      ['a guardian refused', () => db.transaction((tx) => store.setPartyDecision(tx, second?.id as string, guardian?.personnummer as string, 'REFUSED', 'WRITTEN', '2026-11-22T10:00:00Z'))],
      [
        'follow-up consents narrowed',
        async () => {
          for (const followUp of c.consents.filter((x) => x.purpose === 'FOLLOW_UP')) await db.transaction((tx) => store.removeFromScope(tx, followUp.id, ['ATTENDANCE', 'INTERVENTIONS']));
        },
      ],
      ['a child older than recorded', () => db.query("UPDATE persons SET birth_date = '2010-01-01' WHERE personnummer = $1", [c.children[0]?.personnummer])],
      ['a family closed', () => db.query("UPDATE families SET closed_on = started_on + 40, closed_reason = 'GOALS_MET', closed_by = 'koordinator1' WHERE id = $1", [a.id])],
      ['a family moved to another team', () => db.transaction((tx) => store.moveFamily(tx, c.id, otherTeam.id, otherCoordinator, today))],
      [
        'a family taken in',
        () =>
          db.transaction((tx) =>
            store.insertFamily(tx, {
              id: randomUUID(),
              reference: 'FAM-FACTS-1',
              teamId: 'team-2',
              coordinator,
              since: '2026-11-02',
              children: [{ personnummer: '201701022383', givenName: 'Test', familyName: 'Testsson', birthDate: '2017-01-02', sex: 'FEMALE' }],
            }),
          ),
      ],
    ];
    for (const [change, make] of changes) {
      await make();
      await keptAsComputed(change);
    }
    await agree();
    // The changes moved the figures: not a comparison of two unchanged answers.
    const after = await figures(facts, db, filters[0] as StatisticsFilter);
    for (const moved of ['spans', 'byPurpose', 'byAgency', 'meetings', 'ratings', 'occupations', 'cohort'] as const) expect(after[moved], moved).not.toEqual(before[moved]);
  }, 120_000);

  it('counts two changes to one family made at once, each from what the other committed', async () => {
    const family = population.families[10]?.id as string;
    const meeting = (date: string) => async (tx: Queryable) => void (await store.insertMeeting(tx, { id: randomUUID(), familyId: family, date, kind: 'CHECK_IN', agencies: [], summary: '' }));
    const rating = (date: string) => async (tx: Queryable) => void (await store.insertFollowUp(tx, { id: randomUUID(), familyId: family, date, area: 'SCHOOL', rating: 3, comment: '' }));
    await Promise.all([meeting('2026-11-03'), rating('2026-11-04'), meeting('2026-10-05'), rating('2026-11-05')].map((change) => db.transaction(change)));
    const [kept] = await db.query<{ n: number }>("SELECT sum(meetings)::int AS n FROM meeting_facts WHERE family_id = $1 AND kind = 'CHECK_IN'", [family]);
    const [counted] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM meetings WHERE family_id = $1 AND kind = 'CHECK_IN'", [family]);
    expect(kept?.n).toBe(counted?.n);
    await agree();
  }, 60_000);
});
