import type { Queryable } from '@lotsen/kit';

export type AssignmentChangeKind = 'TAKEN_IN' | 'REASSIGNED' | 'MOVED' | 'BEFORE_HISTORY';

/** One entry of a family's assignment history (migration 017). */
export interface AssignmentChangeRow {
  familyId: string;
  at: string;
  kind: AssignmentChangeKind;
  fromTeamId: string | null;
  fromCoordinator: string | null;
  fromCoordinatorName: string | null;
  toTeamId: string;
  toCoordinator: string;
  toCoordinatorName: string;
  changedBy: string | null;
  changedByName: string | null;
}

/**
 * Gives a family to one coordinator, in that coordinator's team; run inside a transaction. Answers
 * who piloted it before (the first by username when several did), for its history.
 */
export async function moveFamily(tx: Queryable, familyId: string, teamId: string, coordinator: string, since: string): Promise<{ teamId: string; coordinator: string | null }> {
  const [before] = await tx.query<{ teamId: string; coordinator: string | null }>(
    'SELECT team_id AS "teamId", (SELECT min(username) FROM assignments WHERE family_id = $1) AS coordinator FROM families WHERE id = $1 FOR UPDATE',
    [familyId],
  );
  await tx.query('UPDATE families SET team_id = $2 WHERE id = $1 AND team_id <> $2', [familyId, teamId]);
  await tx.query('DELETE FROM assignments WHERE family_id = $1', [familyId]);
  await tx.query('INSERT INTO assignments (family_id, username, since) VALUES ($1, $2, $3)', [familyId, coordinator, since]);
  return before ?? { teamId, coordinator: null };
}

export async function recordAssignmentChange(
  tx: Queryable,
  change: Pick<AssignmentChangeRow, 'familyId' | 'at' | 'kind' | 'fromTeamId' | 'fromCoordinator' | 'toTeamId' | 'toCoordinator' | 'changedBy'>,
): Promise<void> {
  await tx.query('INSERT INTO assignment_changes (family_id, at, kind, from_team_id, from_coordinator, to_team_id, to_coordinator, changed_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
    change.familyId,
    change.at,
    change.kind,
    change.fromTeamId,
    change.fromCoordinator,
    change.toTeamId,
    change.toCoordinator,
    change.changedBy,
  ]);
}

/** The assignment histories of these families, oldest first, with the names the directory has. */
export function assignmentChangesOfFamilies(db: Queryable, familyIds: readonly string[]): Promise<AssignmentChangeRow[]> {
  return db.query<AssignmentChangeRow>(
    `SELECT c.family_id AS "familyId", c.at, c.kind, c.from_team_id AS "fromTeamId", c.from_coordinator AS "fromCoordinator",
            COALESCE(fu.name, c.from_coordinator) AS "fromCoordinatorName", c.to_team_id AS "toTeamId", c.to_coordinator AS "toCoordinator",
            COALESCE(tu.name, c.to_coordinator) AS "toCoordinatorName", c.changed_by AS "changedBy", COALESCE(bu.name, c.changed_by) AS "changedByName"
       FROM assignment_changes c
       LEFT JOIN users fu ON fu.username = c.from_coordinator
       LEFT JOIN users tu ON tu.username = c.to_coordinator
       LEFT JOIN users bu ON bu.username = c.changed_by
      WHERE c.family_id = ANY($1::uuid[]) ORDER BY c.family_id, c.id`,
    [familyIds],
  );
}
