import type { Queryable } from '@lotsen/kit';
import { insertActionChange } from './action-changes.js';

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

export interface PlanActionInput {
  /** An action of this plan kept (with its status history); a new action when left out. */
  id?: string | null;
  description: string;
  responsibleAgency: string;
  dueDate: string | null;
  /** Left out: an existing action keeps its status (an agency may have changed it since), a new one is PLANNED. */
  status?: string | null;
  followUpDate: string | null;
}

export interface PlanInput {
  leadAgency: string;
  status: string;
  nextFollowUp: string | null;
  participants: { name: string; agency: string | null; role: string }[];
  goals: { id?: string | null; area: string; description: string; actions: PlanActionInput[] }[];
}

/** Who saves a plan, when, and from which version it was read (a later save in between is refused). */
export interface PlanSave {
  today: string;
  at: string;
  savedBy: string;
  newId: () => string;
  basedOnVersion?: number | null;
}

/** The plan was saved by someone else since the caller read it, or names a goal or action it does not have. */
export class PlanConflict extends Error {
  override readonly name = 'PlanConflict';
  constructor(
    readonly kind: 'STALE' | 'UNKNOWN_ID',
    readonly current: number,
  ) {
    super(kind);
  }
}

/**
 * Creates or changes the family's plan, and keeps the result as its next version; run inside a
 * transaction. Goals and actions given with their id are changed in place, so an action keeps its
 * status history (the agencies' notes) however the plan is edited; those left out are removed, and
 * new ones added. A status the coordinator changes is written to the action's history as well.
 */
export async function savePlan(tx: Queryable, familyId: string, input: PlanInput, save: PlanSave): Promise<{ planId: string; version: number }> {
  const [existing] = await tx.query<{ id: string }>('SELECT id FROM sip_plans WHERE family_id = $1 FOR UPDATE', [familyId]);
  const planId = existing?.id ?? save.newId();
  const [latest] = existing ? await tx.query<{ n: number }>('SELECT COALESCE(max(number), 0)::int AS n FROM sip_plan_versions WHERE plan_id = $1', [planId]) : [{ n: 0 }];
  const current = latest?.n ?? 0;
  if (save.basedOnVersion != null && save.basedOnVersion !== current) throw new PlanConflict('STALE', current);
  const goals = existing ? await goalsOfPlans(tx, [planId]) : [];
  const actions =
    goals.length > 0
      ? await actionsOfGoals(
          tx,
          goals.map((g) => g.id),
        )
      : [];
  const keptGoals = input.goals.flatMap((g) => (g.id ? [g.id] : []));
  const keptActions = input.goals.flatMap((g) => g.actions.flatMap((a) => (a.id ? [a.id] : [])));
  const known = (ids: string[], rows: { id: string }[]) => new Set(ids).size === ids.length && ids.every((id) => rows.some((r) => r.id === id));
  if (!known(keptGoals, goals) || !known(keptActions, actions)) throw new PlanConflict('UNKNOWN_ID', current);

  if (existing) {
    await tx.query('UPDATE sip_plans SET lead_agency = $2, status = $3, next_follow_up = $4, participants = $5::jsonb, updated_at = $6 WHERE id = $1', [
      planId,
      input.leadAgency,
      input.status,
      input.nextFollowUp,
      JSON.stringify(input.participants),
      save.at,
    ]);
  } else {
    await tx.query('INSERT INTO sip_plans (id, family_id, lead_agency, status, created_on, next_follow_up, participants, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)', [
      planId,
      familyId,
      input.leadAgency,
      input.status,
      save.today,
      input.nextFollowUp,
      JSON.stringify(input.participants),
      save.at,
    ]);
  }
  for (const [gi, goal] of input.goals.entries()) {
    const goalId = goal.id ?? save.newId();
    if (goal.id) await tx.query('UPDATE sip_goals SET area = $2, description = $3, position = $4 WHERE id = $1', [goalId, goal.area, goal.description, gi]);
    else await tx.query('INSERT INTO sip_goals (id, plan_id, area, description, position) VALUES ($1, $2, $3, $4, $5)', [goalId, planId, goal.area, goal.description, gi]);
    for (const [ai, a] of goal.actions.entries()) {
      const before = a.id ? actions.find((x) => x.id === a.id) : undefined;
      const status = a.status ?? before?.status ?? 'PLANNED';
      const values = [goalId, a.description, a.responsibleAgency, a.dueDate, status, a.followUpDate, ai];
      if (before) {
        await tx.query('UPDATE sip_actions SET goal_id = $2, description = $3, responsible_agency = $4, due_date = $5, status = $6, follow_up_date = $7, position = $8 WHERE id = $1', [
          before.id,
          ...values,
        ]);
        if (status !== before.status) await insertActionChange(tx, { actionId: before.id, at: save.at, status, note: null, changedBy: save.savedBy, agency: null });
      } else {
        await tx.query('INSERT INTO sip_actions (id, goal_id, description, responsible_agency, due_date, status, follow_up_date, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
          save.newId(),
          ...values,
        ]);
      }
    }
  }
  // Removed last, so that an action moved to another goal is not removed with its old goal.
  await tx.query('DELETE FROM sip_actions WHERE id = ANY($1::uuid[]) AND NOT id = ANY($2::uuid[])', [actions.map((a) => a.id), keptActions]);
  await tx.query('DELETE FROM sip_goals WHERE id = ANY($1::uuid[]) AND NOT id = ANY($2::uuid[])', [goals.map((g) => g.id), keptGoals]);
  await tx.query('INSERT INTO sip_plan_versions (plan_id, number, saved_at, saved_by, content) VALUES ($1, $2, $3, $4, sip_plan_snapshot($1))', [planId, current + 1, save.at, save.savedBy]);
  return { planId, version: current + 1 };
}
