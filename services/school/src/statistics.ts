import { type AgencyRequestContext, type Cohort, releasedReport, statisticsCohort, suppressedCountCell, suppressedRatioCell } from '@lotsen/kit';
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

export const schoolStatisticsFields = {
  // The platform sums per term relative to each child's start: nothing about a child comes back.
  children: async ({ cohort, absence }: SchoolFigures) => suppressedCountCell((await absence()).find((r) => r.termsSinceStart === 0)?.students ?? 0, cohort.threshold),
  absenceByTermSinceStart: async ({ cohort, absence }: SchoolFigures) =>
    (await absence()).map((r) => ({
      termsSinceStart: r.termsSinceStart,
      children: suppressedCountCell(r.students, cohort.threshold),
      absencePercent: suppressedRatioCell(r.offeredSum > 0 ? (100 * r.absenceSum) / r.offeredSum : 0, r.students, cohort.threshold),
    })),
  supportMeasures: async ({ cohort }: SchoolFigures, _: unknown, ctx: Ctx) =>
    supportMeasuresFigure(await releasedReport(ctx, cohort, 'school.supportMeasures', 'SUPPORT_MEASURES', (startedIn) => ctx.agency.supportMeasuresInPlace(startedIn, cohort.to)), cohort.threshold),
};
