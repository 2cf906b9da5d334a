import type { Queryable } from '@lotsen/kit';

export interface NewChild {
  personnummer: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: 'FEMALE' | 'MALE';
}

export interface NewFamily {
  id: string;
  reference: string;
  teamId: string;
  /**
   * Where the children are registered: one of the team's municipalities (docs/tenancy.md).
   * Absent: the team's own, when it serves one (migration 022 refuses it otherwise).
   */
  municipality?: string;
  coordinator: string;
  since: string;
  /** As the population register has them: the family's guardians are read from there, never stored. */
  children: NewChild[];
}

/** A child already in coordination in some family: the unique index of migration 004 refused it. */
export class ChildAlreadyInCoordination extends Error {
  override readonly name = 'ChildAlreadyInCoordination';
}

/** The children of `personnummer` already in a family in coordination. */
async function childrenInCoordination(db: Queryable, personnummer: readonly string[]): Promise<string[]> {
  const rows = await db.query<{ personnummer: string }>('SELECT personnummer FROM family_members WHERE personnummer = ANY($1::text[])', [personnummer]);
  return rows.map((r) => r.personnummer);
}

/**
 * Stores a family with its children and assignment; run inside a transaction. A child already
 * in a family (another team's, or a concurrent request's) fails the whole family.
 */
export async function insertFamily(tx: Queryable, family: NewFamily): Promise<void> {
  if (
    (
      await childrenInCoordination(
        tx,
        family.children.map((c) => c.personnummer),
      )
    ).length > 0
  )
    throw new ChildAlreadyInCoordination();
  // Taken in today: the first contact was no later (a coordinator may correct it; docs/analysts.md).
  await tx.query('INSERT INTO families (id, reference, team_id, municipality, started_on, first_contact_on) VALUES ($1, $2, $3, $5, $4, $4)', [
    family.id,
    family.reference,
    family.teamId,
    family.since,
    family.municipality ?? null,
  ]);
  await tx.query('INSERT INTO assignments (family_id, username, since) VALUES ($1, $2, $3)', [family.id, family.coordinator, family.since]);
  for (const [position, c] of family.children.entries()) {
    // The person row is the register's name at intake; a child seen before (a closed consent) keeps one row.
    await tx.query(
      `INSERT INTO persons (personnummer, given_name, family_name, birth_date, sex) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (personnummer) DO UPDATE SET given_name = EXCLUDED.given_name, family_name = EXCLUDED.family_name`,
      [c.personnummer, c.givenName, c.familyName, c.birthDate, c.sex],
    );
    try {
      await tx.query("INSERT INTO family_members (family_id, personnummer, role, position) VALUES ($1, $2, 'CHILD', $3)", [family.id, c.personnummer, position]);
    } catch (error) {
      // Two intakes of one child at once: the unique index decides, the loser gets the same refusal.
      if (/family_members_one_family|duplicate key/.test(error instanceof Error ? error.message : '')) throw new ChildAlreadyInCoordination();
      throw error;
    }
  }
}

export async function nextFamilyReference(tx: Queryable): Promise<string> {
  const [row] = await tx.query<{ n: number }>("SELECT COALESCE(MAX(substring(reference from 3)::int), 0) + 1 AS n FROM families WHERE reference ~ '^F-[0-9]+$'");
  return `F-${String(row?.n ?? 1).padStart(5, '0')}`;
}
