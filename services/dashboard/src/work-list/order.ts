import type { AttentionKind } from '../gql/graphql.js';

export interface WorkListFamily {
  reference: string;
  children: ReadonlyArray<{ givenName: string; familyName: string }>;
  plan?: { nextFollowUp?: string | null } | null;
  /** As the graph sorts it: what never happened first, then the longest waiting. */
  attention: ReadonlyArray<{ kind: AttentionKind; since?: string | null }>;
}

/** What stops the family's children from being helped weighs more than a late routine. */
export const weight: Record<AttentionKind, number> = {
  CONSENT_PENDING: 3,
  CONSENT_EXPIRING: 2,
  FOLLOW_UP_OVERDUE: 2,
  ACTION_OVERDUE: 2,
  NO_JOINT_HOME_VISIT: 1,
  NO_CHECK_IN: 1,
};

const urgency = (f: WorkListFamily) => f.attention.reduce((sum, a) => sum + weight[a.kind], 0);

/** The oldest day something has waited since; '' (first) when something never happened at all. */
const waitingSince = (f: WorkListFamily) => f.attention.reduce<string | null>((oldest, a) => (oldest === null || (a.since ?? '') < oldest ? (a.since ?? '') : oldest), null);

/**
 * The work list, what needs action first: families with signals before those without, heavier
 * signals first, then the longest waiting; families with nothing waiting by their next follow-up
 * (soonest first, none last); the reference breaks every tie so the order never jumps.
 */
export function orderWorkList<F extends WorkListFamily>(families: readonly F[]): F[] {
  return [...families].sort((a, b) => {
    const byUrgency = urgency(b) - urgency(a);
    if (byUrgency !== 0) return byUrgency;
    const sinceA = waitingSince(a);
    const sinceB = waitingSince(b);
    if (sinceA !== null && sinceB !== null && sinceA !== sinceB) return sinceA < sinceB ? -1 : 1;
    const nextA = a.plan?.nextFollowUp ?? '9999-12-31';
    const nextB = b.plan?.nextFollowUp ?? '9999-12-31';
    return nextA.localeCompare(nextB) || a.reference.localeCompare(b.reference);
  });
}

/** Whether a family has a child whose given or family name contains the words typed (any case). */
export function matchesChildName(family: WorkListFamily, typed: string): boolean {
  const words = typed.trim().toLocaleLowerCase('sv').split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  return family.children.some((c) => {
    const name = `${c.givenName} ${c.familyName}`.toLocaleLowerCase('sv');
    return words.every((w) => name.includes(w));
  });
}

/** A reference as typed ("f12", "F-00012", " f-12 ", or its number alone: "3") in the graph's form, or null when it cannot be one. */
export function normaliseReference(typed: string): string | null {
  const m = typed
    .trim()
    .toUpperCase()
    .match(/^(?:F-?)?(\d{1,5})$/);
  return m?.[1] ? `F-${m[1].padStart(5, '0')}` : null;
}
