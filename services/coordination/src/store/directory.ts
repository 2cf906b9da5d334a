import type { Queryable } from '@lotsen/kit';

export interface TeamRow {
  id: string;
  name: string;
  /** The team's home municipality (huvudman). */
  municipality: string;
  /** Every municipality the team serves, the home municipality first, and the region it also serves (docs/tenancy.md). */
  municipalities: string[];
  region: string | null;
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

const teamColumns = `id, name, municipality, region, home_visit_every_days AS "homeVisitEveryDays", check_in_every_days AS "checkInEveryDays",
  ARRAY(SELECT tm.municipality FROM team_municipalities tm WHERE tm.team_id = teams.id ORDER BY tm.municipality = teams.municipality DESC, tm.municipality) AS municipalities`;

export function teamsByIds(db: Queryable, ids: readonly string[]): Promise<TeamRow[]> {
  return db.query<TeamRow>(`SELECT ${teamColumns} FROM teams WHERE id = ANY($1::text[])`, [ids]);
}

export function allTeams(db: Queryable): Promise<TeamRow[]> {
  return db.query<TeamRow>(`SELECT ${teamColumns} FROM teams ORDER BY id`);
}

/** The teams serving any of these municipalities, in id order. */
export function teamsServing(db: Queryable, municipalities: readonly string[]): Promise<TeamRow[]> {
  return db.query<TeamRow>(`SELECT ${teamColumns} FROM teams WHERE EXISTS (SELECT 1 FROM team_municipalities tm WHERE tm.team_id = teams.id AND tm.municipality = ANY($1::text[])) ORDER BY id`, [
    municipalities,
  ]);
}

export function coordinatorsOfTeam(db: Queryable, teamId: string): Promise<UserRow[]> {
  return db.query<UserRow>('SELECT username, name, role, team_id AS "teamId", agency FROM users WHERE team_id = $1 AND role = \'COORDINATOR\' ORDER BY name, username', [teamId]);
}

export async function userByUsername(db: Queryable, username: string): Promise<UserRow | null> {
  const [row] = await db.query<UserRow>('SELECT username, name, role, team_id AS "teamId", agency FROM users WHERE username = $1', [username]);
  return row ?? null;
}
