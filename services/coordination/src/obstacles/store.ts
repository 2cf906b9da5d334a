import type { Queryable } from '@lotsen/kit';

export const obstacleKinds = ['WAITING_TIME', 'NO_CONTACT', 'SENT_BETWEEN', 'INFORMATION_NOT_SHARED', 'DECISION_NOT_FOLLOWED', 'OTHER'] as const;
export type ObstacleKind = (typeof obstacleKinds)[number];

/** An obstacle as stored (migration 025). */
export interface ObstacleRow {
  id: string;
  familyId: string;
  agency: string | null;
  kind: ObstacleKind;
  description: string;
  occurredOn: string;
  recordedAt: string;
  recordedBy: string;
  recordedByRole: string;
  handledAt: string | null;
  handledBy: string | null;
  handledByName: string | null;
  measure: string | null;
}

export type NewObstacle = Omit<ObstacleRow, 'handledAt' | 'handledBy' | 'handledByName' | 'measure'>;

const columns = `o.id, o.family_id AS "familyId", o.agency, o.kind, o.description, o.occurred_on AS "occurredOn", o.recorded_at AS "recordedAt",
  o.recorded_by AS "recordedBy", o.recorded_by_role AS "recordedByRole", o.handled_at AS "handledAt", o.handled_by AS "handledBy",
  coalesce(u.name, o.handled_by) AS "handledByName", o.measure`;
const from = 'FROM obstacles o LEFT JOIN users u ON u.username = o.handled_by';

export async function insertObstacle(tx: Queryable, o: NewObstacle): Promise<void> {
  await tx.query('INSERT INTO obstacles (id, family_id, agency, kind, description, occurred_on, recorded_at, recorded_by, recorded_by_role) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)', [
    o.id,
    o.familyId,
    o.agency,
    o.kind,
    o.description,
    o.occurredOn,
    o.recordedAt,
    o.recordedBy,
    o.recordedByRole,
  ]);
}

export async function obstacleById(db: Queryable, id: string): Promise<(ObstacleRow & { municipality: string; teamId: string }) | null> {
  const [row] = await db.query<ObstacleRow & { municipality: string; teamId: string }>(
    `SELECT ${columns}, f.municipality, f.team_id AS "teamId" ${from} JOIN families f ON f.id = o.family_id WHERE o.id = $1`,
    [id],
  );
  return row ?? null;
}

/** Marks it handled if it is not yet; false when it already was (a handling stands). */
export async function markHandled(db: Queryable, id: string, at: string, by: string, measure: string): Promise<boolean> {
  const rows = await db.query('UPDATE obstacles SET handled_at = $2, handled_by = $3, measure = $4 WHERE id = $1 AND handled_at IS NULL RETURNING id', [id, at, by, measure]);
  return rows.length === 1;
}

/** Each family's obstacles, newest first. */
export function obstaclesOfFamilies(db: Queryable, familyIds: readonly string[]): Promise<ObstacleRow[]> {
  return db.query<ObstacleRow>(`SELECT ${columns} ${from} WHERE o.family_id = ANY($1::uuid[]) ORDER BY o.occurred_on DESC, o.recorded_at DESC, o.id`, [familyIds]);
}

/** The obstacles of the families living in the municipality (migration 022), that happened between the two days. */
export function obstaclesInMunicipality(db: Queryable, municipality: string, fromDay: string, toDay: string): Promise<ObstacleRow[]> {
  return db.query<ObstacleRow>(
    `SELECT ${columns} ${from} JOIN families f ON f.id = o.family_id
      WHERE f.municipality = $1 AND o.occurred_on BETWEEN $2::date AND $3::date
      ORDER BY (o.handled_at IS NULL) DESC, o.occurred_on DESC, o.recorded_at DESC, o.id`,
    [municipality, fromDay, toDay],
  );
}
