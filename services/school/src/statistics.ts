import { type AgencyRequestContext, type Cohort, type Counted, countCell, meanCell, nobody, releasedReport, statisticsCohort } from '@lotsen/kit';
import type { AbsenceSinceStartRow, SchoolPlatform } from './adapters/ss12000.js';
import { supportMeasuresFigure } from './support-measures-figure.js';

type Ctx = AgencyRequestContext<SchoolPlatform>;
type Reference = { key: string; schoolCohort?: unknown };
/** The checked cohort, and the absence report that two fields rest on, asked at most once. */
type SchoolFigures = { cohort: Cohort; absence: () => Promise<AbsenceSinceStartRow[]> };

/**
 * The school's follow-up figures (docs/analysts.md): over the cohort the registry signed for this
 * request, each figure asked makes one call to the platform's report for it, whatever the number
 * of children, and one that is not asked makes none.
 */
export async function schoolStatistics(ref: Reference, _: unknown, ctx: Ctx): Promise<SchoolFigures> {
  const cohort = await statisticsCohort(ctx, ref.schoolCohort);
  let absence: Promise<AbsenceSinceStartRow[]> | undefined;
  return {
    cohort,
    absence: () => {
      absence ??= releasedReport(ctx, cohort, 'school.absenceByTermSinceStart', 'ATTENDANCE', (startedIn) => ctx.agency.absenceSinceStart(startedIn, cohort.to));
      return absence;
    },
  };
}

/** A row's students as one cell: their count and the sum of their record keys, as the platform gave them. */
const studentsOf = (r: AbsenceSinceStartRow): Counted => ({ n: r.students, keys: r.keySum });

/**
 * A term's absence percent by the cell key method (docs/analysts.md, "Agency figures"): the
 * percent of the offered time as a mean over the row's students, the sum it rests on (the percent
 * times the count) moved by the largest single student's absence percent scaled by E, over the
 * published count. So one student more or less moves the published percent no more clearly than
 * the noise does, and a percent over a published count under the threshold is withheld.
 */
function absencePercent(r: AbsenceSinceStartRow, threshold: number) {
  const percent = r.offeredSum > 0 ? (100 * r.absenceSum) / r.offeredSum : 0;
  return meanCell(studentsOf(r), percent * r.students, 100 * r.largestAbsenceShare, `absence.${r.termsSinceStart}`, threshold, 1);
}

export const schoolStatisticsFields = {
  // The platform sums per term relative to each child's start: nothing about a child comes back.
  children: async ({ cohort, absence }: SchoolFigures) => {
    const start = (await absence()).find((r) => r.termsSinceStart === 0);
    return countCell(start ? studentsOf(start) : nobody, cohort.threshold);
  },
  absenceByTermSinceStart: async ({ cohort, absence }: SchoolFigures) =>
    (await absence()).map((r) => ({
      termsSinceStart: r.termsSinceStart,
      children: countCell(studentsOf(r), cohort.threshold),
      absencePercent: absencePercent(r, cohort.threshold),
    })),
  supportMeasures: async ({ cohort }: SchoolFigures, _: unknown, ctx: Ctx) =>
    supportMeasuresFigure(await releasedReport(ctx, cohort, 'school.supportMeasures', 'SUPPORT_MEASURES', (startedIn) => ctx.agency.supportMeasuresInPlace(startedIn, cohort.to)), cohort.threshold),
};
