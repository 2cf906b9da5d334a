import { todayInSweden } from '@lotsen/kit';
import { consentStatus, type DerivedStatus, pendingText } from '../consent/status.js';
import { custodyOn, type RegisterRelation, relationsOn } from '../register/population-register.js';
import type { StoredConsent } from '../store/consents.js';
import type { CoordinationContext as Ctx } from './context.js';

const registered = (ctx: Ctx, child: string) => ctx.loaders.registered.load(child).then((p) => p ?? undefined);

/** Null when the register did not answer: the consent is then not shown to hold (see statusTextOf). */
export const custodyOrNull = (ctx: Ctx, child: string) =>
  registered(ctx, child)
    .then((p) => custodyOn(p, todayInSweden(ctx.now)))
    .catch(() => null);

/** The child's guardians with custody today with their names, in the order positions count them; empty when the register did not answer. */
export const custodiansNamed = (ctx: Ctx, child: string): Promise<RegisterRelation[]> =>
  registered(ctx, child)
    .then((p) => relationsOn(p, 'V', todayInSweden(ctx.now)))
    .catch(() => []);

/** A consent's status today, with today's custodians; null when custody could not be read. */
export async function statusOf(c: StoredConsent, ctx: Ctx): Promise<DerivedStatus | null> {
  const custody = await custodyOrNull(ctx, c.childPersonnummer);
  return custody ? consentStatus(c, custody, ctx.now, ctx.policy) : null;
}

/**
 * Why a consent does not hold, in Swedish (null when it does). A guardian it waits for is named as
 * the register names them ("Väntar på Anna Lindberg (vårdnadshavare)"); without a name, by their
 * place among the custodians ("Väntar på vårdnadshavare 2").
 */
export function statusTextOf(c: StoredConsent, s: DerivedStatus | null, custodians: readonly Pick<RegisterRelation, 'givenName' | 'familyName'>[] = []): string | null {
  if (!s) return 'Folkbokföringen svarar inte, så vårdnaden och samtycket kunde inte kontrolleras';
  if (s.status === 'ACTIVE') return null;
  // The day in Sweden: a revocation late in the evening is that day's, not the next UTC one's.
  if (s.status === 'REVOKED') return `Återkallat ${c.revocation ? todayInSweden(new Date(c.revocation.at)) : ''}`.trim();
  if (s.status === 'EXPIRED') return `Gällde till och med ${c.validUntil}`;
  const waited = s.waitingFor?.role === 'GUARDIAN' && s.waitingFor.position > 0 ? custodians[s.waitingFor.position - 1] : undefined;
  const name = waited ? `${waited.givenName} ${waited.familyName}`.trim() : '';
  return name ? `Väntar på ${name} (vårdnadshavare)` : pendingText(s.waitingFor, c.validFrom);
}

/** statusTextOf with the child's custodians read for it. */
export async function statusTextFor(c: StoredConsent, s: DerivedStatus | null, ctx: Ctx): Promise<string | null> {
  return statusTextOf(c, s, s?.status === 'PENDING' ? await custodiansNamed(ctx, c.childPersonnummer) : []);
}
