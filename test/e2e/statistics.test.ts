import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './graphql.js';
import { callSubgraph } from './signed.js';

type Json = Record<string, any>;
const year = { from: '2026-01-01', to: '2026-12-31' };
// The figures in four queries, each within the gateway's cost limit for one operation.
const parts = [
  `from to municipality teamId threshold
  families { started { ...C } ongoing { ...C } closed { ...C } }
  children { started { ...C } ongoing { ...C } closed { ...C } }`,
  'consents { all { ...S } byPurpose { purpose counts { ...S } } byAgency { agency counts { ...S } } }',
  `daysToFirstMeeting { families { ...C } mean { ...R } median { ...R } }
  daysToAgreedSip { families { ...C } mean { ...R } median { ...R } }
  meetingsPerMonth { month coordination { ...C } sip { ...C } followUp { ...C } jointHomeVisit { ...C } checkIn { ...C } total { ...C } perFamily { ...R } }`,
  `followUpRatings { area families { ...C } atStart { ...R } followedUp { ...C } latest { ...R } change { ...R } }
  parentsOccupation { atStart { ...O } latest { ...O } notWorkingAtStart { ...C } backInWorkOrStudies { ...R } }`,
];
const fragments = `
fragment C on Count { value suppressed reason }
fragment R on Ratio { value suppressed reason }
fragment S on ConsentCounts { active { ...C } pending { ...C } expired { ...C } revoked { ...C } total { ...C } }
fragment O on OccupationCounts { work { ...C } studies { ...C } sickLeave { ...C } unemployed { ...C } other { ...C } total { ...C } }`;
/** The fragments a part spreads, and those they spread in turn (every one spreads C). */
function fragmentsOf(part: string): string {
  const all = fragments.trim().split('\n');
  const wanted = all.filter((f) => {
    const name = f.split(' ')[1] as string;
    return name === 'C' || part.includes(`...${name} `) || part.includes(`...${name}}`);
  });
  return wanted.join('\n');
}

/** Every cell of an answer: a Count or Ratio object anywhere in it. */
function cells(value: unknown, path = ''): { path: string; cell: Json }[] {
  if (!value || typeof value !== 'object') return [];
  const v = value as Json;
  if ('suppressed' in v) return [{ path, cell: v }];
  return Object.entries(v).flatMap(([k, child]) => cells(child, `${path}.${k}`));
}

describe('follow-up statistics for analysts: no person in them', () => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem({ families: 300 });
  });
  afterAll(() => system?.close());
  /** The four parts of the figures, merged into one answer as an analyst would read it. */
  const stats = async (as: string, f: Json) => {
    const answers = await Promise.all(
      parts.map((part) => gql<{ statistics: Json }>(system, as, `query Stats($f: StatisticsFilter!) { statistics(filter: $f) { ${part} } } ${fragmentsOf(part)}`, { f })),
    );
    const errors = answers.flatMap((a) => a.errors ?? []);
    const data = answers.every((a) => a.data?.statistics) ? { statistics: Object.assign({}, ...answers.map((a) => a.data?.statistics)) } : undefined;
    return { errors: errors.length > 0 ? errors : undefined, data };
  };

  it('answers an analyst with figures that mean something, every cell a value or a suppression with its reason', async () => {
    const result = await stats('analytiker1', year);
    expect(result.errors).toBeUndefined();
    const s = result.data?.statistics as Json;
    expect(s.threshold).toBe(5);
    expect(s.families.ongoing.value).toBe(300);
    expect(s.consents.all.total.value).toBeGreaterThan(300);
    expect(s.meetingsPerMonth).toHaveLength(12);
    expect(s.followUpRatings.map((a: Json) => a.area)).toEqual(['HOME_LIFE', 'SCHOOL', 'LEISURE', 'PARENTS_OCCUPATION']);
    expect(s.parentsOccupation.backInWorkOrStudies.value).toBeGreaterThan(0.2);
    for (const { path, cell } of cells(s)) {
      if (cell.suppressed) expect(cell.reason, path).toMatch(/^(SMALL_COUNT|COMPLEMENTARY|SMALL_BASE)$/);
      else expect(cell.value, path).not.toBeNull();
      if (!cell.suppressed && Number.isInteger(cell.value) && !/mean|median|perFamily|followUpRatings\.\d+\.(atStart|latest|change)|backIn/.test(path))
        expect(cell.value === 0 || cell.value >= 5, path).toBe(true);
    }
  });

  it('narrowed to one team, small cells are suppressed and none can be recomputed from its total or the other cells', async () => {
    const result = await stats('analytiker1', { ...year, teamId: 'team-3' });
    const s = result.data?.statistics as Json;
    const all = cells(s);
    expect(all.some(({ cell }) => cell.suppressed)).toBe(true);
    for (const { path, cell } of all)
      if (
        !cell.suppressed &&
        Number.isInteger(cell.value) &&
        /families|children|consents|Month|followedUp|notWorking|work|studies|sickLeave|unemployed|other|total/.test(path) &&
        !/perFamily/.test(path)
      )
        expect(cell.value === 0 || cell.value >= 5, path).toBe(true);
    // A line of a table with its total: never exactly one cell hidden.
    const lines: Json[][] = [
      ...s.consents.byPurpose.map((p: Json) => Object.values(p.counts)),
      Object.values(s.consents.all),
      ...s.meetingsPerMonth.map((m: Json) => [m.coordination, m.sip, m.followUp, m.jointHomeVisit, m.checkIn, m.total]),
      Object.values(s.parentsOccupation.atStart),
      Object.values(s.parentsOccupation.latest),
    ];
    for (const line of lines) expect(line.filter((c) => c.suppressed).length).not.toBe(1);
    // A suppressed share is not given back by its base either: its base is shown or is itself small.
    for (const a of s.followUpRatings as Json[]) if (a.latest.suppressed) expect(a.followedUp.suppressed || a.followedUp.value < 5).toBe(true);
  });

  it('counts only a team lead’s own team, and refuses everyone else', async () => {
    const own = await stats('teamledare1', year);
    expect(own.data?.statistics.teamId).toBe('team-1');
    expect((await stats('teamledare1', { ...year, teamId: 'team-2' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const who of ['koordinator1', 'vardnadshavare1', 'skola1']) expect((await stats(who, year)).errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
  });

  it('takes whole quarters only, at most eight, so that overlapping periods cannot be subtracted to a few people', async () => {
    for (const f of [
      { from: '2026-02-01', to: '2026-03-31' },
      { from: '2026-01-01', to: '2026-02-28' },
      { from: '2024-01-01', to: '2026-03-31' },
      { from: '2026-04-01', to: '2026-03-31' },
      { lastQuarters: 9 },
      { lastQuarters: 0 },
      { lastQuarters: 2, from: '2026-01-01', to: '2026-03-31' },
      {},
    ]) {
      const result = await stats('analytiker1', f);
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(f)).toBe('BAD_USER_INPUT');
      expect(result.data ?? null).toBeNull();
    }
    expect((await stats('analytiker1', { from: '2025-01-01', to: '2026-12-31' })).errors).toBeUndefined();
    // The last quarters, the present one included: a question that stays the same as time passes.
    const last = await gql<{ statistics: Json }>(system, 'analytiker1', '{ statistics(filter: { lastQuarters: 4 }) { from to } }');
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    expect(last.data?.statistics.to >= today).toBe(true);
    expect(last.data?.statistics.from.endsWith('-01')).toBe(true);
    expect(
      Number(last.data?.statistics.to.slice(0, 4)) * 12 +
        Number(last.data?.statistics.to.slice(5, 7)) -
        (Number(last.data?.statistics.from.slice(0, 4)) * 12 + Number(last.data?.statistics.from.slice(5, 7))),
    ).toBe(11);
  });

  it('writes every answer to the audit trail as a statistical release, about no one person', async () => {
    const before = await system.db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_events WHERE kind = 'STATISTICAL_RELEASE'");
    await gql(system, 'analytiker1', 'query($f: StatisticsFilter!) { statistics(filter: $f) { families { started { value } } } }', { f: { ...year, municipality: 'Exempelkommun' } });
    const rows = await system.db.query<Json>("SELECT actor, role, child_personnummer, categories, reason FROM audit_events WHERE kind = 'STATISTICAL_RELEASE' ORDER BY seq DESC LIMIT 1");
    const after = await system.db.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_events WHERE kind = 'STATISTICAL_RELEASE'");
    expect(after[0]?.n).toBe((before[0]?.n ?? 0) + 1);
    expect(rows[0]).toMatchObject({ actor: 'analytiker1', role: 'ANALYST', child_personnummer: '', categories: ['families'] });
    expect(JSON.parse(rows[0]?.reason)).toMatchObject({ from: '2026-01-01', to: '2026-12-31', municipality: 'Exempelkommun' });
  });

  it('keeps each consent’s covered agencies as its scope changes (what the figures by agency read)', async () => {
    const [consent] = await system.db.query<{ id: string; agencies: string[] }>(
      "SELECT c.id, c.agencies FROM consents c JOIN family_members m ON m.personnummer = c.child_personnummer JOIN assignments a ON a.family_id = m.family_id WHERE a.username = 'koordinator1' AND c.revoked_at IS NULL AND c.purpose = 'COORDINATION' AND cardinality(c.agencies) = 3 LIMIT 1",
    );
    expect(consent?.agencies).toEqual(['HEALTH_CARE', 'SCHOOL', 'SOCIAL_SERVICES']);
    const narrowed = await gql(system, 'koordinator1', 'mutation($i: NarrowConsentInput!) { narrowConsent(input: $i) { id } }', {
      i: { consentId: consent?.id, reason: 'Bara vården', scope: [{ agency: 'HEALTH_CARE', categories: ['CARE_CONTACTS'] }] },
    });
    expect(narrowed.errors).toBeUndefined();
    const [after] = await system.db.query<{ agencies: string[] }>('SELECT agencies FROM consents WHERE id = $1', [consent?.id]);
    expect(after?.agencies).toEqual(['HEALTH_CARE']);
  });

  it('records the parents’ occupation on the family, first and second parent, and counts the latest record', async () => {
    const family = system.population.families.find((f) => f.archetype === 1) as (typeof system.population.families)[number];
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    const record = (as: string, date: string, parents: string[]) =>
      gql<{ recordParentsOccupation: Json }>(system, as, 'mutation($i: ParentsOccupationInput!) { recordParentsOccupation(input: $i) { date parents } }', {
        i: { familyId: family.id, date, parents },
      });
    expect((await record('koordinator2', today, ['WORK'])).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await record('koordinator1', '2099-01-01', ['WORK'])).errors?.[0]?.message).toMatch(/i dag eller tidigare/);
    expect((await record('koordinator1', today, ['WORK', 'WORK', 'WORK'])).errors?.[0]?.message).toMatch(/En eller två/);
    const done = await record('koordinator1', today, ['WORK', 'STUDIES']);
    expect(done.data?.recordParentsOccupation).toEqual({ date: today, parents: ['WORK', 'STUDIES'] });
    const rows = await system.db.query<Json>('SELECT parent, occupation FROM occupation_records WHERE family_id = $1 AND recorded_on = $2 ORDER BY parent', [family.id, today]);
    expect(rows).toEqual([
      { parent: 1, occupation: 'WORK' },
      { parent: 2, occupation: 'STUDIES' },
    ]);
  });

  it('gives an analyst no person-level field: not through the gateway, not through _entities at the subgraph', async () => {
    const family = system.population.families[0] as (typeof system.population.families)[number];
    for (const q of [
      '{ caseload { reference } }',
      `{ family(id: "${family.id}") { reference } }`,
      `{ child(personnummer: "${family.children[0]?.personnummer}") { givenName } }`,
      '{ familyByReference(reference: "F-00001") { reference } }',
    ]) {
      const result = await gql<Json>(system, 'analytiker1', q);
      expect(result.errors?.[0]?.extensions?.code, q).toBe('FORBIDDEN');
      expect(JSON.stringify(result.data ?? {}), q).not.toMatch(/F-0000|givenName":"/);
    }
    const token = await system.token('analytiker1');
    for (const representation of [
      { __typename: 'Family', id: family.id },
      { __typename: 'Child', personnummer: family.children[0]?.personnummer },
    ]) {
      const res = await callSubgraph(
        `${system.subgraphs.coordination.url}/graphql`,
        token,
        {
          query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Family { reference children { givenName } } ... on Child { givenName familyName } } }',
          variables: { r: [representation] },
        },
        system.signingKey,
      );
      expect(JSON.stringify(res.body.data ?? {}), representation.__typename).not.toMatch(/F-0000|givenName":"|familyName":"/);
    }
  });
});

describe('the school’s follow-up figures, counted at the school over the children who consent to follow-up', () => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem({ families: 300 });
  });
  afterAll(() => system?.close());
  const schoolQuery = (filter: string) =>
    `{ statistics(filter: { ${filter} }) { school { children { value suppressed reason } absenceByTermSinceStart { termsSinceStart children { value suppressed reason } absencePercent { value suppressed reason } } } } }`;
  const exportCalls = () => system.simulators.school.control.counters.get('POST /v2.0/ext/statistics/absenceSinceStart') ?? 0;
  /** Children whose follow-up consent covering ATTENDANCE holds today, as recorded. */
  const consenting = async () =>
    (
      await system.db.query<{ n: number }>(
        `SELECT count(DISTINCT c.child_personnummer)::int AS n FROM consents c JOIN consent_scope s ON s.consent_id = c.id
         WHERE c.purpose = 'FOLLOW_UP' AND s.category = 'ATTENDANCE' AND c.revoked_at IS NULL AND c.valid_until >= CURRENT_DATE
           AND NOT EXISTS (SELECT 1 FROM consent_parties p WHERE p.consent_id = c.id AND p.decision IS DISTINCT FROM 'GIVEN')`,
      )
    )[0]?.n ?? 0;

  it('gives absence before and after coordination began, in one call to the school platform whatever the number of children', async () => {
    const before = exportCalls();
    const all = await gql<{ statistics: Json }>(system, 'analytiker1', schoolQuery('lastQuarters: 8'));
    expect(all.errors).toBeUndefined();
    expect(exportCalls()).toBe(before + 1);
    const school = all.data?.statistics.school as Json;
    expect(school.children.value).toBeGreaterThan(50);
    expect(school.children.value).toBeLessThanOrEqual(await consenting());
    const rows = school.absenceByTermSinceStart as Json[];
    expect(rows[0]?.termsSinceStart).toBe(-1);
    const beforeStart = rows.find((r) => r.termsSinceStart === -1)?.absencePercent.value as number;
    const later = rows.find((r) => r.termsSinceStart === 2)?.absencePercent.value as number;
    expect(beforeStart).toBeGreaterThan(later);
    // One team: fewer children, still one call.
    const oneTeam = await gql<{ statistics: Json }>(system, 'analytiker1', schoolQuery('lastQuarters: 8, teamId: "team-3"'));
    expect(exportCalls()).toBe(before + 2);
    expect(oneTeam.data?.statistics.school.children.value).toBeLessThan(school.children.value);
  });

  it('does not count a child whose follow-up consent is revoked', async () => {
    const count = async () => (await gql<{ statistics: Json }>(system, 'analytiker1', schoolQuery('lastQuarters: 8'))).data?.statistics.school.children.value as number;
    const [target] = await system.db.query<{ id: string; child: string; by: string }>(
      `SELECT c.id, c.child_personnummer AS child, p.personnummer AS by FROM consents c JOIN consent_scope s ON s.consent_id = c.id JOIN consent_parties p ON p.consent_id = c.id
       JOIN families f ON f.id = (SELECT family_id FROM family_members m WHERE m.personnummer = c.child_personnummer) JOIN assignments a ON a.family_id = f.id
       WHERE c.purpose = 'FOLLOW_UP' AND s.category = 'ATTENDANCE' AND c.revoked_at IS NULL AND p.role = 'GUARDIAN' AND a.username = 'koordinator1' LIMIT 1`,
    );
    expect(target).toBeDefined();
    const enrolled = system.population.families.some((f) => f.children.some((c) => c.personnummer === target?.child && c.school));
    const before = await count();
    const revoked = await gql(system, 'koordinator1', 'mutation($i: RevokeConsentInput!) { revokeConsent(input: $i) { status } }', {
      i: { consentId: target?.id, revokedBy: target?.by, reason: 'Vill inte räknas' },
    });
    expect(revoked.errors).toBeUndefined();
    expect(await count()).toBe(enrolled ? before - 1 : before);
  });

  it('writes the school’s release to its own audit trail, and answers a forged or missing cohort with nothing', async () => {
    await gql(system, 'analytiker1', schoolQuery('lastQuarters: 4'));
    const [release] = await system.db.query<Json>(
      "SELECT source, actor, child_personnummer, categories FROM audit_events WHERE kind = 'STATISTICAL_RELEASE' AND source = 'school' ORDER BY seq DESC LIMIT 1",
    );
    expect(release).toMatchObject({ source: 'school', actor: 'analytiker1', child_personnummer: '', categories: ['school.absenceByTermSinceStart'] });
    const token = await system.token('analytiker1');
    const before = exportCalls();
    for (const cohort of [null, 'forged.cohort.token', (await gql(system, 'analytiker1', '{ statistics(filter: { lastQuarters: 1 }) { key } }')).data ? 'eyJhbGciOiJub25lIn0.eyJ4IjoxfQ.' : '']) {
      const res = await callSubgraph(
        `${system.subgraphs.school.url}/graphql`,
        token,
        {
          query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Statistics { school { children { value } } } } }',
          variables: { r: [{ __typename: 'Statistics', key: 'k', schoolCohort: cohort }] },
        },
        system.signingKey,
      );
      expect(res.body.errors?.[0]?.extensions?.code, String(cohort)).toBe('UNAVAILABLE');
      expect(JSON.stringify(res.body.data ?? {})).not.toMatch(/"value":\d/);
    }
    expect(exportCalls()).toBe(before);
    const coordinator = await callSubgraph(
      `${system.subgraphs.school.url}/graphql`,
      await system.token('koordinator1'),
      {
        query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Statistics { school { children { value } } } } }',
        variables: { r: [{ __typename: 'Statistics', key: 'k', schoolCohort: 'x' }] },
      },
      system.signingKey,
    );
    expect(coordinator.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('gives social services’ interventions by kind and their length, counted by social services in one call', async () => {
    const calls = () => system.simulators.socialServices.control.counters.get('POST /api/v1/statistik/insatser') ?? 0;
    const query = (filter: string) =>
      `{ statistics(filter: { ${filter} }) { socialServices { children { value suppressed } interventionsByKind { kind children { value suppressed reason } interventions { value suppressed reason } meanDays { value suppressed reason } } } } }`;
    const before = calls();
    const all = await gql<{ statistics: Json }>(system, 'analytiker1', query('lastQuarters: 8'));
    expect(all.errors).toBeUndefined();
    const social = all.data?.statistics.socialServices as Json;
    expect(social.children.value).toBeGreaterThan(50);
    const kinds = (social.interventionsByKind as Json[]).map((k) => k.kind);
    expect(kinds.length).toBeGreaterThan(1);
    expect(kinds.every((k) => ['FAMILY_THERAPY', 'HOUSING_SUPPORT', 'CONTACT_PERSON', 'CONTACT_FAMILY', 'OTHER'].includes(k))).toBe(true);
    for (const k of social.interventionsByKind as Json[]) if (!k.meanDays.suppressed) expect(k.meanDays.value).toBeGreaterThan(0);
    await gql(system, 'analytiker1', query('lastQuarters: 8, teamId: "team-3"'));
    expect(calls()).toBe(before + 2);
    const forged = await callSubgraph(
      `${system.subgraphs.socialServices.url}/graphql`,
      await system.token('analytiker1'),
      {
        query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Statistics { socialServices { children { value } } } } }',
        variables: { r: [{ __typename: 'Statistics', key: 'k', socialServicesCohort: 'forged' }] },
      },
      system.signingKey,
    );
    expect(forged.body.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    expect(calls()).toBe(before + 2);
  });

  it('says in words that an agency system did not answer, and counts nothing, when its report fails', async () => {
    const social = system.simulators.socialServices.control;
    social.setFaults({ down: true });
    try {
      const answer = await gql<{ statistics: Json }>(system, 'analytiker1', '{ statistics(filter: { lastQuarters: 4 }) { socialServices { children { value } } } }');
      expect(answer.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
      expect(answer.errors?.[0]?.message).toMatch(/inget räknas .* nothing is counted/);
      expect(JSON.stringify(answer.data ?? null)).not.toMatch(/"value":\d/);
    } finally {
      social.setFaults({ down: false });
    }
  });
});
