import { AgencyError, type AgencyHttp, type AuditEvent, type Cohort, cellKeyOf, magnitudeShare, perturbationTable, perturbCount } from '@lotsen/kit';
import { describe, expect, it } from 'vitest';
import { type AbsenceSinceStartRow, type SupportMeasuresInPlace, schoolPlatform } from '../src/adapters/ss12000.js';
import { schoolStatistics, schoolStatisticsFields } from '../src/statistics.js';
import { supportMeasuresFigure } from '../src/support-measures-figure.js';

const threshold = 5;
const D = perturbationTable.maxDeviation;
const published = (n: number, keys: number) => perturbCount(perturbationTable, n, cellKeyOf(keys));
/** What a count cell must be for n people with those keys: the table's value, or hidden when it is 1-4. */
const countOf = (n: number, keys: number) => {
  const value = published(n, keys);
  return value > 0 && value < threshold ? { value: null, suppressed: true, reason: 'SMALL_COUNT', perturbed: true } : { value, suppressed: false, reason: null, perturbed: true };
};
/** A key under which the table publishes n as `wanted`, found by trying keys in turn. */
const keyPublishing = (n: number, wanted: (v: number) => boolean) => Array.from({ length: 4000 }, (_, i) => (i * 1_073_741 + 17) % 2 ** 32).find((k) => wanted(published(n, k))) as number;

describe('the school’s support measures, by the cell key method', () => {
  const report: SupportMeasuresInPlace = {
    students: 120,
    keySum: 3_000_000_001,
    inPlace: [
      { kind: 'EXTRA_ADAPTATIONS', atStart: 8, atStartKeySum: 11, atEnd: 45, atEndKeySum: 4_000_000_000 },
      { kind: 'SPECIAL_SUPPORT', atStart: 2, atStartKeySum: keyPublishing(2, (v) => v === 3), atEnd: 9, atEndKeySum: 77 },
    ],
  };

  it('publishes the children counted and each kind at the start and the end as the table gives them for their own children and key, within D', () => {
    const figure = supportMeasuresFigure(report, threshold);
    expect(figure.children).toEqual(countOf(120, 3_000_000_001));
    expect(figure.byKind.map((k) => k.kind)).toEqual(['EXTRA_ADAPTATIONS', 'SPECIAL_SUPPORT', 'ACTION_PROGRAMME']);
    const [extra, special, programme] = figure.byKind;
    expect([extra?.atStart, extra?.atEnd]).toEqual([countOf(8, 11), countOf(45, 4_000_000_000)]);
    expect([special?.atStart, special?.atEnd]).toEqual([countOf(2, report.inPlace[1]?.atStartKeySum as number), countOf(9, 77)]);
    for (const [cell, truth] of [
      [figure.children, 120],
      [extra?.atStart, 8],
      [extra?.atEnd, 45],
      [special?.atEnd, 9],
    ] as const) {
      if (cell?.suppressed) expect(truth).toBeLessThanOrEqual(4 + D);
      else expect(Math.abs((cell?.value as number) - truth)).toBeLessThanOrEqual(D);
    }
    // A kind no child has: zeros, shown as such.
    expect(programme?.atStart).toEqual({ value: 0, suppressed: false, reason: null, perturbed: true });
    expect(programme?.shareAtEnd).toEqual({ value: 0, suppressed: false, reason: null, perturbed: true });
  });

  it('gives each share as the published count over the published children, and withholds it with a withheld count', () => {
    const figure = supportMeasuresFigure(report, threshold);
    const [extra, special] = figure.byKind;
    const children = published(120, 3_000_000_001);
    expect(extra?.shareAtEnd).toEqual({ value: Math.round((100 * published(45, 4_000_000_000)) / children) / 100, suppressed: false, reason: null, perturbed: true });
    // Two children with särskilt stöd at the start, published as 3: hidden, and so is their share, which times the children would give it back.
    expect(special?.atStart).toEqual({ value: null, suppressed: true, reason: 'SMALL_COUNT', perturbed: true });
    expect(special?.shareAtStart).toEqual(special?.atStart);
  });

  it('withholds every share when the children counted are published under the threshold, and hides no count for another’s sake', () => {
    const few: SupportMeasuresInPlace = { students: 6, keySum: keyPublishing(6, (v) => v === 4), inPlace: [{ kind: 'EXTRA_ADAPTATIONS', atStart: 0, atStartKeySum: 0, atEnd: 6, atEndKeySum: 5 }] };
    const figure = supportMeasuresFigure(few, threshold);
    expect(figure.children.reason).toBe('SMALL_COUNT');
    for (const k of figure.byKind) {
      expect([k.shareAtStart.reason, k.shareAtEnd.reason], k.kind).toEqual(['SMALL_BASE', 'SMALL_BASE']);
      expect(k.atStart, k.kind).toEqual({ value: 0, suppressed: false, reason: null, perturbed: true });
    }
    expect(figure.byKind[0]?.atEnd).toEqual(countOf(6, 5));
  });

  it('answers the same report the same', () => {
    expect(supportMeasuresFigure(report, threshold)).toEqual(supportMeasuresFigure(structuredClone(report), threshold));
  });
});

describe('the school’s absence since the start, by the cell key method', () => {
  const absenceRow = (termsSinceStart: number, students: number, keySum: number, percent: number, largestAbsenceShare: number): AbsenceSinceStartRow => ({
    termsSinceStart,
    students,
    keySum,
    offeredSum: students * 36_000,
    absenceSum: Math.round((students * 36_000 * percent) / 100),
    largestAbsenceShare,
  });
  const rows = [
    absenceRow(-1, 200, 123_456, 12.7, 0.9),
    absenceRow(0, 200, 123_456, 10.1, 0.6),
    absenceRow(1, 40, 4_000_000_321, 8.2, 0.3),
    absenceRow(
      2,
      6,
      keyPublishing(6, (v) => v === 4),
      6.3,
      0.2,
    ),
  ];

  const figures = async (given: AbsenceSinceStartRow[]) => {
    const order: string[] = [];
    const cohort: Cohort = { agency: 'SCHOOL', members: { ATTENDANCE: { '2025-09': ['child-1'] } }, from: '2025-01-01', to: '2026-12-31', threshold, filter: {} };
    const ctx = {
      identity: { username: 'analytiker1', role: 'ANALYST', teamId: null },
      requestId: 'r',
      operationName: null,
      documentHash: null,
      cohort: async () => cohort,
      auditLog: { append: async (_: AuditEvent[]) => void order.push('audit') },
      agency: {
        absenceSinceStart: async () => {
          order.push('ask');
          return given;
        },
      },
    };
    const school = await schoolStatistics({ key: 'k', schoolCohort: 'signed' }, undefined, ctx as never);
    return { children: await schoolStatisticsFields.children(school), terms: await schoolStatisticsFields.absenceByTermSinceStart(school), order };
  };

  it('counts the children of the term the start fell in, and every term’s children, as cells of their own', async () => {
    const { children, terms, order } = await figures(rows);
    expect(children).toEqual(countOf(200, 123_456));
    expect(terms.map((t) => [t.termsSinceStart, t.children])).toEqual(rows.map((r) => [r.termsSinceStart, countOf(r.students, r.keySum)]));
    // One call, after the release: both fields rest on the same report.
    expect(order).toEqual(['audit', 'ask']);
    expect((await figures([])).children).toEqual({ value: 0, suppressed: false, reason: null, perturbed: true });
  });

  it('moves each term’s absence percent by no more than its count’s deviation and half the largest student’s share over the published count, and withholds it over a published count under the threshold', async () => {
    const { terms } = await figures(rows);
    for (const [i, r] of rows.entries()) {
      const cell = terms[i]?.absencePercent;
      const truth = (100 * r.absenceSum) / r.offeredSum;
      expect(cell?.perturbed).toBe(true);
      const n = published(r.students, r.keySum);
      if (n < threshold) {
        expect(cell, String(r.termsSinceStart)).toEqual({ value: null, suppressed: true, reason: 'SMALL_BASE', perturbed: true });
        continue;
      }
      // (n·p + noise) / n′, the noise at most E times the largest student's percent.
      const bound = (truth * Math.abs(n - r.students)) / n + (magnitudeShare * 100 * r.largestAbsenceShare) / n + 0.05;
      expect(Math.abs((cell?.value as number) - truth), String(r.termsSinceStart)).toBeLessThanOrEqual(bound);
    }
    expect(terms[3]?.absencePercent.reason).toBe('SMALL_BASE');
  });
});

describe('the school platform’s reports as the school reads them', () => {
  const platform = (data: unknown) => schoolPlatform({ report: async () => ({ data: { data }, status: 200 }) } as unknown as AgencyHttp, () => '2026-11-23');
  const startedIn = { '2026-01': ['201001012386'] };

  it('reads key sums and largest shares as given', async () => {
    const row = { termsSinceStart: 0, students: 6, keySum: 4_294_967_295, offeredSum: 216_000, absenceSum: 21_600, largestAbsenceShare: 0.25 };
    expect(await platform([row]).absenceSinceStart(startedIn, '2026-11-23')).toEqual([row]);
    const inPlace = { students: 6, keySum: 5, inPlace: [{ kind: 'SPECIAL_SUPPORT', atStart: 1, atStartKeySum: 7, atEnd: 2, atEndKeySum: 9 }] };
    expect(await platform(inPlace).supportMeasuresInPlace(startedIn, '2026-11-23')).toEqual(inPlace);
  });

  it('refuses a report without a key sum or largest share as the platform not answering (nothing is published)', async () => {
    const row = { termsSinceStart: 0, students: 6, keySum: 5, offeredSum: 216_000, absenceSum: 21_600, largestAbsenceShare: 0.25 };
    for (const broken of [
      { ...row, keySum: undefined },
      { ...row, keySum: -3 },
      { ...row, keySum: 2 ** 32 },
      { ...row, largestAbsenceShare: undefined },
    ]) {
      const failed = await platform([broken])
        .absenceSinceStart(startedIn, '2026-11-23')
        .catch((e: unknown) => e);
      expect(failed, JSON.stringify(broken)).toBeInstanceOf(AgencyError);
    }
    const failed = await platform({ students: 6, keySum: 5, inPlace: [{ kind: 'SPECIAL_SUPPORT', atStart: 1, atEnd: 2, atEndKeySum: 9 }] })
      .supportMeasuresInPlace(startedIn, '2026-11-23')
      .catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(AgencyError);
  });
});
