import type { Queryable } from '@lotsen/kit';

/** A SIP as it was saved (migration 014): the plan's content then, who saved it and when. */
export interface PlanVersionRow {
  planId: string;
  number: number;
  savedAt: string;
  savedBy: string;
  /** The name the directory has for `savedBy` (the username when it has none). */
  savedByName: string;
  content: {
    leadAgency: string;
    status: string;
    nextFollowUp: string | null;
    participants: { name: string; agency: string | null; role: string }[];
    goals: {
      id: string;
      area: string;
      description: string;
      actions: { id: string; description: string; responsibleAgency: string; dueDate: string | null; status: string; followUpDate: string | null }[];
    }[];
  };
}

/** Every version of these plans, oldest first. */
export function versionsOfPlans(db: Queryable, planIds: readonly string[]): Promise<PlanVersionRow[]> {
  return db.query<PlanVersionRow>(
    `SELECT v.plan_id AS "planId", v.number, v.saved_at AS "savedAt", v.saved_by AS "savedBy", COALESCE(u.name, v.saved_by) AS "savedByName", v.content
       FROM sip_plan_versions v LEFT JOIN users u ON u.username = v.saved_by
      WHERE v.plan_id = ANY($1::uuid[]) ORDER BY v.plan_id, v.number`,
    [planIds],
  );
}
