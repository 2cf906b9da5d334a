import type { ActionStatus, Agency, OutcomeArea, PlanStatus, SipPlanFieldsFragment, UpdatePlanInput } from '../gql/graphql.js';
import { textLimits, tooLong } from '../words/text-limits.js';

/** One row of the editor: a key of its own, so removing a row never moves what is typed into another. */
export interface ActionDraft {
  key: number;
  /** The action's id in the plan: sent back, it keeps the action and its history; null for a new one. */
  id: string | null;
  /** The status the plan was read with: left out when unchanged, so an agency's report since is not overwritten. */
  readStatus: ActionStatus | null;
  description: string;
  responsibleAgency: Agency;
  dueDate: string;
  status: ActionStatus;
  /** Kept as the plan had it: the editor does not show it, and saving must not lose it. */
  followUpDate: string;
}

export interface GoalDraft {
  key: number;
  id: string | null;
  area: OutcomeArea;
  description: string;
  actions: ActionDraft[];
}

export interface ParticipantDraft {
  key: number;
  name: string;
  role: string;
  agency: Agency | '';
}

export interface PlanDraft {
  /** The version the editor started from: saving on a plan someone has saved since is refused (CONFLICT). */
  basedOnVersion: number | null;
  leadAgency: Agency;
  status: PlanStatus;
  nextFollowUp: string;
  participants: ParticipantDraft[];
  goals: GoalDraft[];
}

/** Keys for new rows, unique within the page's life. */
let lastKey = 0;
export const nextKey = () => ++lastKey;

export const newAction = (agency: Agency = 'SCHOOL'): ActionDraft => ({
  key: nextKey(),
  id: null,
  readStatus: null,
  description: '',
  responsibleAgency: agency,
  dueDate: '',
  status: 'PLANNED',
  followUpDate: '',
});
export const newGoal = (area: OutcomeArea = 'HOME_LIFE'): GoalDraft => ({ key: nextKey(), id: null, area, description: '', actions: [newAction()] });
export const newParticipant = (): ParticipantDraft => ({ key: nextKey(), name: '', role: '', agency: '' });

/** The plan as the editor holds it: the family's plan, or a first one with one goal and one action to fill in. */
export function draftOf(plan: SipPlanFieldsFragment | null | undefined): PlanDraft {
  if (!plan) return { basedOnVersion: null, leadAgency: 'SOCIAL_SERVICES', status: 'DRAFT', nextFollowUp: '', participants: [newParticipant()], goals: [newGoal()] };
  return {
    basedOnVersion: plan.version,
    leadAgency: plan.leadAgency,
    status: plan.status,
    nextFollowUp: plan.nextFollowUp ?? '',
    participants: plan.participants.map((p) => ({ key: nextKey(), name: p.name, role: p.role, agency: p.agency ?? '' })),
    goals: plan.goals.map((g) => ({
      key: nextKey(),
      id: g.id,
      area: g.area,
      description: g.description,
      actions: g.actions.map((a) => ({
        key: nextKey(),
        id: a.id,
        readStatus: a.status,
        description: a.description,
        responsibleAgency: a.responsibleAgency,
        dueDate: a.dueDate ?? '',
        status: a.status,
        followUpDate: a.followUpDate ?? '',
      })),
    })),
  };
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** Field ids of the editor, one per thing that can be wrong: the problem is said under that field. */
export const fieldId = {
  nextFollowUp: 'plan-next',
  goals: 'plan-goals',
  participantName: (p: ParticipantDraft) => `participant-${p.key}-name`,
  participantRole: (p: ParticipantDraft) => `participant-${p.key}-role`,
  goalDescription: (g: GoalDraft) => `goal-${g.key}-description`,
  actionDescription: (a: ActionDraft) => `action-${a.key}-description`,
  actionDue: (a: ActionDraft) => `action-${a.key}-due`,
};

/**
 * What is wrong with the plan as written, by field, in words that say what to do: each goal and
 * action named by its place ("Mål 2, insats 1"), the limits the graph holds to (docs/dashboard.md).
 */
export function problemsOf(draft: PlanDraft): Record<string, string> {
  const found: Record<string, string> = {};
  if (draft.nextFollowUp && !isoDay.test(draft.nextFollowUp)) found[fieldId.nextFollowUp] = 'Skriv nästa uppföljning som ett datum, till exempel 2027-02-01, eller lämna fältet tomt.';
  if (draft.goals.length === 0) found[fieldId.goals] = 'Skriv minst ett mål. Varje mål hör till ett område och har sina insatser.';
  draft.participants.forEach((p, i) => {
    const empty = !p.name.trim() && !p.role.trim();
    // A row left wholly empty is dropped when the plan is saved.
    if (empty) return;
    if (!p.name.trim()) found[fieldId.participantName(p)] = `Deltagare ${i + 1}: skriv namnet, eller ta bort raden.`;
    else if (tooLong(p.name, textLimits.participant)) found[fieldId.participantName(p)] = `Deltagare ${i + 1}: namnet är för långt. ${tooLong(p.name, textLimits.participant)}`;
    if (!p.role.trim()) found[fieldId.participantRole(p)] = `Deltagare ${i + 1}: skriv rollen, till exempel mentor, socialsekreterare eller förälder.`;
    else if (tooLong(p.role, textLimits.participant)) found[fieldId.participantRole(p)] = `Deltagare ${i + 1}: rollen är för lång. ${tooLong(p.role, textLimits.participant)}`;
  });
  draft.goals.forEach((g, i) => {
    if (!g.description.trim()) found[fieldId.goalDescription(g)] = `Mål ${i + 1}: skriv vad målet är, med familjens ord.`;
    else if (tooLong(g.description, textLimits.planText)) found[fieldId.goalDescription(g)] = `Mål ${i + 1}: ${tooLong(g.description, textLimits.planText)}`;
    g.actions.forEach((a, j) => {
      const name = `Mål ${i + 1}, insats ${j + 1}`;
      if (!a.description.trim()) found[fieldId.actionDescription(a)] = `${name}: skriv vad som ska göras, eller ta bort insatsen.`;
      else if (tooLong(a.description, textLimits.planText)) found[fieldId.actionDescription(a)] = `${name}: ${tooLong(a.description, textLimits.planText)}`;
      if (a.dueDate && !isoDay.test(a.dueDate)) found[fieldId.actionDue(a)] = `${name}: skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-01-15, eller lämna det tomt.`;
    });
  });
  return found;
}

/** The plan as the graph takes it; a participant row left empty is dropped. */
export function inputOf(familyId: string, draft: PlanDraft): UpdatePlanInput {
  return {
    familyId,
    ...(draft.basedOnVersion !== null ? { basedOnVersion: draft.basedOnVersion } : {}),
    leadAgency: draft.leadAgency,
    status: draft.status,
    nextFollowUp: draft.nextFollowUp || null,
    participants: draft.participants.filter((p) => p.name.trim() || p.role.trim()).map((p) => ({ name: p.name.trim(), role: p.role.trim(), agency: p.agency || null })),
    goals: draft.goals.map((g) => ({
      ...(g.id ? { id: g.id } : {}),
      area: g.area,
      description: g.description.trim(),
      actions: g.actions.map((a) => ({
        ...(a.id ? { id: a.id } : {}),
        description: a.description.trim(),
        responsibleAgency: a.responsibleAgency,
        // An unchanged status is left out: the agency may have reported since the plan was read.
        ...(a.id && a.status === a.readStatus ? {} : { status: a.status }),
        dueDate: a.dueDate || null,
        followUpDate: a.followUpDate || null,
      })),
    })),
  };
}
