import { addDays, isAgency, todayInSweden } from '@lotsen/kit';
import type { FamilyRow } from '../store/families.js';
import { statusOf, statusTextFor } from './consent-status.js';
import type { CoordinationContext as Ctx } from './context.js';
import { visibleChildren } from './visible-children.js';
import { agencyInSentence } from './words.js';

export type AttentionKind = 'CONSENT_PENDING' | 'CONSENT_EXPIRING' | 'FOLLOW_UP_OVERDUE' | 'ACTION_OVERDUE' | 'NO_JOINT_HOME_VISIT' | 'NO_CHECK_IN';

export interface Attention {
  kind: AttentionKind;
  /** The dashboard's words, in Swedish. */
  text: string;
  /** The day it became due, or the last time it happened (null: never), to sort the work list by. */
  since: string | null;
}

const expiringWithinDays = 30;

/**
 * What needs the coordinator's action in a family, the longest waiting first: consents waiting
 * for a party or ending within 30 days, a SIP follow-up or action past its day, and the team's
 * rhythm broken (no joint home visit, or no check-in between the agencies, within the team's days).
 */
export async function attentionOf(family: FamilyRow, ctx: Ctx): Promise<Attention[]> {
  const today = todayInSweden(ctx.now);
  const found: Attention[] = [];
  const [children, plan, meetings, team] = await Promise.all([
    visibleChildren(ctx, family.id),
    ctx.loaders.plan.load(family.id),
    ctx.loaders.meetings.load(family.id),
    ctx.loaders.team.load(family.teamId),
  ]);

  // Every child's consents, and every goal's actions, asked for at once: one loader batch (and one
  // reading of consents and custody) for all the families of a work list, not one per child.
  const [consents, actions] = await Promise.all([
    Promise.all(children.map(async (child) => ({ child, of: await ctx.loaders.consents.load(child.personnummer) }))),
    plan ? ctx.loaders.goals.load(plan.id).then((goals) => Promise.all(goals.map((g) => ctx.loaders.actions.load(g.id)))) : [],
  ]);
  const statuses = await Promise.all(consents.flatMap(({ child, of }) => of.map(async (consent) => ({ child, consent, s: await statusOf(consent, ctx) }))));
  for (const { child, consent, s } of statuses) {
    if (!s || s.status === 'PENDING') found.push({ kind: 'CONSENT_PENDING', text: `${child.givenName}: ${await statusTextFor(consent, s, ctx)}`, since: consent.recordedAt.slice(0, 10) });
    else if (s.status === 'ACTIVE' && consent.validUntil < addDays(today, expiringWithinDays))
      found.push({ kind: 'CONSENT_EXPIRING', text: `${child.givenName}: samtycket gäller till och med ${consent.validUntil}`, since: consent.validUntil });
  }
  if (plan?.status === 'ACTIVE' && plan.nextFollowUp && plan.nextFollowUp < today)
    found.push({ kind: 'FOLLOW_UP_OVERDUE', text: `Uppföljningen av SIP skulle ha gjorts ${plan.nextFollowUp}`, since: plan.nextFollowUp });
  for (const action of actions.flat()) {
    if (action.dueDate && action.dueDate < today && (action.status === 'PLANNED' || action.status === 'IN_PROGRESS'))
      found.push({
        kind: 'ACTION_OVERDUE',
        text: `${action.description} (${isAgency(action.responsibleAgency) ? agencyInSentence(action.responsibleAgency) : action.responsibleAgency}) skulle vara klar ${action.dueDate}`,
        since: action.dueDate,
      });
  }
  // A meeting booked ahead is not one held: the rhythm counts the last one on or before today.
  const last = (kind: string) => meetings.find((m) => m.kind === kind && m.date <= today)?.date ?? null;
  const rhythm = [
    // Swedish agrees with the noun's gender: inget hembesök … registrerat, ingen avstämning … registrerad.
    { kind: 'NO_JOINT_HOME_VISIT' as const, meeting: 'JOINT_HOME_VISIT', every: team?.homeVisitEveryDays ?? 31, none: 'Inget gemensamt hembesök', recorded: 'registrerat' },
    { kind: 'NO_CHECK_IN' as const, meeting: 'CHECK_IN', every: team?.checkInEveryDays ?? 14, none: 'Ingen avstämning mellan verksamheterna', recorded: 'registrerad' },
  ];
  for (const r of rhythm) {
    const at = last(r.meeting);
    if (!at || at < addDays(today, -r.every)) found.push({ kind: r.kind, text: at ? `${r.none} sedan ${at}` : `${r.none} ${r.recorded}`, since: at });
  }
  // Never happened first, then by the day it became due.
  return found.sort((a, b) => (a.since ?? '').localeCompare(b.since ?? ''));
}
