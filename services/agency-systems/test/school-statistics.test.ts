import { addRecordKeys, derivedRecordKey, type RunningServer, startHttpServer } from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, type Child, generatePopulation, type SchoolRecord } from '../src/index.js';
import { schoolPlatformRoutes } from '../src/school-platform/server.js';

type Enrolled = Child & { school: SchoolRecord };

const today = '2026-11-23';
const population = generatePopulation({ seed: 5, families: 80, today });
const children = population.families.flatMap((f) => f.children);
const enrolled = children.filter((c): c is Enrolled => c.school !== undefined);
const kindsOf = (c: Enrolled) => new Set(c.school.supportMeasures.map((m) => m.kind));
const decided = (c: Child & { school: SchoolRecord }, kind: string) => c.school.supportMeasures.find((m) => m.kind === kind)?.decidedOn as string;
const monthOf = (day: string) => day.slice(0, 7);
const monthAfter = (day: string) => monthOf(addDays(`${monthOf(day)}-01`, 32));

// Children picked for what their records say: extra anpassningar only, särskilt stöd (with its
// åtgärdsprogram) only, no support at all, and a child the platform has not enrolled.
const extraOnly = enrolled.find((c) => kindsOf(c).size === 1 && kindsOf(c).has('EXTRA_ADAPTATIONS')) as Enrolled;
const specialOnly = enrolled.find((c) => kindsOf(c).size === 1 && kindsOf(c).has('SPECIAL_SUPPORT') && !decided(c, 'SPECIAL_SUPPORT').endsWith('-01')) as Enrolled;
const noSupport = enrolled.filter((c) => c.school.supportMeasures.length === 0).slice(0, 3);
const notEnrolled = children.find((c) => !c.school) as Child;

// The platform's statistics key secret, fixed here so that the test can derive every key itself.
const secret = 'the school platform’s statistics secret';
/** The sum of the students' record keys, modulo 2³²: what each count's key sum must be. */
const keysOf = (...students: Child[]) => addRecordKeys(...students.map((c) => derivedRecordKey(secret, c.personnummer)));

let platform: RunningServer;
let control: ReturnType<typeof schoolPlatformRoutes>['control'];
beforeAll(async () => {
  const made = schoolPlatformRoutes(population, { statisticsSecret: secret });
  control = made.control;
  platform = await startHttpServer(made.routes, 0);
});
afterAll(() => platform.close());

const report = async (path: string, body: unknown) => {
  const res = await fetch(`${platform.url}/v2.0/ext/statistics/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { data: never; message?: string } };
};
type InPlace = { students: number; keySum: number; inPlace: { kind: string; atStart: number; atStartKeySum: number; atEnd: number; atEndKeySum: number }[] };
const supportMeasures = async (startedIn: Record<string, string[]>, to: string) => {
  const { status, body } = await report('supportMeasures', { startedIn, to });
  expect(status).toBe(200);
  return body.data as InPlace;
};

describe('the school platform’s support-measures report', () => {
  it('has the children the cases below need in the seeded population', () => {
    expect(extraOnly).toBeDefined();
    expect(specialOnly).toBeDefined();
    expect(specialOnly.school.supportMeasures[0]?.actionProgramme).toBe(true);
    expect(noSupport).toHaveLength(3);
    expect(notEnrolled).toBeDefined();
  });

  it('counts each kind in place on the first day of a student’s start month and on the day asked, summed over the enrolled students, each count with its students’ key sum', async () => {
    const special = decided(specialOnly, 'SPECIAL_SUPPORT');
    const startedIn: Record<string, string[]> = { '2020-03': noSupport.map((c) => c.personnummer) };
    const add = (month: string, ...civicNos: string[]) => {
      startedIn[month] = [...(startedIn[month] ?? []), ...civicNos];
    };
    // Decided before the month coordination began: in place at the start.
    add(monthAfter(decided(extraOnly, 'EXTRA_ADAPTATIONS')), extraOnly.personnummer);
    // Decided in the month coordination began, after its first day: in place at the end only.
    add(monthOf(special), specialOnly.personnummer, notEnrolled.personnummer, '189001019802');
    // The child the platform has not enrolled, and the number nobody has, are in no count and no key sum.
    expect(await supportMeasures(startedIn, today)).toEqual({
      students: 2 + noSupport.length,
      keySum: keysOf(...noSupport, extraOnly, specialOnly),
      inPlace: [
        { kind: 'EXTRA_ADAPTATIONS', atStart: 1, atStartKeySum: keysOf(extraOnly), atEnd: 1, atEndKeySum: keysOf(extraOnly) },
        { kind: 'SPECIAL_SUPPORT', atStart: 0, atStartKeySum: 0, atEnd: 1, atEndKeySum: keysOf(specialOnly) },
        { kind: 'ACTION_PROGRAMME', atStart: 0, atStartKeySum: 0, atEnd: 1, atEndKeySum: keysOf(specialOnly) },
      ],
    });
    // Asked for the day before the särskilt stöd was decided, it is not in place at the end either.
    const before = await supportMeasures(startedIn, addDays(special, -1));
    expect(before.inPlace.map((r) => r.atEnd)).toEqual([decided(extraOnly, 'EXTRA_ADAPTATIONS') < special ? 1 : 0, 0, 0]);
  });

  it('sums the whole enrolled population: nobody in place before any decision, everyone with a measure once all are decided', async () => {
    const civicNos = enrolled.map((c) => c.personnummer);
    const withKind = (kind: string) => enrolled.filter((c) => c.school.supportMeasures.some((m) => (kind === 'ACTION_PROGRAMME' ? m.actionProgramme : m.kind === kind)));
    const expected = ['EXTRA_ADAPTATIONS', 'SPECIAL_SUPPORT', 'ACTION_PROGRAMME'].map((kind) => withKind(kind));
    expect(expected.every((students) => students.length > 0)).toBe(true);
    control.reset();
    // Every measure is decided within the year before today: none before 2024, all before December.
    const early = await supportMeasures({ '2024-01': civicNos }, today);
    expect([early.students, early.keySum]).toEqual([enrolled.length, keysOf(...enrolled)]);
    expect(early.inPlace.map((r) => [r.atStart, r.atStartKeySum, r.atEnd, r.atEndKeySum])).toEqual(expected.map((students) => [0, 0, students.length, keysOf(...students)]));
    const late = await supportMeasures({ '2026-12': civicNos }, '2026-12-31');
    expect(late.inPlace.map((r) => [r.atStart, r.atStartKeySum, r.atEnd, r.atEndKeySum])).toEqual(
      expected.map((students) => [students.length, keysOf(...students), students.length, keysOf(...students)]),
    );
    expect(control.counters.get('POST /v2.0/ext/statistics/supportMeasures')).toBe(2);
  });

  it('counts a student named under two months once, from the earlier start', async () => {
    const d = decided(extraOnly, 'EXTRA_ADAPTATIONS');
    const twice = await supportMeasures({ [monthAfter(d)]: [extraOnly.personnummer], '2024-01': [extraOnly.personnummer] }, today);
    expect([twice.students, twice.keySum]).toEqual([1, keysOf(extraOnly)]);
    expect(twice.inPlace[0]).toEqual({ kind: 'EXTRA_ADAPTATIONS', atStart: 0, atStartKeySum: 0, atEnd: 1, atEndKeySum: keysOf(extraOnly) });
  });

  it('refuses a question it cannot answer with 400 and what is wrong, for both cohort reports', async () => {
    const civicNos = [extraOnly.personnummer];
    for (const path of ['supportMeasures', 'absenceSinceStart']) {
      for (const [body, message] of [
        [{ to: today }, /startedIn/],
        [{ startedIn: [civicNos], to: today }, /startedIn/],
        [{ startedIn: { '2026-13': civicNos }, to: today }, /startedIn/],
        [{ startedIn: { '2026-1': civicNos }, to: today }, /startedIn/],
        [{ startedIn: { '2026-01': civicNos[0] }, to: today }, /startedIn/],
        [{ startedIn: { '2026-01': [1] }, to: today }, /startedIn/],
        [{ startedIn: { '2026-01': civicNos } }, /property 'to'/],
        [{ startedIn: { '2026-01': civicNos }, to: '2026-11' }, /to must match format "date"/],
        [{ startedIn: { '2026-01': civicNos }, to: '2026-11-32' }, /to must match format "date"/],
        [{ startedIn: { '2026-01': ['20170501-2381'] }, to: today }, /startedIn\/2026-01\/0 must match pattern/],
        ['null', /body must be object/],
      ] as const) {
        const res = await report(path, body);
        expect(res.status, `${path} ${JSON.stringify(body)}`).toBe(400);
        expect(res.body, `${path} ${JSON.stringify(body)}`).toEqual({ code: 'BAD_REQUEST', message: expect.stringMatching(message) });
      }
      expect((await report(path, '{"startedIn":')).status).toBe(400);
    }
  });

  it('answers nothing about one student: a cohort of one gives the same sums as any other', async () => {
    const { body } = await report('supportMeasures', { startedIn: { '2026-01': [specialOnly.personnummer] }, to: today });
    expect(Object.keys(body.data)).toEqual(['students', 'keySum', 'inPlace']);
    expect(JSON.stringify(body)).not.toMatch(new RegExp(`${specialOnly.personnummer}|${specialOnly.school.personId}|Särskilt stöd i`));
  });
});

describe('the school platform’s absence report', () => {
  type Row = { termsSinceStart: number; students: number; keySum: number; offeredSum: number; absenceSum: number; largestAbsenceShare: number };
  const absence = async (startedIn: Record<string, string[]>) => {
    const { status, body } = await report('absenceSinceStart', { startedIn, to: today });
    expect(status).toBe(200);
    return body.data as Row[];
  };

  it('sums each term from the one before the start to the one holding the day asked, for every student named, with their key sum', async () => {
    const rows = await absence({ '2026-02': [...noSupport.map((c) => c.personnummer), notEnrolled.personnummer] });
    // 2025 HT, 2026 VT (the start), 2026 HT (today); the child the platform has not enrolled is in none.
    expect(rows.map((r) => [r.termsSinceStart, r.students, r.keySum])).toEqual([
      [-1, 3, keysOf(...noSupport)],
      [0, 3, keysOf(...noSupport)],
      [1, 3, keysOf(...noSupport)],
    ]);
    for (const r of rows) expect(r.absenceSum).toBeLessThan(r.offeredSum);
  });

  it('gives each row the largest share of the offered time one student was absent: one student’s own share, between the mean and the whole', async () => {
    for (const student of noSupport) {
      const [alone] = await absence({ '2026-02': [student.personnummer] });
      expect(alone?.largestAbsenceShare, student.personnummer).toBe((alone?.absenceSum ?? -1) / (alone?.offeredSum ?? 1));
    }
    const shares = await Promise.all(noSupport.map(async (c) => (await absence({ '2026-02': [c.personnummer] }))[0]?.largestAbsenceShare));
    const [together] = await absence({ '2026-02': noSupport.map((c) => c.personnummer) });
    expect(together?.largestAbsenceShare).toBe(Math.max(...(shares as number[])));
    expect(together?.largestAbsenceShare).toBeGreaterThanOrEqual((together?.absenceSum ?? 0) / (together?.offeredSum ?? 1));
  });
});

describe('the school platform’s record keys', () => {
  it('are its own: the same secret gives the same key sums, another secret others, and the counts stay the same', async () => {
    const ask = async (statisticsSecret?: string) => {
      const route = schoolPlatformRoutes(population, statisticsSecret === undefined ? {} : { statisticsSecret }).routes['POST /v2.0/ext/statistics/supportMeasures'];
      const res = await route?.({
        method: 'POST',
        path: '',
        query: new URLSearchParams(),
        headers: {},
        body: JSON.stringify({ startedIn: { '2024-01': enrolled.map((c) => c.personnummer) }, to: today }),
        clientVerified: false,
      });
      return (JSON.parse(String(res?.body)) as { data: InPlace }).data;
    };
    const [same, other, fresh] = [await ask(secret), await ask('another secret'), await ask()];
    expect(same).toEqual(await supportMeasures({ '2024-01': enrolled.map((c) => c.personnummer) }, today));
    expect(other.keySum).not.toBe(same.keySum);
    expect(fresh.keySum).not.toBe(same.keySum);
    expect([other.students, fresh.students, other.inPlace.map((r) => r.atEnd)]).toEqual([same.students, same.students, same.inPlace.map((r) => r.atEnd)]);
  });
});
