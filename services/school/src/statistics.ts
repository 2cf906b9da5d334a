import { type AgencyRequestContext, type Cohort, GrantError, statisticalRelease } from '@lotsen/kit';
import { GraphQLError } from 'graphql';
import type { SchoolPlatform } from './adapters/ss12000.js';

type Ctx = AgencyRequestContext<SchoolPlatform>;
type Reference = { key: string; schoolCohort?: unknown };
type Cell = { value: number | null; suppressed: boolean; reason: string | null };

// Each row's count stands alone (the rows overlap in children); a share needs a base of the threshold.
const count = (n: number, threshold: number): Cell => (n > 0 && n < threshold ? { value: null, suppressed: true, reason: 'SMALL_COUNT' } : { value: n, suppressed: false, reason: null });
const share = (value: number, base: number, threshold: number): Cell =>
  base < threshold ? { value: null, suppressed: true, reason: 'SMALL_BASE' } : { value: Math.round(value * 10) / 10, suppressed: false, reason: null };

/**
 * The school's follow-up figures (docs/analysts.md): over the cohort the registry signed for this
 * request, one call to the platform's statistics export whatever the number of children, the
 * release written to the school's audit trail before anything is answered.
 */
export async function schoolStatistics(ref: Reference, _: unknown, ctx: Ctx) {
  if (ctx.identity.role !== 'ANALYST' && ctx.identity.role !== 'TEAM_LEAD')
    throw new GraphQLError('Statistiken är för analytiker och teamledare / statistics are for analysts and team leads', { extensions: { code: 'FORBIDDEN' } });
  let cohort: Cohort;
  try {
    cohort = await ctx.cohort(ref.schoolCohort);
  } catch (error) {
    if (error instanceof GrantError) throw new GraphQLError('Urvalet kunde inte kontrolleras, så skolan räknar inget / the cohort could not be checked', { extensions: { code: 'UNAVAILABLE' } });
    throw error;
  }
  const startedIn = cohort.members.ATTENDANCE ?? {};
  const children = Object.values(startedIn).reduce((n, list) => n + list.length, 0);
  await ctx.auditLog.append([statisticalRelease(ctx, ['school.absenceByTermSinceStart'], { from: cohort.from, to: cohort.to, ...cohort.filter, children, threshold: cohort.threshold })]);
  // The platform sums per term relative to each child's start: nothing about a child comes back.
  const rows = await ctx.agency.absenceSinceStart(startedIn, cohort.to);
  const enrolled = rows.find((r) => r.termsSinceStart === 0)?.students ?? 0;
  return {
    children: count(enrolled, cohort.threshold),
    absenceByTermSinceStart: rows.map((r) => ({
      termsSinceStart: r.termsSinceStart,
      children: count(r.students, cohort.threshold),
      absencePercent: share(r.offeredSum > 0 ? (100 * r.absenceSum) / r.offeredSum : 0, r.students, cohort.threshold),
    })),
  };
}
