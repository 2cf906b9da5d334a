import type { Agency, Family, FollowUp, SipPlan } from './types.js';

/**
 * A family as first drawn from the seeded sequence: who its people are, their records, consents,
 * and what its SIP, meetings and ratings hold, but not yet when these happened. Their days are
 * placed on the family's timeline afterwards (place-in-time.ts), once its consents are known.
 */
export type FamilyDraft = Omit<Family, 'firstContactOn' | 'startedOn' | 'occupations' | 'plan' | 'meetings' | 'followUps'> & {
  plan: SipPlanDraft | null;
  /** Coordination meetings with the family beside the rhythm's, the first of them the first meeting. */
  meetings: MeetingDraft[];
  followUps: RatingDraft[];
};

export interface SipPlanDraft extends Pick<SipPlan, 'id' | 'leadAgency' | 'participants'> {
  /** Days from the first meeting to the SIP meeting that agrees the plan. */
  agreedAfterDays: number;
  goals: {
    id: string;
    area: SipPlan['goals'][number]['area'];
    description: string;
    actions: {
      id: string;
      description: string;
      responsibleAgency: Agency;
      status: SipPlan['goals'][number]['actions'][number]['status'];
      /** Days from today to the action's due date, and to its follow-up, as drawn. */
      dueInDays: number;
      followUpInDays: number;
    }[];
  }[];
}

export interface MeetingDraft {
  id: string;
  agencies: Agency[];
}

export type RatingDraft = Pick<FollowUp, 'id' | 'area' | 'rating'>;
