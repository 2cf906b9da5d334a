import type { Agency, Queryable } from '@lotsen/kit';
import type { OpeningPeriod } from './opening-hours.js';

/** A service as the catalogue keeper writes it (docs/support-catalogue.md). */
export interface SupportServiceEntry {
  organisation: string;
  /** Empty: every municipality. */
  municipalities: string[];
  agency: Agency | null;
  name: string;
  offers: string;
  forWhom: string;
  phone: string | null;
  email: string | null;
  web: string | null;
  visitingAddress: string | null;
  openingHours: OpeningPeriod[];
  openingNote: string | null;
}

export interface SupportServiceRow extends SupportServiceEntry {
  id: string;
  reviewedOn: string;
  reviewedBy: string;
  reviewedByName: string;
  retiredAt: string | null;
  version: number;
}

export interface SupportServiceChangeRow {
  serviceId: string;
  version: number;
  at: string;
  kind: 'ADDED' | 'CHANGED' | 'RETIRED';
  by: string;
  byName: string;
}

const columns = `s.id, s.organisation, s.municipalities, s.agency, s.name, s.offers, s.for_whom AS "forWhom", s.phone, s.email, s.web,
  s.visiting_address AS "visitingAddress", s.opening_hours AS "openingHours", s.opening_note AS "openingNote", s.reviewed_on AS "reviewedOn",
  s.reviewed_by AS "reviewedBy", COALESCE(u.name, s.reviewed_by) AS "reviewedByName", s.retired_at AS "retiredAt", s.version`;
const from = 'FROM support_services s LEFT JOIN users u ON u.username = s.reviewed_by';

/** Every service in the catalogue, retired ones left out. */
export function activeServices(db: Queryable): Promise<SupportServiceRow[]> {
  return db.query<SupportServiceRow>(`SELECT ${columns} ${from} WHERE s.retired_at IS NULL`);
}

/** These services, retired ones too (a family's list may name one). */
export function servicesByIds(db: Queryable, ids: readonly string[]): Promise<SupportServiceRow[]> {
  return db.query<SupportServiceRow>(`SELECT ${columns} ${from} WHERE s.id = ANY($1::uuid[])`, [ids]);
}

/** The municipalities the catalogue's services name. */
export async function catalogueMunicipalities(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ m: string }>('SELECT DISTINCT unnest(municipalities) AS m FROM support_services WHERE retired_at IS NULL');
  return rows.map((r) => r.m);
}

/** Who writes a change, when, and the day it counts as reviewed. */
export interface Writer {
  by: string;
  at: string;
  today: string;
}

const entryValues = (e: SupportServiceEntry) => [
  e.organisation,
  e.municipalities,
  e.agency,
  e.name,
  e.offers,
  e.forWhom,
  e.phone,
  e.email,
  e.web,
  e.visitingAddress,
  JSON.stringify(e.openingHours),
  e.openingNote,
];

async function recordChange(tx: Queryable, id: string, kind: SupportServiceChangeRow['kind'], w: Writer): Promise<SupportServiceRow> {
  const [row] = await servicesByIds(tx, [id]);
  if (!row) throw new Error(`support service ${id} vanished in its own transaction`);
  const { reviewedByName: _, ...entry } = row;
  await tx.query('INSERT INTO support_service_changes (service_id, version, at, changed_by, kind, entry) VALUES ($1, $2, $3, $4, $5, $6)', [id, row.version, w.at, w.by, kind, JSON.stringify(entry)]);
  return row;
}

/** A new service, reviewed today by its writer, with its first version in the history; run in a transaction. */
export async function insertService(tx: Queryable, id: string, entry: SupportServiceEntry, w: Writer): Promise<SupportServiceRow> {
  await tx.query(
    `INSERT INTO support_services (id, organisation, municipalities, agency, name, offers, for_whom, phone, email, web, visiting_address, opening_hours, opening_note, reviewed_on, reviewed_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13, $14, $15)`,
    [id, ...entryValues(entry), w.today, w.by],
  );
  return recordChange(tx, id, 'ADDED', w);
}

/** A service written anew and reviewed today, as a new version; null when there is no such service in the catalogue (or it is retired). */
export async function updateService(tx: Queryable, id: string, entry: SupportServiceEntry, w: Writer): Promise<SupportServiceRow | null> {
  const updated = await tx.query(
    `UPDATE support_services SET organisation = $2, municipalities = $3, agency = $4, name = $5, offers = $6, for_whom = $7, phone = $8, email = $9, web = $10,
       visiting_address = $11, opening_hours = $12::jsonb, opening_note = $13, reviewed_on = $14, reviewed_by = $15, version = version + 1
     WHERE id = $1 AND retired_at IS NULL RETURNING id`,
    [id, ...entryValues(entry), w.today, w.by],
  );
  return updated.length > 0 ? recordChange(tx, id, 'CHANGED', w) : null;
}

/** Takes a service out of search, as a new version; null when there is no such service in the catalogue (or it is retired already). */
export async function retireService(tx: Queryable, id: string, w: Writer): Promise<SupportServiceRow | null> {
  const retired = await tx.query('UPDATE support_services SET retired_at = $2, retired_by = $3, version = version + 1 WHERE id = $1 AND retired_at IS NULL RETURNING id', [id, w.at, w.by]);
  return retired.length > 0 ? recordChange(tx, id, 'RETIRED', w) : null;
}

/** The histories of these services, newest first. */
export function changesOfServices(db: Queryable, ids: readonly string[]): Promise<SupportServiceChangeRow[]> {
  return db.query<SupportServiceChangeRow>(
    `SELECT c.service_id AS "serviceId", c.version, c.at, c.kind, c.changed_by AS "by", COALESCE(u.name, c.changed_by) AS "byName"
       FROM support_service_changes c LEFT JOIN users u ON u.username = c.changed_by
      WHERE c.service_id = ANY($1::uuid[]) ORDER BY c.service_id, c.version DESC`,
    [ids],
  );
}
