import { type AgencyRequestContext, type Cohort, GrantError, statisticalRelease } from '@lotsen/kit';
import { GraphQLError } from 'graphql';
import type { SchoolPlatform } from './adapters/ss12000.js';

type Ctx = AgencyRequestContext<SchoolPlatform>;
type Reference = { key: string; schoolCohort?: unknown };
type Cell = { value: number | null; suppressed: boolean; reason: string | null };

const termIndex = (term: string) => Number(term.slice(0, 4)) * 2 + (term.endsWith('HT') ? 1 : 0);
/** The term index of a month (YYYY-MM): January to June is the spring term. */
const termOfMonth = (month: string) => Number(month.slice(0, 4)) * 2 + (Number(month.slice(5, 7)) <= 6 ? 0 : 1);
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
  const months = cohort.members.ATTENDANCE ?? {};
  const startedIn = new Map(Object.entries(months).flatMap(([month, children]) => children.map((c) => [c, month] as const)));
  await ctx.auditLog.append([
    statisticalRelease(ctx, ['school.absenceByTermSinceStart'], { from: cohort.from, to: cohort.to, ...cohort.filter, children: startedIn.size, threshold: cohort.threshold }),
  ]);
  const earliest = [cohort.to.slice(0, 7), ...Object.keys(months)].sort()[0] as string;
  // From the term before the earliest start: a spring term's is the autumn before, an autumn term's the spring.
  const from = Number(earliest.slice(5, 7)) <= 6 ? `${Number(earliest.slice(0, 4)) - 1}-07-01` : `${earliest.slice(0, 4)}-01-01`;
  const rows = await ctx.agency.attendanceByTerm([...startedIn.keys()], from, cohort.to);
  const byOffset = new Map<number, { children: Set<string>; offered: number; absent: number }>();
  for (const r of rows) {
    const start = startedIn.get(r.civicNo);
    if (!start) continue;
    const offset = termIndex(r.term) - termOfMonth(start);
    if (offset < -1) continue;
    const row = byOffset.get(offset) ?? { children: new Set<string>(), offered: 0, absent: 0 };
    row.children.add(r.civicNo);
    row.offered += r.offeredSum;
    row.absent += r.absenceSum;
    byOffset.set(offset, row);
  }
  const enrolled = new Set(rows.map((r) => r.civicNo)).size;
  return {
    children: count(enrolled, cohort.threshold),
    absenceByTermSinceStart: [...byOffset.entries()]
      .sort(([a], [b]) => a - b)
      .map(([termsSinceStart, r]) => ({
        termsSinceStart,
        children: count(r.children.size, cohort.threshold),
        absencePercent: share(r.offered > 0 ? (100 * r.absent) / r.offered : 0, r.children.size, cohort.threshold),
      })),
  };
}
