import type { Queryable } from '@lotsen/kit';

/** The parents' occupation on a day (first and second parent, never who); a second record that day replaces the first. */
export async function saveOccupations(tx: Queryable, familyId: string, date: string, records: readonly { parent: 1 | 2; occupation: string }[]): Promise<void> {
  await tx.query('DELETE FROM occupation_records WHERE family_id = $1 AND recorded_on = $2', [familyId, date]);
  for (const r of records) await tx.query('INSERT INTO occupation_records (family_id, recorded_on, parent, occupation) VALUES ($1, $2, $3, $4)', [familyId, date, r.parent, r.occupation]);
}
