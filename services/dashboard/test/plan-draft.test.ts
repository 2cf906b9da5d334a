import { describe, expect, it } from 'vitest';
import type { SipPlanFieldsFragment } from '../src/gql/graphql.js';
import { draftOf, fieldId, inputOf, newAction, newGoal, newParticipant, problemsOf } from '../src/plan/plan-draft.js';

const plan: SipPlanFieldsFragment = {
  __typename: 'SipPlan',
  id: 'plan-1',
  leadAgency: 'SCHOOL',
  status: 'ACTIVE',
  createdOn: '2026-08-25',
  nextFollowUp: '2027-01-27',
  version: 3,
  participants: [{ __typename: 'SipParticipant', name: 'Anna Lind', role: 'Mentor', agency: 'SCHOOL' }],
  // The guardians give and withdraw a representative's part in the SIP: never saved into the plan.
  familyRepresentatives: [{ __typename: 'SipParticipant', name: 'Familjeombud 1', role: 'Familjeombud' }],
  goals: [
    {
      __typename: 'SipGoal',
      id: 'goal-1',
      area: 'SCHOOL',
      description: 'Går till skolan varje dag',
      actions: [
        {
          __typename: 'SipAction',
          id: 'action-1',
          description: 'Anpassad skoldag',
          responsibleAgency: 'SCHOOL',
          dueDate: '2026-12-01',
          status: 'IN_PROGRESS',
          followUpDate: '2026-12-15',
          latestNote: null,
        },
      ],
    },
  ],
};

describe('the SIP as the editor holds it and the graph takes it', () => {
  it('sends goals and actions back with their ids and the version it was read at, keeping what the editor does not show, and no family representative', () => {
    const input = inputOf('family-1', draftOf(plan));
    expect(input).toEqual({
      familyId: 'family-1',
      basedOnVersion: 3,
      leadAgency: 'SCHOOL',
      status: 'ACTIVE',
      nextFollowUp: '2027-01-27',
      participants: [{ name: 'Anna Lind', role: 'Mentor', agency: 'SCHOOL' }],
      // The unchanged status is left out: the school may have reported since the plan was read.
      goals: [
        {
          id: 'goal-1',
          area: 'SCHOOL',
          description: 'Går till skolan varje dag',
          actions: [{ id: 'action-1', description: 'Anpassad skoldag', responsibleAgency: 'SCHOOL', dueDate: '2026-12-01', followUpDate: '2026-12-15' }],
        },
      ],
    });
  });

  it('sends a status the coordinator changed, and a new action and goal without ids', () => {
    const draft = draftOf(plan);
    const [goal] = draft.goals;
    if (!goal?.actions[0]) throw new Error('no goal');
    goal.actions[0].status = 'DONE';
    const added = { ...newGoal('LEISURE'), description: 'Fritid', actions: [{ ...newAction('SOCIAL_SERVICES'), description: 'Kontaktperson' }] };
    const input = inputOf('family-1', { ...draft, goals: [goal, added] });
    expect(input.goals[0]?.actions[0]?.status).toBe('DONE');
    expect(input.goals[1]).toEqual({
      area: 'LEISURE',
      description: 'Fritid',
      actions: [{ description: 'Kontaktperson', responsibleAgency: 'SOCIAL_SERVICES', status: 'PLANNED', dueDate: null, followUpDate: null }],
    });
  });

  it('says what is wrong at each field, naming goals and actions by their place, and drops an empty participant row', () => {
    const empty = { ...newAction(), description: ' ' };
    const long = { ...newAction(), description: 'x'.repeat(2001), dueDate: '1/12/2026' };
    const goal = { ...newGoal(), description: '', actions: [empty, long] };
    const unnamed = { ...newParticipant(), role: 'Kurator' };
    const blank = newParticipant();
    const problems = problemsOf({ basedOnVersion: null, leadAgency: 'SCHOOL', status: 'DRAFT', nextFollowUp: '', participants: [unnamed, blank], goals: [goal] });
    expect(problems).toEqual({
      [fieldId.participantName(unnamed)]: 'Deltagare 1: skriv namnet, eller ta bort raden.',
      [fieldId.goalDescription(goal)]: 'Mål 1: skriv vad målet är, med familjens ord.',
      [fieldId.actionDescription(empty)]: 'Mål 1, insats 1: skriv vad som ska göras, eller ta bort insatsen.',
      [fieldId.actionDescription(long)]: 'Mål 1, insats 2: Högst 2\u00a0000 tecken (nu 2\u00a0001).',
      [fieldId.actionDue(long)]: 'Mål 1, insats 2: skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-01-15, eller lämna det tomt.',
    });
    expect(inputOf('f', { basedOnVersion: null, leadAgency: 'SCHOOL', status: 'DRAFT', nextFollowUp: '', participants: [unnamed, blank], goals: [] }).participants).toEqual([
      { name: '', role: 'Kurator', agency: null },
    ]);
    expect(problemsOf({ basedOnVersion: null, leadAgency: 'SCHOOL', status: 'DRAFT', nextFollowUp: '', participants: [], goals: [] })).toEqual({
      [fieldId.goals]: 'Skriv minst ett mål. Varje mål hör till ett område och har sina insatser.',
    });
  });
});
