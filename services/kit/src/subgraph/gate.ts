import { failureMessage, toAgencyError } from '../agency/errors.js';
import { type Decision, unavailable } from '../consent/decision.js';
import { type Agency, agencyOf, type DataCategory } from '../domain/agencies.js';
import { agencyManifest } from '../domain/agency-manifest.js';
import type { AgencyContext, GrantedChild } from './context.js';

export type Section = { __typename: string } & Record<string, unknown>;

/**
 * The consent gate in front of every agency section. The agency system is called only after
 * a permit for this child and category, and, where the agency's system records blocks (spärr),
 * only when no block of the person's there withholds the category: a block beats any consent,
 * and a block that cannot be read withholds the section too (docs/consent.md, "Blocks at the
 * agency (spärr)"). A denial, a missing record and an agency failure are each a distinct type in
 * the schema, so the rest of the view still renders.
 */
export async function gated<T extends object>(ctx: AgencyContext, child: GrantedChild, category: DataCategory, typename: string, load: () => Promise<T | null>): Promise<Section> {
  const agency = agencyOf(category);
  const { personnummer } = child;
  const decision = await decisionOf(ctx, child, category);
  if (!decision.permit) {
    await ctx.audit.denied(personnummer, category, decision.reason);
    return { __typename: 'AccessDenied', agency, category, reason: decision.reason, message: decision.message };
  }
  const { blocked } = ctx;
  if (blocked) {
    let isBlocked: boolean;
    try {
      isBlocked = await ctx.audit.whileLoading(() => blocked(personnummer, category));
    } catch (error) {
      return failed(ctx, agency, category, error);
    }
    if (isBlocked) {
      await ctx.audit.denied(personnummer, category, 'BLOCKED_AT_AGENCY');
      return { __typename: 'AccessDenied', agency, category, reason: 'BLOCKED_AT_AGENCY', message: blockedMessage(agency) };
    }
  }
  let data: T | null;
  try {
    data = await ctx.audit.whileLoading(load);
  } catch (error) {
    return failed(ctx, agency, category, error);
  }
  // "Not recorded" tells something about the child too: it is released, and audited, like data.
  try {
    await ctx.audit.disclosed(personnummer, category, decision.consentId);
  } catch (error) {
    ctx.log.error({ agency, category, err: error instanceof Error ? error.message : String(error) }, 'audit write failed; withholding the section');
    return { __typename: 'AccessDenied', agency, category, reason: 'UNAVAILABLE', message: auditUnavailable };
  }
  return data === null ? { __typename: 'NotRecorded', agency, category } : { __typename: typename, ...data };
}

export const auditUnavailable = 'Åtkomsten kunde inte loggas, så inget lämnas ut';

/** A block's sentence: where, and that consent does not lift it; never what it covers or which unit. */
export const blockedMessage = (agency: Agency) => `Uppgifterna är spärrade hos ${agencyManifest[agency].inSentence} och visas inte här, oavsett samtycke`;

/** An agency call that failed, its blocks' or its records': the section says the agency did not answer. */
function failed(ctx: AgencyContext, agency: Agency, category: DataCategory, error: unknown): Section {
  const failure = toAgencyError(agency, error);
  ctx.log.warn({ agency, category, kind: failure.kind, detail: failure.message }, 'agency call failed');
  return { __typename: 'AgencyUnavailable', agency, category, kind: failure.kind, message: failureMessage(failure.kind) };
}

/**
 * The registry's decision for this child and category, from the grant the request carried. A
 * missing, forged, expired or misbound grant is a denial (UNAVAILABLE), never a permit.
 */
async function decisionOf(ctx: AgencyContext, child: GrantedChild, category: DataCategory): Promise<Decision> {
  // The refusal is logged where the grant is checked, once per child.
  return ctx.granted(child).then(
    (body) => body.decisions[category] ?? unavailable,
    () => unavailable,
  );
}
