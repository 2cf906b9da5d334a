import type { Queryable } from '@lotsen/kit';

/** What a guardian may let a family representative do for the family (docs/representatives.md). */
export const representativePermissions = ['READ_PAGE', 'RECORD_OBSTACLES', 'SIP_PARTICIPANT'] as const;
export type RepresentativePermission = (typeof representativePermissions)[number];

/** One statement in a family's history of a representative: append-only (migration 024). */
export interface RepresentativeEventRow {
  seq: number;
  familyId: string;
  representative: string;
  representativeName: string;
  at: string;
  kind: 'GIVEN' | 'WITHDRAWN';
  permissions: RepresentativePermission[];
  byPersonnummer: string;
  byUsername: string;
}

export type NewRepresentativeEvent = Omit<RepresentativeEventRow, 'seq' | 'representativeName'>;

const columns = `e.seq::int AS seq, e.family_id AS "familyId", e.representative, u.name AS "representativeName", e.at, e.kind, e.permissions,
  e.by_personnummer AS "byPersonnummer", e.by_username AS "byUsername"`;

export async function appendRepresentativeEvent(tx: Queryable, e: NewRepresentativeEvent): Promise<void> {
  await tx.query('INSERT INTO representative_events (family_id, representative, at, kind, permissions, by_personnummer, by_username) VALUES ($1, $2, $3, $4, $5::text[], $6, $7)', [
    e.familyId,
    e.representative,
    e.at,
    e.kind,
    e.permissions,
    e.byPersonnummer,
    e.byUsername,
  ]);
}

/** Every family's history of representatives, oldest first. */
export async function representativeEventsOfFamilies(db: Queryable, familyIds: readonly string[]): Promise<RepresentativeEventRow[]> {
  return db.query<RepresentativeEventRow>(`SELECT ${columns} FROM representative_events e JOIN users u ON u.username = e.representative WHERE e.family_id = ANY($1::uuid[]) ORDER BY e.seq`, [
    familyIds,
  ]);
}

/** The families a representative has ever been given anything for (whether it holds is decided on custody today). */
export async function familiesNamingRepresentative(db: Queryable, username: string): Promise<string[]> {
  const rows = await db.query<{ familyId: string }>('SELECT DISTINCT family_id AS "familyId" FROM representative_events WHERE representative = $1', [username]);
  return rows.map((r) => r.familyId);
}

/** The users who may be chosen as a family representative. */
export async function representativeUsers(db: Queryable): Promise<{ username: string; name: string }[]> {
  return db.query("SELECT username, name FROM users WHERE role = 'FAMILY_REPRESENTATIVE' ORDER BY name, username");
}
