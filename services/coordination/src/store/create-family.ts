import type { Queryable } from '@lotsen/kit';

export interface NewPerson {
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
  coordinator: string;
  since: string;
  guardians: (NewPerson & { hasCustody: boolean })[];
  children: NewPerson[];
}

/** Stores a family with its members and assignment; run inside a transaction. */
export async function insertFamily(tx: Queryable, family: NewFamily): Promise<void> {
  await tx.query('INSERT INTO families (id, reference, team_id) VALUES ($1, $2, $3)', [family.id, family.reference, family.teamId]);
  await tx.query('INSERT INTO assignments (family_id, username, since) VALUES ($1, $2, $3)', [family.id, family.coordinator, family.since]);
  const members = [...family.guardians.map((g, i) => ({ ...g, role: 'GUARDIAN', position: i })), ...family.children.map((c, i) => ({ ...c, hasCustody: false, role: 'CHILD', position: i }))];
  for (const m of members) {
    // A person may already be known (a child in two households): keep one person row.
    await tx.query('INSERT INTO persons (personnummer, given_name, family_name, birth_date, sex) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (personnummer) DO NOTHING', [
      m.personnummer,
      m.givenName,
      m.familyName,
      m.birthDate,
      m.sex,
    ]);
    await tx.query('INSERT INTO family_members (family_id, personnummer, role, has_custody, position) VALUES ($1, $2, $3, $4, $5)', [family.id, m.personnummer, m.role, m.hasCustody, m.position]);
  }
}

export async function nextFamilyReference(tx: Queryable): Promise<string> {
  const [row] = await tx.query<{ n: number }>("SELECT COALESCE(MAX(substring(reference from 3)::int), 0) + 1 AS n FROM families WHERE reference ~ '^F-[0-9]+$'");
  return `F-${String(row?.n ?? 1).padStart(5, '0')}`;
}
