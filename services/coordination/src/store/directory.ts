import type { Queryable } from '@lotsen/kit';

export interface TeamRow {
  id: string;
  name: string;
  municipality: string;
  /** The team's rhythm: a joint home visit, and a check-in between the agencies, at least this often. */
  homeVisitEveryDays: number;
  checkInEveryDays: number;
}
export interface UserRow {
  username: string;
  name: string;
  role: string;
  teamId: string | null;
  agency: string | null;
}

export function teamsByIds(db: Queryable, ids: readonly string[]): Promise<TeamRow[]> {
  return db.query<TeamRow>('SELECT id, name, municipality, home_visit_every_days AS "homeVisitEveryDays", check_in_every_days AS "checkInEveryDays" FROM teams WHERE id = ANY($1::text[])', [ids]);
}

export function allTeams(db: Queryable): Promise<TeamRow[]> {
  return db.query<TeamRow>('SELECT id, name, municipality, home_visit_every_days AS "homeVisitEveryDays", check_in_every_days AS "checkInEveryDays" FROM teams ORDER BY id');
}

export function coordinatorsOfTeam(db: Queryable, teamId: string): Promise<UserRow[]> {
  return db.query<UserRow>('SELECT username, name, role, team_id AS "teamId", agency FROM users WHERE team_id = $1 AND role = \'COORDINATOR\' ORDER BY name, username', [teamId]);
}

export async function userByUsername(db: Queryable, username: string): Promise<UserRow | null> {
  const [row] = await db.query<UserRow>('SELECT username, name, role, team_id AS "teamId", agency FROM users WHERE username = $1', [username]);
  return row ?? null;
}
