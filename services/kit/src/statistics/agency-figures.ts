import { GraphQLError } from 'graphql';
import type { Cohort } from '../consent/cohort.js';
import { GrantError } from '../consent/grant.js';
import type { AgencyContext } from '../subgraph/context.js';

/** A count or a mean as the schema's Count and Ratio cells. */
export type FigureCell = { value: number | null; suppressed: boolean; reason: string | null };

/** A count that stands alone (the rows of an agency figure overlap in children): hidden under the threshold. */
export const countCell = (n: number, threshold: number): FigureCell =>
  n > 0 && n < threshold ? { value: null, suppressed: true, reason: 'SMALL_COUNT' } : { value: n, suppressed: false, reason: null };

/** A mean or share over `base` children, to one decimal, hidden when the base is under the threshold. */
export const ratioCell = (value: number, base: number, threshold: number): FigureCell =>
  base < threshold ? { value: null, suppressed: true, reason: 'SMALL_BASE' } : { value: Math.round(value * 10) / 10, suppressed: false, reason: null };

/**
 * The cohort an agency figure may count (docs/analysts.md, "Agency figures"): only for analysts and
 * team leads, and only when the registry's signature, caller, request and agency check out;
 * otherwise nothing is counted and nothing is asked of the agency's system.
 */
export async function statisticsCohort(ctx: AgencyContext, token: unknown): Promise<Cohort> {
  if (ctx.identity.role !== 'ANALYST' && ctx.identity.role !== 'TEAM_LEAD')
    throw new GraphQLError('Statistiken är för analytiker och teamledare / statistics are for analysts and team leads', { extensions: { code: 'FORBIDDEN' } });
  try {
    return await ctx.cohort(token);
  } catch (error) {
    if (error instanceof GrantError) throw new GraphQLError('Urvalet kunde inte kontrolleras, så inget räknas / the cohort could not be checked', { extensions: { code: 'UNAVAILABLE' } });
    throw error;
  }
}

/** How many children a cohort names in a category. */
export const cohortSize = (months: Record<string, string[]> | undefined) => Object.values(months ?? {}).reduce((n, list) => n + list.length, 0);
