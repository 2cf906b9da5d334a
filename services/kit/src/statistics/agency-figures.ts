import { isAxiosError } from 'axios';
import { GraphQLError } from 'graphql';
import { AgencyError, failureMessage, toAgencyError } from '../agency/errors.js';
import { statisticalRelease } from '../audit/statistical-release.js';
import type { Cohort, CohortMembers } from '../consent/cohort.js';
import { GrantError } from '../consent/grant.js';
import type { DataCategory } from '../domain/agencies.js';
import type { AgencyContext } from '../subgraph/context.js';

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

/**
 * One agency figure's report (docs/analysts.md, "Agency figures"): its statistical release written
 * to the agency's audit trail first (who, which figure, which filter, how many children), then one
 * call to the agency system with the cohort's children of the figure's category. When the system
 * fails or does not answer in time, the figure is UNAVAILABLE with the reason in words and nothing
 * is counted; never an internal error.
 */
export async function releasedReport<T>(ctx: AgencyContext, cohort: Cohort, figure: string, category: DataCategory, call: (startedIn: CohortMembers) => Promise<T>): Promise<T> {
  const startedIn = cohort.members[category] ?? {};
  await ctx.auditLog.append([statisticalRelease(ctx, [figure], { from: cohort.from, to: cohort.to, ...cohort.filter, children: cohortSize(startedIn), threshold: cohort.threshold })]);
  try {
    return await call(startedIn);
  } catch (error) {
    // A fault of ours (a bug) stays an internal error, logged; only the agency system's is told.
    if (!(error instanceof AgencyError) && !isAxiosError(error)) throw error;
    const failed = toAgencyError(cohort.agency, error);
    throw new GraphQLError(`${failureMessage(failed.kind)}, så inget räknas / the agency system did not answer (${failed.kind}), so nothing is counted`, { extensions: { code: 'UNAVAILABLE' } });
  }
}
