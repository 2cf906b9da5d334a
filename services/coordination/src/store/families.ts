import type { Identity, Queryable } from '@lotsen/kit';

export interface FamilyRow {
  id: string;
  reference: string;
  teamId: string;
  archetype: number | null;
}

export interface MemberRow {
  familyId: string;
  personnummer: string;
  role: 'GUARDIAN' | 'CHILD';
  hasCustody: boolean;
  position: number;
  givenName: string;
  familyName: string;
  birthDate: string;
}

/** Where a child stands for a decision: family, team, who is assigned, who the guardians are. */
export interface ChildStanding {
  personnummer: string;
  familyId: string;
  teamId: string;
  assigned: string[];
  guardians: string[];
}

const familyColumns = 'f.id, f.reference, f.team_id AS "teamId", f.archetype';

/**
 * The families a caller may see: a coordinator their assigned ones, a team lead their team's,
 * a guardian their own. Agency staff and analysts see no family here.
 */
export function visibility(identity: Identity): { where: string; param: string } | null {
  switch (identity.role) {
    case 'COORDINATOR':
      return { where: 'EXISTS (SELECT 1 FROM assignments a WHERE a.family_id = f.id AND a.username = $1)', param: identity.username };
    case 'TEAM_LEAD':
      return identity.teamId ? { where: 'f.team_id = $1', param: identity.teamId } : null;
    case 'GUARDIAN':
      return identity.personnummer ? { where: "EXISTS (SELECT 1 FROM family_members m WHERE m.family_id = f.id AND m.role = 'GUARDIAN' AND m.personnummer = $1)", param: identity.personnummer } : null;
    default:
      return null;
  }
}

export async function visibleFamilies(db: Queryable, identity: Identity): Promise<FamilyRow[]> {
  const v = visibility(identity);
  if (!v) return [];
  return db.query<FamilyRow>(`SELECT ${familyColumns} FROM families f WHERE ${v.where} ORDER BY f.reference`, [v.param]);
}

/** The subset of `ids` the caller may see. */
export async function visibleFamiliesByIds(db: Queryable, identity: Identity, ids: readonly string[]): Promise<FamilyRow[]> {
  const v = visibility(identity);
  if (!v || ids.length === 0) return [];
  return db.query<FamilyRow>(`SELECT ${familyColumns} FROM families f WHERE f.id = ANY($2::uuid[]) AND ${v.where}`, [v.param, ids]);
}

export async function membersOfFamilies(db: Queryable, familyIds: readonly string[]): Promise<MemberRow[]> {
  return db.query<MemberRow>(
    `SELECT m.family_id AS "familyId", m.personnummer, m.role, m.has_custody AS "hasCustody", m.position,
            p.given_name AS "givenName", p.family_name AS "familyName", p.birth_date AS "birthDate"
       FROM family_members m JOIN persons p USING (personnummer)
      WHERE m.family_id = ANY($1::uuid[]) ORDER BY m.family_id, m.role, m.position`,
    [familyIds],
  );
}

export async function childrenByPersonnummer(db: Queryable, personnummer: readonly string[]): Promise<MemberRow[]> {
  return db.query<MemberRow>(
    `SELECT m.family_id AS "familyId", m.personnummer, m.role, m.has_custody AS "hasCustody", m.position,
            p.given_name AS "givenName", p.family_name AS "familyName", p.birth_date AS "birthDate"
       FROM family_members m JOIN persons p USING (personnummer)
      WHERE m.role = 'CHILD' AND m.personnummer = ANY($1::text[])`,
    [personnummer],
  );
}

/** One query for all the children a decision batch asks about. */
export async function childStandings(db: Queryable, personnummer: readonly string[]): Promise<Map<string, ChildStanding>> {
  const rows = await db.query<ChildStanding>(
    `SELECT c.personnummer, f.id AS "familyId", f.team_id AS "teamId",
            COALESCE((SELECT json_agg(a.username) FROM assignments a WHERE a.family_id = f.id), '[]') AS assigned,
            COALESCE((SELECT json_agg(g.personnummer) FROM family_members g WHERE g.family_id = f.id AND g.role = 'GUARDIAN'), '[]') AS guardians
       FROM family_members c JOIN families f ON f.id = c.family_id
      WHERE c.role = 'CHILD' AND c.personnummer = ANY($1::text[])`,
    [personnummer],
  );
  return new Map(rows.map((r) => [r.personnummer, r]));
}

export async function coordinatorsOfFamilies(db: Queryable, familyIds: readonly string[]): Promise<{ familyId: string; username: string; name: string }[]> {
  return db.query(
    `SELECT a.family_id AS "familyId", u.username, u.name FROM assignments a JOIN users u USING (username)
      WHERE a.family_id = ANY($1::uuid[]) ORDER BY u.username`,
    [familyIds],
  );
}
