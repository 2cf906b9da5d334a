import type { Identity, Queryable } from '@lotsen/kit';

export interface FamilyRow {
  id: string;
  reference: string;
  teamId: string;
  /** Where its children are registered (docs/tenancy.md). */
  municipality: string;
  archetype: number | null;
  /** Set once the family is closed (family-closing.ts). */
  closedOn: string | null;
  closedReason: string | null;
  closedReasonText: string | null;
  closedBy: string | null;
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

/** Where a child stands for a decision: family, team, who is assigned, and whether coordination has ended. */
export interface ChildStanding {
  personnummer: string;
  familyId: string;
  teamId: string;
  assigned: string[];
  closedOn: string | null;
}

export const familyColumns =
  'f.id, f.reference, f.team_id AS "teamId", f.municipality, f.archetype, f.closed_on AS "closedOn", f.closed_reason AS "closedReason", f.closed_reason_text AS "closedReasonText", f.closed_by AS "closedBy"';

/**
 * How long a closed family stays readable to its team and its guardians (docs/consent.md, "When
 * coordination ends"): long enough to reopen it when the family comes back, as the teams do, and
 * to answer the family's questions about what was done; after that it is in no one's view.
 */
export const closedReadableDays = 90;
/** A family open, or closed within the readable period, on the day given as parameter `n`. */
const readableOn = (n: number) => `(f.closed_on IS NULL OR f.closed_on + ${closedReadableDays} >= $${n}::date)`;

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

/**
 * The caller's families: a coordinator's and a team lead's work list holds those in coordination
 * (a closed one is off it); a guardian's page shows a closed family too while it is readable, so
 * that it can say that coordination has ended.
 */
export async function visibleFamilies(db: Queryable, identity: Identity, custodyOf: readonly string[], today: string): Promise<FamilyRow[]> {
  const v = visibility(identity, custodyOf);
  if (!v) return [];
  if (identity.role === 'GUARDIAN') return db.query<FamilyRow>(`SELECT ${familyColumns} FROM families f WHERE ${v.where} AND ${readableOn(2)} ORDER BY f.reference`, [v.param, today]);
  return db.query<FamilyRow>(`SELECT ${familyColumns} FROM families f WHERE ${v.where} AND f.closed_on IS NULL ORDER BY f.reference`, [v.param]);
}

/** The subset of `ids` the caller may see: open, or closed and still readable on `today`. */
export async function visibleFamiliesByIds(db: Queryable, identity: Identity, custodyOf: readonly string[], ids: readonly string[], today: string): Promise<FamilyRow[]> {
  const v = visibility(identity, custodyOf);
  if (!v || ids.length === 0) return [];
  return db.query<FamilyRow>(`SELECT ${familyColumns} FROM families f WHERE f.id = ANY($2::uuid[]) AND ${v.where} AND ${readableOn(3)}`, [v.param, ids, today]);
}

/** The family with this reference, if the caller may see it (open, or closed and still readable). */
export async function familyByReference(db: Queryable, identity: Identity, custodyOf: readonly string[], reference: string, today: string): Promise<FamilyRow | null> {
  const v = visibility(identity, custodyOf);
  if (!v) return null;
  const [row] = await db.query<FamilyRow>(`SELECT ${familyColumns} FROM families f WHERE f.reference = $2 AND ${v.where} AND ${readableOn(3)}`, [v.param, reference, today]);
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
    `SELECT c.personnummer, f.id AS "familyId", f.team_id AS "teamId", f.closed_on AS "closedOn",
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
