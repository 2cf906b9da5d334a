import { randomUUID } from 'node:crypto';
import { todayInSweden } from '@lotsen/kit';
import { closedReadableDays } from '../store/families.js';
import { type ClosingReason, closeFamilyRows, reopenFamilyRow } from '../store/family-closing.js';
import { insertFollowUp } from '../store/follow-up.js';
import { saveOccupations } from '../store/occupations.js';
import type { CoordinationContext as Ctx } from './context.js';
import { badInput, forbidden } from './errors.js';
import { cleanText, fields } from './text.js';

const areas = ['HOME_LIFE', 'SCHOOL', 'LEISURE', 'PARENTS_OCCUPATION'] as const;

export interface CloseFamilyInput {
  familyId: string;
  date: string;
  reason: ClosingReason;
  reasonText?: string | null;
  followUp: { area: string; rating: number; comment?: string | null }[];
  parentsOccupation: string[];
}

/** The family a coordinator assigned to it, or its team's lead, may close or reopen. */
async function familyToClose(ctx: Ctx, familyId: string) {
  if (ctx.identity.role !== 'COORDINATOR' && ctx.identity.role !== 'TEAM_LEAD')
    throw forbidden('Bara koordinatorer och teamledare avslutar en familj / only coordinators and team leads close a family');
  const family = /^[0-9a-f-]{36}$/i.test(familyId) ? await ctx.loaders.family.load(familyId) : null;
  if (!family) throw forbidden('Familjen finns inte bland dina / no such family among yours');
  return family;
}

/**
 * Closes a family's coordination (docs/consent.md, "When coordination ends"): the day, the reason,
 * and a closing follow-up of every outcome area and of the parents' occupation, in one
 * transaction with the end of its consents for coordination and for a SIP. From then on no
 * agency datum is read for its children (FAMILY_CLOSED); it leaves the work list, and stays
 * readable to its team and its guardians for a stated period, in which it may be reopened.
 */
export async function closeFamily(ctx: Ctx, input: CloseFamilyInput) {
  const family = await familyToClose(ctx, input.familyId);
  if (family.closedOn) throw badInput(`Familjen avslutades redan ${family.closedOn} / the family is closed already`);
  const today = todayInSweden(ctx.now);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date) || input.date > today) throw badInput('Avslutsdagen är i dag eller tidigare / the closing day is today or earlier');
  const [started] = await ctx.db.query<{ startedOn: string }>('SELECT started_on AS "startedOn" FROM families WHERE id = $1', [family.id]);
  if (started && input.date < started.startedOn) throw badInput(`Avslutsdagen kan inte vara före starten ${started.startedOn} / before the start`);
  const reasonText = cleanText(input.reasonText ?? '', fields.closingReasonText, input.reason !== 'OTHER');
  const missing = areas.filter((a) => !input.followUp.some((f) => f.area === a));
  if (missing.length > 0 || input.followUp.length !== areas.length) throw badInput('Avslutande uppföljning: en skattning för vart och ett av de fyra områdena / one rating for each of the four areas');
  if (input.followUp.some((f) => !Number.isInteger(f.rating) || f.rating < 1 || f.rating > 5)) throw badInput('Skattningen är 1 till 5 / rating must be 1 to 5');
  if (input.parentsOccupation.length < 1 || input.parentsOccupation.length > 2) throw badInput('Föräldrarnas sysselsättning: en eller två föräldrar / one or two parents');
  const followUps = input.followUp.map((f) => ({
    id: randomUUID(),
    familyId: family.id,
    date: input.date,
    area: f.area,
    rating: f.rating,
    comment: cleanText(f.comment ?? '', fields.comment, true),
  }));
  const closed = await ctx.db.transaction(async (tx) => {
    for (const f of followUps) await insertFollowUp(tx, f);
    await saveOccupations(
      tx,
      family.id,
      input.date,
      input.parentsOccupation.map((occupation, i) => ({ parent: (i + 1) as 1 | 2, occupation })),
    );
    return closeFamilyRows(tx, family.id, { date: input.date, reason: input.reason, reasonText: reasonText || null }, ctx.now.toISOString(), ctx);
  });
  if (!closed) throw badInput('Familjen avslutades redan / the family is closed already');
  ctx.loaders.family.clear(family.id);
  ctx.consentNarrowed();
  return ctx.loaders.family.load(family.id);
}

/** Opens a closed family again within the period it stays readable: its ended consents are not restored. */
export async function reopenFamily(ctx: Ctx, familyId: string) {
  const family = await familyToClose(ctx, familyId);
  if (!family.closedOn) throw badInput('Familjen är inte avslutad / the family is not closed');
  const opened = await ctx.db.transaction((tx) => reopenFamilyRow(tx, family.id));
  if (!opened) throw badInput('Familjen är inte avslutad / the family is not closed');
  ctx.loaders.family.clear(family.id);
  ctx.consentNarrowed();
  return ctx.loaders.family.load(family.id);
}

/** What the graph says of a closed family: when, why, by whom, and until when it is readable. */
export function closingOf(family: { closedOn: string | null; closedReason: string | null; closedReasonText: string | null; closedBy: string | null }) {
  if (!family.closedOn) return null;
  const until = new Date(Date.parse(`${family.closedOn}T12:00:00Z`) + closedReadableDays * 86_400_000).toISOString().slice(0, 10);
  return { date: family.closedOn, reason: family.closedReason, reasonText: family.closedReasonText, closedBy: family.closedBy, readableUntil: until };
}
