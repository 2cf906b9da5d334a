import type { Queryable } from '@lotsen/kit';
import type { ActionRow } from './plans.js';

export interface AgencyActionRow {
  action: ActionRow;
  area: string;
  goal: string;
  familyReference: string;
  /** The family's children, to be narrowed to those whose consent lets the agency see the plan. */
  children: { personnummer: string; givenName: string }[];
  nextFollowUp: string | null;
}

/**
 * Candidate SIP actions for an agency's staff: the agency is responsible for them, takes part in
 * the plan, and the family lives in a municipality the staff member's organisation covers
 * (docs/tenancy.md). Consent is checked
 * after (graphql/agency-actions.ts): a candidate is nothing to show by itself.
 */
export async function actionCandidates(
  db: Queryable,
  agency: string,
  municipalities: readonly string[],
  filter: { statuses?: readonly string[] | null; actionId?: string | null },
): Promise<AgencyActionRow[]> {
  const rows = await db.query<ActionRow & { area: string; goal: string; familyReference: string; children: AgencyActionRow['children']; nextFollowUp: string | null }>(
    `SELECT a.id, a.goal_id AS "goalId", a.description, a.responsible_agency AS "responsibleAgency", a.due_date AS "dueDate", a.status,
            a.follow_up_date AS "followUpDate", a.position, g.area, g.description AS goal, f.reference AS "familyReference", p.next_follow_up AS "nextFollowUp",
            COALESCE((SELECT json_agg(json_build_object('personnummer', m.personnummer, 'givenName', pe.given_name) ORDER BY m.position)
                        FROM family_members m JOIN persons pe USING (personnummer) WHERE m.family_id = f.id), '[]') AS children
       FROM sip_actions a JOIN sip_goals g ON g.id = a.goal_id JOIN sip_plans p ON p.id = g.plan_id
       JOIN families f ON f.id = p.family_id
      WHERE a.responsible_agency = $1 AND f.municipality = ANY($2::text[])
        AND p.participants @> jsonb_build_array(jsonb_build_object('agency', $1::text))
        AND ($3::text[] IS NULL OR a.status = ANY($3::text[]))
        AND ($4::uuid IS NULL OR a.id = $4::uuid)
      ORDER BY a.due_date NULLS LAST, f.reference, a.id`,
    [agency, municipalities, filter.statuses ?? null, filter.actionId ?? null],
  );
  return rows.map(({ area, goal, familyReference, children, nextFollowUp, ...action }) => ({ action, area, goal, familyReference, children, nextFollowUp }));
}
