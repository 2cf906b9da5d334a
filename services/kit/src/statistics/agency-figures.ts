import { isAxiosError } from 'axios';
import { GraphQLError } from 'graphql';
import { AgencyError, failureMessage, toAgencyError } from '../agency/errors.js';
import { statisticalRelease } from '../audit/statistical-release.js';
import type { Cohort, CohortMembers } from '../consent/cohort.js';
import { GrantError } from '../consent/grant.js';
import type { Agency, DataCategory } from '../domain/agencies.js';
import type { AgencyContext } from '../subgraph/context.js';
import { recordKeyModulus } from './cell-key.js';

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

/**
 * A sum of record keys as an agency's report gives it (docs/agency-systems.md): an integer in
 * [0, 2³²), as a number or as digits. Without one the cell's key is unknown, and a cell published
 * with a made-up key would be perturbed the same way for everyone (no protection at all): the
 * report is then not one the figure can be published from, and the figure is UNAVAILABLE.
 */
export function reportedKeySum(agency: Agency, value: unknown): number {
  const n = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n >= recordKeyModulus) throw new AgencyError(agency, 'UNAVAILABLE', 'the report gave no sum of record keys for a cell');
  return n;
}

/**
 * The largest single contribution to a magnitude as an agency's report gives it (the most days of
 * one child, the largest absence share of one student): a non-negative number, or the figure is
 * UNAVAILABLE, as a mean moved by a made-up amount would not be protected.
 */
export function reportedLargest(agency: Agency, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new AgencyError(agency, 'UNAVAILABLE', 'the report gave no largest single contribution for a magnitude');
  return value;
}
