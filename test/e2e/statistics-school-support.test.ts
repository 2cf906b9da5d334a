import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './graphql.js';
import { callSubgraph } from './signed.js';

type Json = Record<string, any>;
const threshold = 5;
const kinds = ['EXTRA_ADAPTATIONS', 'SPECIAL_SUPPORT', 'ACTION_PROGRAMME'] as const;
const cell = '{ value suppressed reason }';
const supportMeasures = `supportMeasures { children ${cell} byKind { kind atStart ${cell} shareAtStart ${cell} atEnd ${cell} shareAtEnd ${cell} } }`;
const absence = `children ${cell} absenceByTermSinceStart { termsSinceStart children ${cell} }`;
const query = (filter: string, figures: string) => `{ statistics(filter: { ${filter} }) { school { ${figures} } } }`;
const small = (n: number) => n > 0 && n < threshold;

describe('the school’s support measures, counted at the school over the children who consent to follow-up of them', () => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem({ families: 300 });
  });
  afterAll(() => system?.close());

  const calls = () => {
    const counters = system.simulators.school.control.counters;
    return { support: counters.get('POST /v2.0/ext/statistics/supportMeasures') ?? 0, absence: counters.get('POST /v2.0/ext/statistics/absenceSinceStart') ?? 0 };
  };
  const school = async (filter: string, figures = supportMeasures) => {
    const result = await gql<{ statistics: Json }>(system, 'analytiker1', query(filter, figures));
    expect(result.errors).toBeUndefined();
    return result.data?.statistics.school as Json;
  };
  /** Each child the school platform has enrolled, with the day their family's coordination began. */
  const enrolled = () => new Map(system.population.families.flatMap((f) => f.children.flatMap((c) => (c.school ? [[c.personnummer, { child: c, startedOn: f.startedOn }] as const] : []))));
  /** Children whose follow-up consent covering SUPPORT_MEASURES holds today, as recorded. */
  const consenting = async () =>
    (
      await system.db.query<{ personnummer: string }>(
        `SELECT DISTINCT c.child_personnummer AS personnummer FROM consents c JOIN consent_scope s ON s.consent_id = c.id
         WHERE c.purpose = 'FOLLOW_UP' AND s.category = 'SUPPORT_MEASURES' AND c.revoked_at IS NULL AND c.valid_until >= CURRENT_DATE
           AND NOT EXISTS (SELECT 1 FROM consent_parties p WHERE p.consent_id = c.id AND p.decision IS DISTINCT FROM 'GIVEN')`,
      )
    ).map((r) => r.personnummer);
  const latestSchoolReleases = (n: number) =>
    system.db.query<Json>("SELECT actor, child_personnummer, categories, reason FROM audit_events WHERE kind = 'STATISTICAL_RELEASE' AND source = 'school' ORDER BY seq DESC LIMIT $1", [n]);

  it('gives per kind the children with support in place at the start and at the end, as the platform records it, in one call for all families and one for a team', async () => {
    const before = calls();
    const all = (await school('lastQuarters: 8')).supportMeasures as Json;
    expect(calls()).toEqual({ support: before.support + 1, absence: before.absence });
    // Every family is in coordination within the last eight quarters: the children counted are
    // all those enrolled whose consent covers support measures, and what the records say of them.
    const platform = enrolled();
    const counted = (await consenting()).flatMap((p) => platform.get(p) ?? []);
    expect(all.children).toEqual({ value: counted.length, suppressed: false, reason: null });
    expect(counted.length).toBeGreaterThan(50);
    expect(all.byKind.map((k: Json) => k.kind)).toEqual(kinds);
    for (const k of all.byKind as Json[]) {
      const decided = counted.map(({ child, startedOn }) => ({
        startedOn,
        on: child.school?.supportMeasures.filter((m) => (k.kind === 'ACTION_PROGRAMME' ? m.actionProgramme : m.kind === k.kind)).map((m) => m.decidedOn) ?? [],
      }));
      const atStart = decided.filter((d) => d.on.some((day) => day <= `${d.startedOn.slice(0, 7)}-01`)).length;
      const atEnd = decided.filter((d) => d.on.length > 0).length;
      expect(atEnd, k.kind).toBeGreaterThanOrEqual(threshold);
      expect(k.atEnd, k.kind).toEqual({ value: atEnd, suppressed: false, reason: null });
      expect(k.shareAtEnd.value, k.kind).toBe(Math.round((100 * atEnd) / counted.length) / 100);
      if (!k.atStart.suppressed) expect([k.atStart.value, k.shareAtStart.value], k.kind).toEqual([atStart, Math.round((100 * atStart) / counted.length) / 100]);
      if (!k.atStart.suppressed) expect(k.atEnd.value, k.kind).toBeGreaterThanOrEqual(k.atStart.value);
      expect(k.atEnd.value, k.kind).toBeLessThanOrEqual(all.children.value);
    }

    const team = (await school('lastQuarters: 8, teamId: "team-3"')).supportMeasures as Json;
    expect(calls()).toEqual({ support: before.support + 2, absence: before.absence });
    expect(team.children.value).toBeGreaterThan(0);
    expect(team.children.value).toBeLessThan(all.children.value);
  });

  it('asks the platform only for the figures asked, and writes a release for each to the school’s audit trail first', async () => {
    const start = calls();
    await school('lastQuarters: 4', absence);
    expect(calls()).toEqual({ support: start.support, absence: start.absence + 1 });
    const support = await school('lastQuarters: 4');
    expect(calls()).toEqual({ support: start.support + 1, absence: start.absence + 1 });
    const [release] = await latestSchoolReleases(1);
    expect(release).toMatchObject({ actor: 'analytiker1', child_personnummer: '', categories: ['school.supportMeasures'] });
    // The release names the children of the signed cohort, enrolled or not: at least those counted.
    const reason = JSON.parse(release?.reason);
    expect(reason).toMatchObject({ threshold, teamId: null });
    expect(reason.children).toBeGreaterThanOrEqual(support.supportMeasures.children.value);

    const both = await school('lastQuarters: 4', `${absence} ${supportMeasures}`);
    expect(both.children.value).toBeGreaterThan(0);
    expect(both.supportMeasures.children).toEqual(support.supportMeasures.children);
    expect(calls()).toEqual({ support: start.support + 2, absence: start.absence + 2 });
    expect((await latestSchoolReleases(2)).map((r) => r.categories[0]).sort()).toEqual(['school.absenceByTermSinceStart', 'school.supportMeasures']);
  });

  it('counts nothing and asks the platform nothing for a forged cohort', async () => {
    const start = calls();
    const res = await callSubgraph(
      `${system.subgraphs.school.url}/graphql`,
      await system.token('analytiker1'),
      {
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on Statistics { school { ${supportMeasures} } } } }`,
        variables: { r: [{ __typename: 'Statistics', key: 'k', schoolCohort: 'forged.cohort.token' }] },
      },
      system.signingKey,
    );
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    expect(JSON.stringify(res.body.data ?? {})).not.toMatch(/"value":\d/);
    expect(calls()).toEqual(start);
  });

  it('no longer counts a child whose follow-up consent is narrowed to leave support measures out, or revoked', async () => {
    const counts = async () => {
      const s = await school('lastQuarters: 8', `${absence} ${supportMeasures}`);
      return { absence: s.children.value as number, support: s.supportMeasures.children.value as number };
    };
    // Follow-up consents of koordinator1's families, in force, covering attendance and support
    // measures, each the child's only one: the child's count rests on it alone.
    const candidates = await system.db.query<{ id: string; child: string; by: string; scope: string[] }>(
      `SELECT c.id, c.child_personnummer AS child, min(p.personnummer) AS by, array_agg(DISTINCT s.agency || ' ' || s.category) AS scope
       FROM consents c JOIN consent_scope s ON s.consent_id = c.id JOIN consent_parties p ON p.consent_id = c.id AND p.role = 'GUARDIAN'
       WHERE c.purpose = 'FOLLOW_UP' AND c.revoked_at IS NULL AND c.valid_until >= CURRENT_DATE
         AND NOT EXISTS (SELECT 1 FROM consent_parties q WHERE q.consent_id = c.id AND q.decision IS DISTINCT FROM 'GIVEN')
         AND NOT EXISTS (SELECT 1 FROM consents o WHERE o.purpose = 'FOLLOW_UP' AND o.child_personnummer = c.child_personnummer AND o.id <> c.id AND o.revoked_at IS NULL)
         AND EXISTS (SELECT 1 FROM family_members m JOIN assignments a ON a.family_id = m.family_id WHERE m.personnummer = c.child_personnummer AND a.username = 'koordinator1')
       GROUP BY c.id, c.child_personnummer
       HAVING bool_or(s.category = 'SUPPORT_MEASURES') AND bool_or(s.category = 'ATTENDANCE')`,
    );
    const platform = enrolled();
    const [narrowed, revoked] = candidates.filter((c) => platform.has(c.child));
    expect(revoked).toBeDefined();
    const before = await counts();

    const remaining = new Map<string, string[]>();
    for (const [agency, category] of (narrowed?.scope ?? []).map((s) => s.split(' ') as [string, string]))
      if (category !== 'SUPPORT_MEASURES') remaining.set(agency, [...(remaining.get(agency) ?? []), category]);
    const narrowing = await gql(system, 'koordinator1', 'mutation($i: NarrowConsentInput!) { narrowConsent(input: $i) { id } }', {
      i: { consentId: narrowed?.id, reason: 'Inte stödinsatser', scope: [...remaining].map(([agency, categories]) => ({ agency, categories })) },
    });
    expect(narrowing.errors).toBeUndefined();
    // Still counted for absence: the consent covers attendance as before.
    expect(await counts()).toEqual({ absence: before.absence, support: before.support - 1 });

    const revocation = await gql(system, 'koordinator1', 'mutation($i: RevokeConsentInput!) { revokeConsent(input: $i) { status } }', {
      i: { consentId: revoked?.id, revokedBy: revoked?.by, reason: 'Vill inte räknas' },
    });
    expect(revocation.errors).toBeUndefined();
    expect(await counts()).toEqual({ absence: before.absence - 1, support: before.support - 2 });
  });

  it('narrowed to one team, hides every count under the threshold and every count or share that would give one back', async () => {
    const s = (await school('lastQuarters: 8, teamId: "team-3"')).supportMeasures as Json;
    const cells: [string, Json][] = [
      ['children', s.children],
      ...(s.byKind as Json[]).flatMap((k) =>
        Object.entries(k)
          .filter(([name]) => name !== 'kind')
          .map(([name, c]) => [`${k.kind}.${name}`, c] as [string, Json]),
      ),
    ];
    expect(cells.some(([, c]) => c.suppressed)).toBe(true);
    for (const [path, c] of cells) {
      if (c.suppressed) expect(c.reason, path).toMatch(/^(SMALL_COUNT|COMPLEMENTARY|SMALL_BASE)$/);
      else expect(c.value, path).not.toBeNull();
      if (!c.suppressed && !path.includes('share')) expect(small(c.value), path).toBe(false);
    }
    const children = s.children.value as number;
    for (const k of s.byKind as Json[]) {
      // Those without it, and those it came to since the start, are counts of the answer too.
      if (!k.atStart.suppressed) expect(small(children - k.atStart.value), `${k.kind} without at the start`).toBe(false);
      if (!k.atEnd.suppressed) expect(small(children - k.atEnd.value), `${k.kind} without at the end`).toBe(false);
      if (!k.atStart.suppressed && !k.atEnd.suppressed) expect(small(k.atEnd.value - k.atStart.value), `${k.kind} since the start`).toBe(false);
      // A share with the children counted gives its count back: hidden with it.
      expect(k.shareAtStart.suppressed || !k.atStart.suppressed, k.kind).toBe(true);
      expect(k.shareAtEnd.suppressed || !k.atEnd.suppressed, k.kind).toBe(true);
    }
  });
});
