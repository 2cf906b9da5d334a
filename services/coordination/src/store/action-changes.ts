import type { Queryable } from '@lotsen/kit';

/** One change of a SIP action's status, with its note: who, for which agency (null: the coordinator), when. */
export interface ActionChangeRow {
  actionId: string;
  at: string;
  status: string;
  note: string | null;
  changedBy: string;
  /** The name the directory has for `changedBy` (the username when it has none). */
  changedByName: string;
  agency: string | null;
}

export async function insertActionChange(tx: Queryable, change: Omit<ActionChangeRow, 'changedByName'>): Promise<void> {
  await tx.query('INSERT INTO sip_action_changes (action_id, at, status, note, changed_by, agency) VALUES ($1, $2, $3, $4, $5, $6)', [
    change.actionId,
    change.at,
    change.status,
    change.note,
    change.changedBy,
    change.agency,
  ]);
}

/** The status histories of these actions, oldest first. */
export function changesOfActions(db: Queryable, actionIds: readonly string[]): Promise<ActionChangeRow[]> {
  return db.query<ActionChangeRow>(
    `SELECT c.action_id AS "actionId", c.at, c.status, c.note, c.changed_by AS "changedBy", COALESCE(u.name, c.changed_by) AS "changedByName", c.agency
       FROM sip_action_changes c LEFT JOIN users u ON u.username = c.changed_by
      WHERE c.action_id = ANY($1::uuid[]) ORDER BY c.action_id, c.id`,
    [actionIds],
  );
}

/**
 * Sets an action's status as its agency reports it, and keeps the change with its note; run inside
 * a transaction (the caller has checked that the staff member may see the action).
 */
export async function reportActionStatus(tx: Queryable, change: Omit<ActionChangeRow, 'changedByName' | 'agency'> & { agency: string }): Promise<boolean> {
  const updated = await tx.query('UPDATE sip_actions SET status = $3 WHERE id = $1 AND responsible_agency = $2 RETURNING id', [change.actionId, change.agency, change.status]);
  if (updated.length === 0) return false;
  await insertActionChange(tx, change);
  return true;
}
