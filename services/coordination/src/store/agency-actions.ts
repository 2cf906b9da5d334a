import type { Queryable } from '@lotsen/kit';
import type { ActionRow } from './plans.js';

export interface AgencyActionRow {
  action: ActionRow;
  area: string;
  goal: string;
  familyReference: string;
  children: string[];
  nextFollowUp: string | null;
}

/** SIP actions an agency is responsible for, with the least of the family needed to act on them. */
export async function actionsForAgency(db: Queryable, agency: string, statuses: readonly string[] | null): Promise<AgencyActionRow[]> {
  const rows = await db.query<ActionRow & { area: string; goal: string; familyReference: string; children: string[]; nextFollowUp: string | null }>(
    `SELECT a.id, a.goal_id AS "goalId", a.description, a.responsible_agency AS "responsibleAgency", a.due_date AS "dueDate", a.status,
            a.follow_up_date AS "followUpDate", a.position, g.area, g.description AS goal, f.reference AS "familyReference", p.next_follow_up AS "nextFollowUp",
            COALESCE((SELECT json_agg(pe.given_name ORDER BY m.position) FROM family_members m JOIN persons pe USING (personnummer)
                       WHERE m.family_id = f.id AND m.role = 'CHILD'), '[]') AS children
       FROM sip_actions a JOIN sip_goals g ON g.id = a.goal_id JOIN sip_plans p ON p.id = g.plan_id JOIN families f ON f.id = p.family_id
      WHERE a.responsible_agency = $1 AND ($2::text[] IS NULL OR a.status = ANY($2::text[]))
      ORDER BY a.due_date NULLS LAST, f.reference, a.id`,
    [agency, statuses],
  );
  return rows.map(({ area, goal, familyReference, children, nextFollowUp, ...action }) => ({ action, area, goal, familyReference, children, nextFollowUp }));
}

/** Sets an action's status if it is the agency's; answers the action, or null when it is not theirs. */
export async function setActionStatus(db: Queryable, actionId: string, agency: string, status: string): Promise<ActionRow | null> {
  const [row] = await db.query<ActionRow>(
    `UPDATE sip_actions SET status = $3 WHERE id = $1 AND responsible_agency = $2
     RETURNING id, goal_id AS "goalId", description, responsible_agency AS "responsibleAgency", due_date AS "dueDate", status, follow_up_date AS "followUpDate", position`,
    [actionId, agency, status],
  );
  return row ?? null;
}
