import type { Queryable } from '@lotsen/kit';

export interface PlanRow {
  id: string;
  familyId: string;
  leadAgency: string;
  status: string;
  createdOn: string;
  nextFollowUp: string | null;
  participants: unknown;
  updatedAt: string;
}
export interface GoalRow {
  id: string;
  planId: string;
  area: string;
  description: string;
  position: number;
}
export interface ActionRow {
  id: string;
  goalId: string;
  description: string;
  responsibleAgency: string;
  dueDate: string | null;
  status: string;
  followUpDate: string | null;
  position: number;
}

// A plan, its goals and their actions are read separately, each only when asked for: the
// caseload wants a plan's next follow-up and nothing of its goals.
export async function plansOfFamilies(db: Queryable, familyIds: readonly string[]): Promise<PlanRow[]> {
  return db.query<PlanRow>(
    `SELECT id, family_id AS "familyId", lead_agency AS "leadAgency", status, created_on AS "createdOn", next_follow_up AS "nextFollowUp", participants, updated_at AS "updatedAt"
       FROM sip_plans WHERE family_id = ANY($1::uuid[])`,
    [familyIds],
  );
}

export async function goalsOfPlans(db: Queryable, planIds: readonly string[]): Promise<GoalRow[]> {
  return db.query<GoalRow>('SELECT id, plan_id AS "planId", area, description, position FROM sip_goals WHERE plan_id = ANY($1::uuid[]) ORDER BY position', [planIds]);
}

export async function actionsOfGoals(db: Queryable, goalIds: readonly string[]): Promise<ActionRow[]> {
  return db.query<ActionRow>(
    `SELECT id, goal_id AS "goalId", description, responsible_agency AS "responsibleAgency", due_date AS "dueDate", status, follow_up_date AS "followUpDate", position
       FROM sip_actions WHERE goal_id = ANY($1::uuid[]) ORDER BY position`,
    [goalIds],
  );
}

export interface PlanInput {
  leadAgency: string;
  status: string;
  nextFollowUp: string | null;
  participants: { name: string; agency: string | null; role: string }[];
  goals: { area: string; description: string; actions: { description: string; responsibleAgency: string; dueDate: string | null; status: string; followUpDate: string | null }[] }[];
}

/** Creates or replaces the family's plan with its goals and actions; run inside a transaction. */
export async function savePlan(tx: Queryable, familyId: string, input: PlanInput, today: string, newId: () => string): Promise<string> {
  const [existing] = await tx.query<{ id: string }>('SELECT id FROM sip_plans WHERE family_id = $1 FOR UPDATE', [familyId]);
  const planId = existing?.id ?? newId();
  if (existing) {
    await tx.query('UPDATE sip_plans SET lead_agency = $2, status = $3, next_follow_up = $4, participants = $5::jsonb, updated_at = now() WHERE id = $1', [
      planId,
      input.leadAgency,
      input.status,
      input.nextFollowUp,
      JSON.stringify(input.participants),
    ]);
    await tx.query('DELETE FROM sip_goals WHERE plan_id = $1', [planId]);
  } else {
    await tx.query('INSERT INTO sip_plans (id, family_id, lead_agency, status, created_on, next_follow_up, participants) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)', [
      planId,
      familyId,
      input.leadAgency,
      input.status,
      today,
      input.nextFollowUp,
      JSON.stringify(input.participants),
    ]);
  }
  for (const [gi, goal] of input.goals.entries()) {
    const goalId = newId();
    await tx.query('INSERT INTO sip_goals (id, plan_id, area, description, position) VALUES ($1, $2, $3, $4, $5)', [goalId, planId, goal.area, goal.description, gi]);
    for (const [ai, a] of goal.actions.entries()) {
      await tx.query('INSERT INTO sip_actions (id, goal_id, description, responsible_agency, due_date, status, follow_up_date, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
        newId(),
        goalId,
        a.description,
        a.responsibleAgency,
        a.dueDate,
        a.status,
        a.followUpDate,
        ai,
      ]);
    }
  }
  return planId;
}
