import type { Queryable } from '@lotsen/kit';
import { closedReadableDays, type FamilyRow, familyColumns } from '../store/families.js';

/**
 * Families by id, open or closed and still readable on `today` (as a guardian's page shows them):
 * for a representative, whose right to each is decided on the guardians' statements, not here.
 */
export function readableFamiliesByIds(db: Queryable, ids: readonly string[], today: string): Promise<FamilyRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.query<FamilyRow>(`SELECT ${familyColumns} FROM families f WHERE f.id = ANY($1::uuid[]) AND (f.closed_on IS NULL OR f.closed_on + ${closedReadableDays} >= $2::date) ORDER BY f.reference`, [
    ids,
    today,
  ]);
}
