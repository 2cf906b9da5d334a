import { todayInSweden } from '@lotsen/kit';
import { consentStatus, type DerivedStatus, pendingText } from '../consent/status.js';
import { custodyOn } from '../register/population-register.js';
import type { StoredConsent } from '../store/consents.js';
import type { CoordinationContext as Ctx } from './context.js';

const currentCustody = async (ctx: Ctx, child: string) => custodyOn((await ctx.loaders.registered.load(child)) ?? undefined, todayInSweden(ctx.now));

/** Null when the register did not answer: the consent is then not shown to hold (see statusTextOf). */
export const custodyOrNull = (ctx: Ctx, child: string) => currentCustody(ctx, child).catch(() => null);

/** A consent's status today, with today's custodians; null when custody could not be read. */
export async function statusOf(c: StoredConsent, ctx: Ctx): Promise<DerivedStatus | null> {
  const custody = await custodyOrNull(ctx, c.childPersonnummer);
  return custody ? consentStatus(c, custody, ctx.now, ctx.policy) : null;
}

/** Why a consent does not hold, in Swedish (null when it does). */
export function statusTextOf(c: StoredConsent, s: DerivedStatus | null): string | null {
  if (!s) return 'Folkbokföringen svarar inte, så vårdnaden och samtycket kunde inte kontrolleras';
  if (s.status === 'ACTIVE') return null;
  // The day in Sweden: a revocation late in the evening is that day's, not the next UTC one's.
  if (s.status === 'REVOKED') return `Återkallat ${c.revocation ? todayInSweden(new Date(c.revocation.at)) : ''}`.trim();
  if (s.status === 'EXPIRED') return `Gällde till och med ${c.validUntil}`;
  return pendingText(s.waitingFor, c.validFrom);
}
