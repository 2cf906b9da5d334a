import { type Agency, agencyOf, todayInSweden } from '@lotsen/kit';
import { consentStatus } from '../consent/status.js';
import { custodyOn } from '../register/population-register.js';
import { type AgencyActionRow, actionCandidates } from '../store/agency-actions.js';
import { covered, organisationOf } from '../tenancy/coverage.js';
import type { CoordinationContext as Ctx } from './context.js';
import { forbidden } from './errors.js';

/**
 * What agency staff see of the families in coordination: only SIP actions their agency is
 * responsible for, of families living where their organisation covers (docs/tenancy.md), of a plan their agency takes part in, and only for
 * children whose active consent with purpose SIP names their agency. That a family is in
 * coordination at all is secret from an agency without consent, so anything else is left out:
 * an action appears with the consented children's given names and nothing more.
 */
export async function visibleAgencyActions(ctx: Ctx, filter: { statuses?: readonly string[] | null; actionId?: string | null }) {
  const { role, agency } = ctx.identity;
  if (role !== 'AGENCY_STAFF' || !agency) throw forbidden('Insatslistan är till för personal i verksamheterna / agency actions are for agency staff');
  // Staff whose token names no organisation the store knows cover nothing: fail closed.
  const municipalities = covered(await organisationOf(ctx.db, ctx.identity));
  if (municipalities.length === 0) return [];
  const candidates = await actionCandidates(ctx.db, agency, municipalities, filter);
  const consented = await sharingWith(
    ctx,
    agency,
    candidates.flatMap((c) => c.children.map((child) => child.personnummer)),
  );
  return candidates.flatMap((row): (Omit<AgencyActionRow, 'children'> & { children: string[] })[] => {
    const children = row.children.filter((c) => consented.has(c.personnummer));
    return children.length === 0 ? [] : [{ ...row, children: children.map((c) => c.givenName) }];
  });
}

/** The children whose active SIP consent, with today's custodians, covers some data of `agency`. */
async function sharingWith(ctx: Ctx, agency: Agency, children: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(children)];
  if (unique.length === 0) return new Set();
  const { consents, register } = await ctx.reading(unique);
  // Custody unknown: no consent can be shown to hold, so nothing is shown.
  if (!register) return new Set();
  const today = todayInSweden(ctx.now);
  return new Set(
    unique.filter((child) => {
      const custodians = custodyOn(register.get(child), today);
      return (consents.get(child) ?? []).some(
        (c) => c.purpose === 'SIP' && c.scope.some((s) => agencyOf(s.category) === agency) && consentStatus(c, custodians, ctx.now, ctx.policy).status === 'ACTIVE',
      );
    }),
  );
}
