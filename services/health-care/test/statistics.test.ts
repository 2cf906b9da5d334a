import { AgencyError, type AgencyHttp, type AuditEvent, type Cohort, cellKeyOf, perturbationTable, perturbCount, recordKeyModulus } from '@lotsen/kit';
import type { MeasureReport } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { type CareContactReport, type CareContactRow, healthRecords, keySumExtension } from '../src/adapters/fhir.js';
import { healthCareStatistics } from '../src/statistics.js';

const threshold = 5;
const D = perturbationTable.maxDeviation;
/** The published value of n people whose keys sum to `keys`, straight from the table. */
const published = (n: number, keys: number) => perturbCount(perturbationTable, n, cellKeyOf(keys));
/** What a count cell must be for n people with those keys: the table's value, or hidden when it is 1-4. */
const countOf = (n: number, keys: number) => {
  const value = published(n, keys);
  return value > 0 && value < threshold ? { value: null, suppressed: true, reason: 'SMALL_COUNT', perturbed: true } : { value, suppressed: false, reason: null, perturbed: true };
};

/** The figure over a cohort for which the region's measure answers `report`; what was audited and asked, in order. */
async function figure(children: number, report: CareContactReport, period = { from: '2026-01-01', to: '2026-12-31' }) {
  const order: string[] = [];
  const audited: AuditEvent[] = [];
  const asked: unknown[][] = [];
  const cohort: Cohort = {
    agency: 'HEALTH_CARE',
    members: { CARE_CONTACTS: { '2026-01': Array.from({ length: children }, (_, i) => `child-${i}`) } },
    ...period,
    threshold,
    filter: { teamId: 'team-1' },
  };
  const ctx = {
    identity: { username: 'analytiker1', role: 'ANALYST', teamId: null },
    requestId: 'request-1',
    operationName: null,
    documentHash: null,
    cohort: async () => cohort,
    auditLog: {
      append: async (events: AuditEvent[]) => {
        order.push('audit');
        audited.push(...events);
      },
    },
    agency: {
      careContactReport: async (...args: unknown[]) => {
        order.push('ask');
        asked.push(args);
        return report;
      },
    },
  };
  const answer = await healthCareStatistics({ key: 'k', healthCareCohort: 'signed' }, undefined, ctx as never);
  return { answer, order, audited, asked };
}
const row = (year: number, unitType: string | null, patients: number, keySum: number, encounters: number): CareContactRow => ({ year, unitType, patients, keySum, encounters });

/** A year's truth: the children of the cohort with contacts at each unit type, and those with any. */
const cohortKeys = 2_000_000_000;
const twentySix = [row(2026, null, 30, 3_000_000_000, 63), row(2026, 'bup', 20, 1_234_567_890, 50), row(2026, 'habilitering', 3, 987_654_321, 4), row(2026, 'primarvard', 7, 777_777_777, 9)];

describe('health care’s care contacts per year and unit type, by the cell key method', () => {
  it('publishes every count as the table gives it for its own children and their key, within D of the truth, perturbed', async () => {
    const { answer } = await figure(40, { named: { children: 40, keySum: cohortKeys }, rows: twentySix });
    expect(answer.children).toEqual(countOf(40, cohortKeys));
    const [year] = answer.careContactsByYear;
    for (const [i, [code, truth]] of (
      [
        ['bup', 20],
        ['habilitering', 3],
        ['primarvard', 7],
      ] as const
    ).entries()) {
      const r = twentySix.find((x) => x.unitType === code) as CareContactRow;
      const u = year?.byUnitType[i];
      expect(u?.children, code).toEqual(countOf(truth, r.keySum));
      if (u?.children.suppressed) expect(truth, code).toBeLessThanOrEqual(4 + D);
      else expect(Math.abs((u?.children.value ?? -99) - truth), code).toBeLessThanOrEqual(D);
    }
    for (const { cell, truth } of [
      { cell: answer.children, truth: 40 },
      { cell: year?.childrenWithoutContact, truth: 10 },
    ]) {
      expect(cell?.perturbed).toBe(true);
      if (cell?.suppressed) expect(truth).toBeLessThanOrEqual(4 + D);
      else expect(Math.abs((cell?.value ?? -99) - truth)).toBeLessThanOrEqual(D);
    }
  });

  it('counts those without a contact as a cell of their own: the cohort less the year’s patients, in people and in keys (modulo 2³²)', async () => {
    // The year's patients' keys sum to more than the cohort's: their difference wraps round 2³².
    const { answer } = await figure(40, { named: { children: 40, keySum: cohortKeys }, rows: twentySix });
    expect(answer.careContactsByYear[0]?.childrenWithoutContact).toEqual(countOf(10, cohortKeys - 3_000_000_000 + recordKeyModulus));
    // A cohort with nobody in contact: those without a contact are the cohort itself, key and all.
    const none = await figure(25, { named: { children: 25, keySum: 12345 }, rows: [] });
    expect(none.answer.careContactsByYear[0]?.childrenWithoutContact).toEqual(none.answer.children);
  });

  it('perturbs a group’s contacts by its children’s key, hides them with its children, and gives contacts per child from the published counts', async () => {
    const { answer } = await figure(40, { named: { children: 40, keySum: cohortKeys }, rows: twentySix });
    const [bup, habilitation] = answer.careContactsByYear[0]?.byUnitType ?? [];
    expect(bup?.contacts).toEqual(countOf(50, 1_234_567_890));
    expect(bup?.contactsPerChild).toEqual({ value: Math.round((10 * published(50, 1_234_567_890)) / published(20, 1_234_567_890)) / 10, suppressed: false, reason: null, perturbed: true });
    // Three children: their count is 0 or withheld, and never their contacts, nor a rate over them.
    expect(habilitation?.children.value ?? 0).not.toBe(3);
    expect(habilitation?.contactsPerChild).toMatchObject({ value: null, suppressed: true, reason: 'SMALL_BASE' });
    if (habilitation?.children.suppressed) expect(habilitation.contacts).toEqual(habilitation.children);
    else expect(habilitation?.contacts.value).toBe(published(4, 987_654_321));
  });

  it('hides a count whose published value is 1-4, and a rate over a published base under the threshold; no cell is hidden for another’s sake', async () => {
    // Keys chosen so that the table publishes 3 children at each unit type (hidden) and the rest as they come.
    const hiddenKey = Array.from({ length: 1000 }, (_, i) => i * 4_294_967).find((k) => published(3, k) === 3) as number;
    const rows = [row(2026, null, 9, 5, 30), row(2026, 'bup', 3, hiddenKey, 10), row(2026, 'habilitering', 3, hiddenKey, 10), row(2026, 'primarvard', 3, hiddenKey, 10)];
    const { answer } = await figure(30, { named: { children: 30, keySum: 7 }, rows });
    const [year] = answer.careContactsByYear;
    for (const u of year?.byUnitType ?? []) {
      expect(u.children, u.unitType).toEqual({ value: null, suppressed: true, reason: 'SMALL_COUNT', perturbed: true });
      expect(u.contacts, u.unitType).toEqual(u.children);
      expect(u.contactsPerChild.reason, u.unitType).toBe('SMALL_BASE');
    }
    // The children without a contact and the cohort are shown on their own: not hidden to protect the others.
    expect(year?.childrenWithoutContact).toEqual(countOf(21, (7 - 5 + recordKeyModulus) % recordKeyModulus));
    expect(answer.children).toEqual(countOf(30, 7));
    for (const cell of [answer.children, year?.childrenWithoutContact, ...(year?.byUnitType ?? []).flatMap((u) => [u.children, u.contacts, u.contactsPerChild])])
      if (cell?.suppressed) expect(cell.reason).toMatch(/^(SMALL_COUNT|SMALL_BASE)$/);
  });

  it('answers the same question the same, and gives every year the period touches with every unit type, zeros shown as 0', async () => {
    const report = { named: { children: 25, keySum: 99 }, rows: [row(2026, null, 6, 11, 9), row(2026, 'bup', 6, 11, 9)] };
    const first = await figure(25, report, { from: '2025-10-01', to: '2026-03-31' });
    const again = await figure(25, report, { from: '2025-10-01', to: '2026-03-31' });
    expect(again.answer).toEqual(first.answer);
    expect(first.answer.careContactsByYear.map((y) => [y.year, y.from, y.to])).toEqual([
      [2025, '2025-10-01', '2025-12-31'],
      [2026, '2026-01-01', '2026-03-31'],
    ]);
    const zero = { value: 0, suppressed: false, reason: null, perturbed: true };
    expect(first.answer.careContactsByYear[0]?.byUnitType).toEqual(
      ['BUP', 'HABILITATION', 'PRIMARY_CARE'].map((unitType) => ({
        unitType,
        children: zero,
        contacts: zero,
        contactsPerChild: { value: null, suppressed: true, reason: 'SMALL_BASE', perturbed: true },
      })),
    );
    expect(first.answer.careContactsByYear[0]?.childrenWithoutContact).toEqual(countOf(25, 99));
    expect(first.answer.careContactsByYear[1]?.byUnitType[0]?.children).toEqual(countOf(6, 11));
  });

  it('writes the release to the audit trail before asking the region once, for the whole cohort and period', async () => {
    const { order, audited, asked } = await figure(12, { named: { children: 12, keySum: 1 }, rows: [] }, { from: '2026-04-01', to: '2026-09-30' });
    expect(order).toEqual(['audit', 'ask']);
    expect(audited).toMatchObject([{ kind: 'STATISTICAL_RELEASE', actor: 'analytiker1', childPersonnummer: '', categories: ['healthCare.careContactsByYear'] }]);
    expect(JSON.parse(audited[0]?.reason ?? '{}')).toEqual({ from: '2026-04-01', to: '2026-09-30', teamId: 'team-1', children: 12, threshold });
    expect(asked).toEqual([[Array.from({ length: 12 }, (_, i) => `child-${i}`), '2026-04-01', '2026-09-30']]);
  });
});

describe('the measure’s report as health care reads it', () => {
  const code = (c: string) => ({ coding: [{ system: 'urn:lotsen:fhir:vardkontakter', code: c }] });
  const initial = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/measure-population', code: 'initial-population' }] };
  const keyed = (count: number, keySum?: number | string) => [{ code: initial, count, ...(keySum === undefined ? {} : { extension: [{ url: keySumExtension, valueDecimal: keySum as number }] }) }];
  const year = { code: code('ar'), value: { text: '2026' } };
  const bup = { code: code('enhetstyp'), value: { coding: [{ system: 'urn:lotsen:fhir:enhetstyp', code: 'bup' }] } };
  const measureReport = (patientKeys: number | undefined, cohortKeys: number | undefined): MeasureReport => ({
    resourceType: 'MeasureReport',
    status: 'complete',
    type: 'summary',
    measure: 'urn:lotsen:fhir:measure:vardkontakter-per-enhetstyp',
    period: { start: '2026-01-01', end: '2026-12-31' },
    group: [
      {
        code: code('patienter'),
        population: keyed(6, patientKeys),
        stratifier: [{ stratum: [{ component: [year], population: keyed(6, patientKeys) }] }, { stratum: [{ component: [year, bup], population: keyed(6, patientKeys) }] }],
      },
      {
        code: code('vardkontakter'),
        population: keyed(14),
        stratifier: [{ stratum: [{ component: [year], population: keyed(14) }] }, { stratum: [{ component: [year, bup], population: keyed(14) }] }],
      },
      { code: code('urval'), population: keyed(20, cohortKeys) },
    ],
  });
  const read = (report: MeasureReport) =>
    healthRecords({ report: async () => ({ data: report, status: 200 }) } as unknown as AgencyHttp).careContactReport(['201001012386'], '2026-01-01', '2026-12-31');

  it('reads each stratum’s patients with their key sum, its encounters, and the children named with theirs', async () => {
    expect(await read(measureReport(4_294_967_295, 17))).toEqual({
      named: { children: 20, keySum: 17 },
      rows: [
        { year: 2026, unitType: null, patients: 6, keySum: 4_294_967_295, encounters: 14 },
        { year: 2026, unitType: 'bup', patients: 6, keySum: 4_294_967_295, encounters: 14 },
      ],
    });
  });

  it('refuses a report without a key sum, or with one that is not an integer under 2³², as the region not answering (nothing is published)', async () => {
    for (const [patients, cohort] of [
      [undefined, 17],
      [5, undefined],
      [2 ** 32, 17],
      [-1, 17],
      [1.5, 17],
    ] as const) {
      const failed = await read(measureReport(patients, cohort)).catch((e: unknown) => e);
      expect(failed, `${patients} ${cohort}`).toBeInstanceOf(AgencyError);
      expect((failed as AgencyError).kind).toBe('UNAVAILABLE');
    }
  });
});
