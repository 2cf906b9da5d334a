import { addDays, compareText, daysBetween, weekdayOnOrBefore } from './dates.js';
import type { FamilyDraft, RatingDraft, SipPlanDraft } from './draft.js';
import { FamilySequence } from './family-sequence.js';
import { parentsOccupations } from './parents-occupations.js';
import { rhythmMeetings } from './rhythm.js';
import { type FamilyTimeline, familyTimeline } from './timeline.js';
import type { Agency, Family, FollowUp, Meeting, OutcomeArea, SipPlan } from './types.js';

const planAgencies: Agency[] = ['SCHOOL', 'SOCIAL_SERVICES', 'HEALTH_CARE'];
const areaOrder: OutcomeArea[] = ['HOME_LIFE', 'SCHOOL', 'LEISURE', 'PARENTS_OCCUPATION'];

/**
 * A drawn family placed in time, so that its days read like a municipality's records: the first
 * contact, then the first meeting (coordination begins), then the SIP meeting that agrees the plan
 * when it has been held, follow-ups every half year with ratings and the parents' occupation, the
 * rhythm's home visits and check-ins in between; all on weekdays, none after today
 * (docs/agency-systems.md, "A family in time").
 */
export function placeInTime(seed: number, draft: FamilyDraft, today: string): Family {
  const timeline = familyTimeline(seed, draft, today);
  const sequence = new FamilySequence(seed, draft.reference);
  const plan = draft.plan && datedPlan(draft.plan, timeline, today);
  const meetings = [...coordinationMeetings(draft, sequence, timeline, today), ...planMeetings(draft, sequence, plan, timeline), ...rhythmMeetings(seed, draft, sequence, timeline.startedOn, today)];
  // Newest first, as the coordination service lists them.
  meetings.sort((a, b) => compareText(b.date, a.date) || compareText(a.id, b.id));
  return {
    ...draft,
    plan,
    meetings,
    followUps: datedRatings(draft.followUps, timeline),
    firstContactOn: timeline.firstContactOn,
    startedOn: timeline.startedOn,
    occupations: parentsOccupations(seed, draft, timeline),
  };
}

/**
 * The plan is agreed at the SIP meeting, two to fifteen weeks after the first meeting; until that
 * day has come it is a draft whose actions are all still planned. An action falls due two weeks
 * or more after the plan is agreed, and a goal lists its actions by the day they are due.
 */
function datedPlan(draft: SipPlanDraft, timeline: FamilyTimeline, today: string): SipPlan {
  const agreedOn = weekdayOnOrBefore(addDays(timeline.startedOn, draft.agreedAfterDays));
  const agreed = agreedOn <= today;
  const earliestDueInDays = daysBetween(today, addDays(agreed ? agreedOn : today, 14));
  return {
    id: draft.id,
    leadAgency: draft.leadAgency,
    status: agreed ? 'ACTIVE' : 'DRAFT',
    createdOn: agreed ? agreedOn : timeline.startedOn,
    nextFollowUp: timeline.nextFollowUp,
    participants: draft.participants,
    goals: draft.goals.map((goal) => ({
      id: goal.id,
      area: goal.area,
      description: goal.description,
      actions: goal.actions
        .map((a) => ({
          id: a.id,
          description: a.description,
          responsibleAgency: a.responsibleAgency,
          dueDate: addDays(today, Math.max(a.dueInDays, earliestDueInDays)),
          status: agreed ? a.status : ('PLANNED' as const),
          followUpDate: addDays(today, a.followUpInDays),
        }))
        .sort((a, b) => compareText(a.dueDate, b.dueDate)),
    })),
  };
}

/** The drawn coordination meetings: the first on the day coordination began, the rest between then and today. */
function coordinationMeetings(draft: FamilyDraft, sequence: FamilySequence, timeline: FamilyTimeline, today: string): Meeting[] {
  const span = daysBetween(timeline.startedOn, today);
  return draft.meetings.flatMap((m, i): Meeting[] => {
    if (i === 0)
      return [
        {
          id: m.id,
          date: timeline.startedOn,
          kind: 'COORDINATION',
          agencies: m.agencies,
          summary: 'Första mötet: familjen berättade om sin situation, och samtycket och vilka verksamheter som ska vara med gicks igenom.',
        },
      ];
    const date = weekdayOnOrBefore(addDays(timeline.startedOn, 1 + sequence.random.int(0, Math.max(0, span - 2))));
    // One that would fall on the weekend right after the first meeting is not held.
    return date > timeline.startedOn ? [{ id: m.id, date, kind: 'COORDINATION', agencies: m.agencies, summary: 'Samverkansmöte med familjen i fokus; nästa steg bokade.' }] : [];
  });
}

/** The SIP meeting, on the day the plan was agreed, and a follow-up meeting at every half-yearly follow-up. */
function planMeetings(draft: FamilyDraft, sequence: FamilySequence, plan: SipPlan | null, timeline: FamilyTimeline): Meeting[] {
  const agreed = plan?.status === 'ACTIVE';
  const sip: Meeting[] = agreed ? [{ id: sequence.uuid(), date: plan.createdOn, kind: 'SIP', agencies: planAgencies, summary: 'SIP-möte: planen upprättades med familjen och verksamheterna.' }] : [];
  const followUps = timeline.followUps.map(
    (date): Meeting => ({
      id: sequence.uuid(),
      date,
      kind: 'FOLLOW_UP',
      agencies: agreed ? planAgencies : (draft.meetings[0]?.agencies ?? []),
      summary: agreed ? 'Uppföljning med familjen och verksamheterna: läget skattat inom varje område och SIP:en följd upp.' : 'Uppföljning med familjen: läget skattat inom varje område.',
    }),
  );
  return [...sip, ...followUps];
}

/**
 * Each area's ratings: the first at the start, the rest at the latest follow-ups, as many as were
 * drawn and the follow-ups held allow; in date order.
 */
function datedRatings(drawn: RatingDraft[], timeline: FamilyTimeline): FollowUp[] {
  const occasions = [timeline.startedOn, ...timeline.followUps];
  return areaOrder
    .flatMap((area) => {
      const ratings = drawn.filter((r) => r.area === area).slice(0, occasions.length);
      const days = [occasions[0] as string, ...occasions.slice(occasions.length - (ratings.length - 1))];
      return ratings.map((r, i) => ({ ...r, date: days[i] as string, comment: i === 0 ? 'Skattning vid start' : 'Skattning vid uppföljning' }));
    })
    .sort((a, b) => compareText(a.date, b.date) || areaOrder.indexOf(a.area) - areaOrder.indexOf(b.area));
}
