import type { Queryable } from '@lotsen/kit';

export interface TeamRow {
  id: string;
  name: string;
  municipality: string;
}
export interface UserRow {
  username: string;
  name: string;
  role: string;
  teamId: string | null;
  agency: string | null;
}

export function teamsByIds(db: Queryable, ids: readonly string[]): Promise<TeamRow[]> {
  return db.query<TeamRow>('SELECT id, name, municipality FROM teams WHERE id = ANY($1::text[])', [ids]);
}

export async function userByUsername(db: Queryable, username: string): Promise<UserRow | null> {
  const [row] = await db.query<UserRow>('SELECT username, name, role, team_id AS "teamId", agency FROM users WHERE username = $1', [username]);
  return row ?? null;
}
