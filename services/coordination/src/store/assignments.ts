import type { Queryable } from '@lotsen/kit';

/** Gives a family to one coordinator, in that coordinator's team; run inside a transaction. */
export async function moveFamily(tx: Queryable, familyId: string, teamId: string, coordinator: string, since: string): Promise<void> {
  await tx.query('SELECT id FROM families WHERE id = $1 FOR UPDATE', [familyId]);
  await tx.query('UPDATE families SET team_id = $2 WHERE id = $1 AND team_id <> $2', [familyId, teamId]);
  await tx.query('DELETE FROM assignments WHERE family_id = $1', [familyId]);
  await tx.query('INSERT INTO assignments (family_id, username, since) VALUES ($1, $2, $3)', [familyId, coordinator, since]);
}
