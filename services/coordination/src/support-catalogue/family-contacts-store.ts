import type { Agency, Queryable } from '@lotsen/kit';

/** A named member of staff on a family's list: never one of the family's own people. */
export interface ContactPerson {
  name: string;
  role: string;
  organisation: string | null;
  agency: Agency | null;
  phone: string | null;
  email: string | null;
}

export interface FamilyContactRow {
  id: string;
  familyId: string;
  serviceId: string | null;
  person: ContactPerson | null;
  about: string | null;
  addedAt: string;
  addedByName: string;
}

type Row = Omit<FamilyContactRow, 'person'> & {
  personName: string | null;
  personRole: string | null;
  personOrganisation: string | null;
  personAgency: Agency | null;
  personPhone: string | null;
  personEmail: string | null;
};

const fromRow = ({ personName, personRole, personOrganisation, personAgency, personPhone, personEmail, ...r }: Row): FamilyContactRow => ({
  ...r,
  person: personName === null ? null : { name: personName, role: personRole ?? '', organisation: personOrganisation, agency: personAgency, phone: personPhone, email: personEmail },
});

const columns = `c.id, c.family_id AS "familyId", c.service_id AS "serviceId", c.person_name AS "personName", c.person_role AS "personRole",
  c.person_organisation AS "personOrganisation", c.person_agency AS "personAgency", c.person_phone AS "personPhone", c.person_email AS "personEmail",
  c.about, c.added_at AS "addedAt", COALESCE(u.name, c.added_by) AS "addedByName"`;

/** These families' present contacts, oldest first. */
export async function contactsOfFamilies(db: Queryable, familyIds: readonly string[]): Promise<FamilyContactRow[]> {
  const rows = await db.query<Row>(
    `SELECT ${columns} FROM family_contacts c LEFT JOIN users u ON u.username = c.added_by
      WHERE c.family_id = ANY($1::uuid[]) AND c.removed_at IS NULL ORDER BY c.family_id, c.added_at, c.added_order`,
    [familyIds],
  );
  return rows.map(fromRow);
}

/** One present contact, to check whose family it is before it is removed. */
export async function contactById(db: Queryable, id: string): Promise<FamilyContactRow | null> {
  const [row] = await db.query<Row>(`SELECT ${columns} FROM family_contacts c LEFT JOIN users u ON u.username = c.added_by WHERE c.id = $1 AND c.removed_at IS NULL`, [id]);
  return row ? fromRow(row) : null;
}

export async function insertContact(
  db: Queryable,
  c: { id: string; familyId: string; serviceId: string | null; person: ContactPerson | null; about: string | null; at: string; by: string },
): Promise<FamilyContactRow> {
  await db.query(
    `INSERT INTO family_contacts (id, family_id, service_id, person_name, person_role, person_organisation, person_agency, person_phone, person_email, about, added_at, added_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      c.id,
      c.familyId,
      c.serviceId,
      c.person?.name ?? null,
      c.person?.role ?? null,
      c.person?.organisation ?? null,
      c.person?.agency ?? null,
      c.person?.phone ?? null,
      c.person?.email ?? null,
      c.about,
      c.at,
      c.by,
    ],
  );
  const added = await contactById(db, c.id);
  if (!added) throw new Error(`family contact ${c.id} vanished`);
  return added;
}

/** Off the family's list; the row stays, with who removed it and when. False when it was not on it. */
export async function removeContact(db: Queryable, id: string, at: string, by: string): Promise<boolean> {
  const removed = await db.query('UPDATE family_contacts SET removed_at = $2, removed_by = $3 WHERE id = $1 AND removed_at IS NULL RETURNING id', [id, at, by]);
  return removed.length > 0;
}
