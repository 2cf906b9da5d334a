import { type AgencyDeclaration, agencyManifest } from './agency-manifest.js';

/** The agencies and their data categories (docs/consent.md), as the manifest declares them; the schema's enums are generated from it. */

export type Agency = keyof typeof agencyManifest;
export const agencies = Object.keys(agencyManifest) as Agency[];

type CategoriesOf<A extends Agency> = keyof (typeof agencyManifest)[A]['categories'] & string;
export type DataCategory = { [A in Agency]: CategoriesOf<A> }[Agency];

export const categoriesByAgency = Object.fromEntries(agencies.map((a) => [a, Object.keys(agencyManifest[a].categories)])) as unknown as { [A in Agency]: readonly CategoriesOf<A>[] };

export const dataCategories: readonly DataCategory[] = agencies.flatMap((a) => categoriesByAgency[a]);

const agencyByCategory = new Map<string, Agency>(agencies.flatMap((a) => categoriesByAgency[a].map((c) => [c, a] as const)));

export function agencyOf(category: DataCategory): Agency {
  const agency = agencyByCategory.get(category);
  if (!agency) throw new Error(`unknown data category ${category}`);
  return agency;
}

/** An agency's section field (school, socialServices, …): what its subgraph, simulator and client are keyed by in one process. */
export type SectionField = (typeof agencyManifest)[Agency]['section']['field'];
export const sectionField = (agency: Agency): SectionField => agencyManifest[agency].section.field;

/** One value per agency of the manifest, keyed by its section field (its simulator, client, secret, URL in one process). */
export const perAgency = <T>(value: (agency: Agency) => T): Record<SectionField, T> => Object.fromEntries(agencies.map((a) => [sectionField(a), value(a)])) as Record<SectionField, T>;

/** Whose data an agency's section holds: a child's, or a guardian's own (the manifest's `section.of`). */
export type DataSubject = AgencyDeclaration['section']['of'];

/** The categories of the agencies whose data is about a child, or about a guardian: what one grant decides. */
export const categoriesAbout = (subject: DataSubject): readonly DataCategory[] => agencies.filter((a) => agencyManifest[a].section.of === subject).flatMap((a) => categoriesByAgency[a]);

/** Whether a string names an agency of the manifest (input from storage or a caller). */
export const isAgency = (value: string): value is Agency => Object.hasOwn(agencyManifest, value);

/** A category's Swedish name, as a heading ("Närvaro och frånvaro"). */
export const categoryName = (category: DataCategory): string => {
  const agency = agencyManifest[agencyOf(category)] as { categories: Record<string, { name: string }> };
  return agency.categories[category]?.name ?? category;
};

export const denialReasons = [
  'NO_CONSENT',
  'PENDING',
  'EXPIRED',
  'REVOKED',
  'CATEGORY_NOT_COVERED',
  'RECIPIENT_NOT_COVERED',
  'NOT_ASSIGNED',
  'READ_AT_AGENCY',
  'FAMILY_CLOSED',
  'BLOCKED_AT_AGENCY',
  'UNAVAILABLE',
] as const;
export type DenialReason = (typeof denialReasons)[number];

/**
 * Who signs in. A family representative (familjeombud) acts for one family as its guardians allow;
 * the management group (ledningsgrupp) handles the obstacles families meet; the catalogue keeper
 * owns the local support catalogue (docs/teams.md).
 */
export const roles = ['COORDINATOR', 'TEAM_LEAD', 'GUARDIAN', 'AGENCY_STAFF', 'ANALYST', 'FAMILY_REPRESENTATIVE', 'MANAGEMENT_GROUP', 'CATALOGUE_KEEPER'] as const;
export type Role = (typeof roles)[number];
