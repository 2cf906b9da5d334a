import type { Identity, Queryable } from '@lotsen/kit';

export interface FamilyRow {
  id: string;
  reference: string;
  teamId: string;
  archetype: number | null;
}

/** A child in coordination; who has custody is the population register's to say, never stored here. */
export interface MemberRow {
  familyId: string;
  personnummer: string;
  role: 'CHILD';
  position: number;
  givenName: string;
  familyName: string;
  birthDate: string;
}

/** Where a child stands for a decision: family, team and who is assigned. */
export interface ChildStanding {
  personnummer: string;
  familyId: string;
  teamId: string;
  assigned: string[];
}

const familyColumns = 'f.id, f.reference, f.team_id AS "teamId", f.archetype';

/**
 * The families a caller may see: a coordinator their assigned ones, a team lead their team's,
 * a guardian those of the children in their custody (`custodyOf`, read from the population
 * register). Agency staff and analysts see no family here.
 */
export function visibility(identity: Identity, custodyOf: readonly string[]): { where: string; param: unknown } | null {
  switch (identity.role) {
    case 'COORDINATOR':
      return { where: 'EXISTS (SELECT 1 FROM assignments a WHERE a.family_id = f.id AND a.username = $1)', param: identity.username };
    case 'TEAM_LEAD':
      return identity.teamId ? { where: 'f.team_id = $1', param: identity.teamId } : null;
    case 'GUARDIAN':
      return custodyOf.length > 0 ? { where: 'EXISTS (SELECT 1 FROM family_members m WHERE m.family_id = f.id AND m.personnummer = ANY($1::text[]))', param: custodyOf } : null;
    default:
      return null;
  }
}

export async function visibleFamilies(db: Queryable, identity: Identity, custodyOf: readonly string[]): Promise<FamilyRow[]> {
  const v = visibility(identity, custodyOf);
  if (!v) return [];
  return db.query<FamilyRow>(`SELECT ${familyColumns} FROM families f WHERE ${v.where} ORDER BY f.reference`, [v.param]);
}

/** The subset of `ids` the caller may see. */
export async function visibleFamiliesByIds(db: Queryable, identity: Identity, custodyOf: readonly string[], ids: readonly string[]): Promise<FamilyRow[]> {
  const v = visibility(identity, custodyOf);
  if (!v || ids.length === 0) return [];
  return db.query<FamilyRow>(`SELECT ${familyColumns} FROM families f WHERE f.id = ANY($2::uuid[]) AND ${v.where}`, [v.param, ids]);
}

/** The family with this reference, if the caller may see it. */
export async function familyByReference(db: Queryable, identity: Identity, custodyOf: readonly string[], reference: string): Promise<FamilyRow | null> {
  const v = visibility(identity, custodyOf);
  if (!v) return null;
  const [row] = await db.query<FamilyRow>(`SELECT ${familyColumns} FROM families f WHERE f.reference = $2 AND ${v.where}`, [v.param, reference]);
  return row ?? null;
}

const memberColumns = `m.family_id AS "familyId", m.personnummer, m.role, m.position,
            p.given_name AS "givenName", p.family_name AS "familyName", p.birth_date AS "birthDate"`;

export async function membersOfFamilies(db: Queryable, familyIds: readonly string[]): Promise<MemberRow[]> {
  return db.query<MemberRow>(
    `SELECT ${memberColumns}
       FROM family_members m JOIN persons p USING (personnummer)
      WHERE m.family_id = ANY($1::uuid[]) ORDER BY m.family_id, m.position`,
    [familyIds],
  );
}

export async function childrenByPersonnummer(db: Queryable, personnummer: readonly string[]): Promise<MemberRow[]> {
  return db.query<MemberRow>(
    `SELECT ${memberColumns}
       FROM family_members m JOIN persons p USING (personnummer)
      WHERE m.personnummer = ANY($1::text[])`,
    [personnummer],
  );
}

/** One query for all the children a decision batch asks about. */
export async function childStandings(db: Queryable, personnummer: readonly string[]): Promise<Map<string, ChildStanding>> {
  const rows = await db.query<ChildStanding>(
    `SELECT c.personnummer, f.id AS "familyId", f.team_id AS "teamId",
            COALESCE((SELECT json_agg(a.username) FROM assignments a WHERE a.family_id = f.id), '[]') AS assigned
       FROM family_members c JOIN families f ON f.id = c.family_id
      WHERE c.personnummer = ANY($1::text[])`,
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
