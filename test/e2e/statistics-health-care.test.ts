import { healthRecords } from '@lotsen/health-care';
import type { AgencyHttp } from '@lotsen/kit';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fhirR4Problems } from '../../services/dashboard/test/fhir-r4.js';
import { gql } from './graphql.js';
import { callSubgraph } from './signed.js';

type Json = Record<string, any>;
const unitTypeOf: Record<string, string> = { BUP: 'BUP', Habiliteringen: 'HABILITATION', 'Vårdcentralen Centrum': 'PRIMARY_CARE' };
const measure = 'POST /fhir/Measure/vardkontakter-per-enhetstyp/$evaluate-measure';
const query = `query($f: StatisticsFilter!) { statistics(filter: $f) { from to threshold healthCare {
  children { ...C }
  careContactsByYear { year from to childrenWithoutContact { ...C } byUnitType { unitType children { ...C } contacts { ...C } contactsPerChild { value suppressed reason } } }
} } }
fragment C on Count { value suppressed reason }`;

describe('health care’s follow-up figures: care contacts per year and unit type, counted by health care over the children who consent', () => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem({ families: 300 });
  });
  afterAll(() => system?.close());

  const ask = async (f: Json) => {
    const result = await gql<{ statistics: Json }>(system, 'analytiker1', query, { f });
    expect(result.errors).toBeUndefined();
    return result.data?.statistics as Json;
  };
  const calls = () => ({ measure: system.simulators.healthCare.control.counters.get(measure) ?? 0, all: system.simulators.healthCare.control.total() });
  /** The children the registry names for health care under a filter: its signed cohort as coordination gives it to the gateway, read without its check. */
  const cohortOf = async (f: Json): Promise<string[]> => {
    const res = await callSubgraph(
      `${system.subgraphs.coordination.url}/graphql`,
      await system.token('analytiker1'),
      { query: 'query($f: StatisticsFilter!) { statistics(filter: $f) { healthCareCohort } }', variables: { f } },
      system.signingKey,
    );
    const token: string = res.body.data?.statistics.healthCareCohort ?? '';
    const payload = token.split('.')[1] ?? '';
    const members: Record<string, string[]> = JSON.parse(Buffer.from(payload, 'base64url').toString()).cohort.members.CARE_CONTACTS ?? {};
    return Object.values(members).flat();
  };
  /** What the figures should be, summed straight from the seeded records: children and contacts per `year unitType`, in the period. */
  const expected = (cohort: string[], from: string, to: string) => {
    const records = new Map(system.population.families.flatMap((f) => f.children).map((c) => [c.personnummer, c.health]));
    const sums = new Map<string, { children: Set<string>; contacts: number }>();
    for (const pnr of cohort)
      for (const e of records.get(pnr)?.encounters ?? []) {
        if (e.date < from || e.date > to) continue;
        const key = `${e.date.slice(0, 4)} ${unitTypeOf[e.organisation]}`;
        const sum = sums.get(key) ?? { children: new Set<string>(), contacts: 0 };
        sum.children.add(pnr);
        sum.contacts += 1;
        sums.set(key, sum);
      }
    return (year: number, unitType: string) => ({ children: sums.get(`${year} ${unitType}`)?.children.size ?? 0, contacts: sums.get(`${year} ${unitType}`)?.contacts ?? 0 });
  };
  /** Every figure of an answer checked against the records: shown values exact and none under the threshold, suppressed ones with a reason. */
  const checkAgainstRecords = async (s: Json, f: Json) => {
    const cohort = await cohortOf(f);
    const want = expected(cohort, s.from, s.to);
    const count = (cell: Json, value: number, where: string) => {
      if (cell.suppressed) expect(cell.reason, where).toMatch(/^(SMALL_COUNT|COMPLEMENTARY)$/);
      else expect(cell.value, where).toBe(value);
      if (!cell.suppressed) expect(cell.value === 0 || cell.value >= s.threshold, where).toBe(true);
    };
    count(s.healthCare.children, cohort.length, 'children');
    for (const y of s.healthCare.careContactsByYear as Json[]) {
      expect(y.byUnitType.map((u: Json) => u.unitType)).toEqual(['BUP', 'HABILITATION', 'PRIMARY_CARE']);
      // The seeded children have one unit each: those without a contact are the rest of the cohort.
      count(y.childrenWithoutContact, cohort.length - y.byUnitType.reduce((n: number, u: Json) => n + want(y.year, u.unitType).children, 0), `${y.year} without`);
      for (const u of y.byUnitType as Json[]) {
        const { children, contacts } = want(y.year, u.unitType);
        count(u.children, children, `${y.year} ${u.unitType} children`);
        count(u.contacts, contacts, `${y.year} ${u.unitType} contacts`);
        // Contacts and contacts per child go with their children; a mean only over a base of the threshold.
        expect(u.contacts.suppressed).toBe(u.children.suppressed);
        if (u.children.suppressed || children < s.threshold) expect(u.contactsPerChild.suppressed).toBe(true);
        else expect(u.contactsPerChild.value).toBe(Math.round((10 * contacts) / children) / 10);
        if (u.contactsPerChild.suppressed) expect(u.contactsPerChild.reason).toBe(u.children.reason === 'COMPLEMENTARY' ? 'COMPLEMENTARY' : 'SMALL_BASE');
      }
    }
    return cohort;
  };
  /** The calendar quarter `back` quarters before the present one, as a filter's period. */
  const quarter = (back: number) => {
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
    const month = Number(today.slice(0, 4)) * 12 + Math.floor((Number(today.slice(5, 7)) - 1) / 3) * 3 - 3 * back;
    const day = (m: number, d: number) => new Date(Date.UTC(Math.floor(m / 12), m % 12, d)).toISOString().slice(0, 10);
    return { from: day(month, 1), to: day(month + 3, 0) };
  };

  it('sums the region’s records over the consenting children, per year of the period and unit type, in one call whatever the number of children', async () => {
    const before = calls();
    const all = await ask({ lastQuarters: 8 });
    expect(calls()).toEqual({ measure: before.measure + 1, all: before.all + 1 });
    const years = all.healthCare.careContactsByYear as Json[];
    expect(years.map((y) => [y.year, y.from, y.to])).toEqual([
      [Number(all.from.slice(0, 4)), all.from, `${all.from.slice(0, 4)}-12-31`],
      [Number(all.to.slice(0, 4)), `${all.to.slice(0, 4)}-01-01`, all.to],
    ]);
    const cohort = await checkAgainstRecords(all, { lastQuarters: 8 });
    expect(cohort.length).toBeGreaterThan(50);
    // The seeded encounters are of the last 300 days: this year has contacts at every unit type, each shown.
    const thisYear = years.at(-1)?.byUnitType as Json[];
    for (const u of thisYear) expect(u.children.value, u.unitType).toBeGreaterThan(all.threshold);
    const perChild = thisYear.map((u) => u.contactsPerChild.value as number);
    for (const r of perChild) expect(r >= 1 && r <= 4).toBe(true);
    // One team: fewer children, still one call.
    const team = await ask({ lastQuarters: 8, teamId: 'team-3' });
    expect(calls()).toEqual({ measure: before.measure + 2, all: before.all + 2 });
    expect(team.healthCare.children.value).toBeLessThan(all.healthCare.children.value);
  });

  it('narrowed to one team, hides small cells with one more of their year, and tells why', async () => {
    const reasons: string[] = [];
    for (const f of [{ lastQuarters: 8 }, quarter(0), quarter(1), quarter(2), quarter(3)].map((p) => ({ ...p, teamId: 'team-3' }))) {
      const s = await ask(f);
      await checkAgainstRecords(s, f);
      for (const y of s.healthCare.careContactsByYear as Json[]) {
        // A year's line: the children without a contact and at each unit type, with the cohort its total.
        const line = [y.childrenWithoutContact, ...y.byUnitType.map((u: Json) => u.children), s.healthCare.children];
        expect(
          line.filter((c) => c.suppressed),
          `${JSON.stringify(f)} ${y.year}`,
        ).not.toHaveLength(1);
        reasons.push(...line.filter((c) => c.suppressed).map((c) => c.reason));
      }
    }
    expect(reasons).toContain('SMALL_COUNT');
  });

  it('does not count a child whose follow-up consent is revoked, nor the child’s contacts', async () => {
    const f = { lastQuarters: 8 };
    const candidates = await system.db.query<{ id: string; child: string; by: string }>(
      `SELECT c.id, c.child_personnummer AS child, p.personnummer AS by FROM consents c JOIN consent_scope s ON s.consent_id = c.id JOIN consent_parties p ON p.consent_id = c.id
       JOIN assignments a ON a.family_id = (SELECT family_id FROM family_members m WHERE m.personnummer = c.child_personnummer)
       WHERE c.purpose = 'FOLLOW_UP' AND s.category = 'CARE_CONTACTS' AND c.revoked_at IS NULL AND p.role = 'GUARDIAN' AND a.username = 'koordinator1'
         AND (SELECT count(*) FROM consents o JOIN consent_scope os ON os.consent_id = o.id WHERE o.child_personnummer = c.child_personnummer AND o.purpose = 'FOLLOW_UP' AND os.category = 'CARE_CONTACTS') = 1`,
    );
    const counted = new Set(await cohortOf(f));
    const patient = (pnr: string) => system.population.families.flatMap((fam) => fam.children).find((c) => c.personnummer === pnr)?.health;
    const target = candidates.find((c) => counted.has(c.child) && (patient(c.child)?.encounters.length ?? 0) > 0);
    if (!target) throw new Error('no counted child of koordinator1 with care contacts and one follow-up consent covering them');
    // The seeded encounters of a child are at one unit, within the last 300 days.
    const encounters = patient(target.child)?.encounters ?? [];
    const year = encounters[0]?.date.slice(0, 4) ?? '';
    const unitType = unitTypeOf[encounters[0]?.organisation ?? ''];
    const cellOf = (s: Json) => (s.healthCare.careContactsByYear as Json[]).find((y) => y.year === Number(year))?.byUnitType.find((u: Json) => u.unitType === unitType);
    const before = await ask(f);
    const revoked = await gql(system, 'koordinator1', 'mutation($i: RevokeConsentInput!) { revokeConsent(input: $i) { status } }', {
      i: { consentId: target.id, revokedBy: target.by, reason: 'Vill inte räknas' },
    });
    expect(revoked.errors).toBeUndefined();
    const after = await ask(f);
    expect(after.healthCare.children.value).toBe(before.healthCare.children.value - 1);
    expect(cellOf(after).children.value).toBe(cellOf(before).children.value - 1);
    expect(cellOf(after).contacts.value).toBe(cellOf(before).contacts.value - encounters.filter((e) => e.date.startsWith(year)).length);
    await checkAgainstRecords(after, f);
  });

  it('writes health care’s release to its own audit trail, and answers a forged or missing cohort with nothing, asking the records nothing', async () => {
    await ask({ lastQuarters: 4, teamId: 'team-3' });
    const [release] = await system.db.query<Json>(
      "SELECT source, actor, child_personnummer, categories, reason FROM audit_events WHERE kind = 'STATISTICAL_RELEASE' AND source = 'health-care' ORDER BY seq DESC LIMIT 1",
    );
    expect(release).toMatchObject({ source: 'health-care', actor: 'analytiker1', child_personnummer: '', categories: ['healthCare.careContactsByYear'] });
    expect(JSON.parse(release?.reason)).toMatchObject({ teamId: 'team-3', threshold: 5 });
    const entities = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Statistics { healthCare { children { value } } } } }';
    const before = calls();
    for (const cohort of [null, '', 'forged.cohort.token', 'eyJhbGciOiJub25lIn0.eyJ4IjoxfQ.']) {
      const res = await callSubgraph(
        `${system.subgraphs.healthCare.url}/graphql`,
        await system.token('analytiker1'),
        { query: entities, variables: { r: [{ __typename: 'Statistics', key: 'k', healthCareCohort: cohort }] } },
        system.signingKey,
      );
      expect(res.body.errors?.[0]?.extensions?.code, String(cohort)).toBe('UNAVAILABLE');
      expect(JSON.stringify(res.body.data ?? {})).not.toMatch(/"value":\d/);
    }
    const coordinator = await callSubgraph(
      `${system.subgraphs.healthCare.url}/graphql`,
      await system.token('koordinator1'),
      { query: entities, variables: { r: [{ __typename: 'Statistics', key: 'k', healthCareCohort: 'x' }] } },
      system.signingKey,
    );
    expect(coordinator.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(calls()).toEqual(before);
  });

  it('sends the region a valid FHIR R4 Parameters with the cohort as a Group, and reads its MeasureReport back into the sums', async () => {
    const cohort = await cohortOf({ lastQuarters: 4, teamId: 'team-3' });
    const sent: { resourceType: string }[] = [];
    const http: Pick<AgencyHttp, 'report'> = {
      report: async (url, data) => {
        sent.push(data as { resourceType: string });
        const res = await fetch(`${system.simulators.healthCare.url}${url}`, { method: 'POST', headers: { 'content-type': 'application/fhir+json' }, body: JSON.stringify(data) });
        return { data: await res.json(), status: res.status } as never;
      },
    };
    const rows = await healthRecords(http as AgencyHttp).careContactReport(cohort, '2026-01-01', '2026-12-31');
    expect(sent).toHaveLength(1);
    expect(fhirR4Problems(sent[0] as { resourceType: string })).toEqual([]);
    expect(JSON.stringify(sent[0])).toContain(cohort[0]);
    const want = expected(cohort, '2026-01-01', '2026-12-31');
    const units = { bup: 'BUP', habilitering: 'HABILITATION', primarvard: 'PRIMARY_CARE' } as Record<string, string>;
    const byUnit = rows.filter((r) => r.unitType !== null);
    expect(byUnit.length).toBeGreaterThan(0);
    for (const r of byUnit) expect({ children: r.patients, contacts: r.encounters }).toEqual(want(r.year, units[r.unitType as string] as string));
    const year = rows.find((r) => r.unitType === null);
    expect(year?.encounters).toBe(byUnit.reduce((n, r) => n + r.encounters, 0));
  });
});
