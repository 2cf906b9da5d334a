import { type AgencyRequestContext, cohortSize, countCell, ratioCell, statisticalRelease, statisticsCohort } from '@lotsen/kit';
import type { SchoolPlatform } from './adapters/ss12000.js';

type Ctx = AgencyRequestContext<SchoolPlatform>;
type Reference = { key: string; schoolCohort?: unknown };

/**
 * The school's follow-up figures (docs/analysts.md): over the cohort the registry signed for this
 * request, one call to the platform's cohort report whatever the number of children, the release
 * written to the school's audit trail before anything is answered.
 */
export async function schoolStatistics(ref: Reference, _: unknown, ctx: Ctx) {
  const cohort = await statisticsCohort(ctx, ref.schoolCohort);
  const startedIn = cohort.members.ATTENDANCE ?? {};
  await ctx.auditLog.append([
    statisticalRelease(ctx, ['school.absenceByTermSinceStart'], { from: cohort.from, to: cohort.to, ...cohort.filter, children: cohortSize(startedIn), threshold: cohort.threshold }),
  ]);
  // The platform sums per term relative to each child's start: nothing about a child comes back.
  const rows = await ctx.agency.absenceSinceStart(startedIn, cohort.to);
  const enrolled = rows.find((r) => r.termsSinceStart === 0)?.students ?? 0;
  return {
    children: countCell(enrolled, cohort.threshold),
    absenceByTermSinceStart: rows.map((r) => ({
      termsSinceStart: r.termsSinceStart,
      children: countCell(r.students, cohort.threshold),
      absencePercent: ratioCell(r.offeredSum > 0 ? (100 * r.absenceSum) / r.offeredSum : 0, r.students, cohort.threshold),
    })),
  };
}
