import { isAxiosError } from 'axios';
import { GraphQLError } from 'graphql';
import { AgencyError, failureMessage, toAgencyError } from '../agency/errors.js';
import type { Cohort } from '../consent/cohort.js';
import { GrantError } from '../consent/grant.js';
import type { Agency } from '../domain/agencies.js';
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
 * An agency system's report for a figure: when it fails or does not answer in time, the figure is
 * UNAVAILABLE with the reason in words, and nothing is counted; never an internal error.
 */
export async function agencyReport<T>(agency: Agency, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    // A fault of ours (a bug) stays an internal error, logged; only the agency system's is told.
    if (!(error instanceof AgencyError) && !isAxiosError(error)) throw error;
    const failed = toAgencyError(agency, error);
    throw new GraphQLError(`${failureMessage(failed.kind)}, så inget räknas / the agency system did not answer (${failed.kind}), so nothing is counted`, { extensions: { code: 'UNAVAILABLE' } });
  }
}
