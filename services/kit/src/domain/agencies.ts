/** The agencies and their data categories (docs/consent.md); the schema's enums mirror these. */

export const agencies = ['SCHOOL', 'SOCIAL_SERVICES', 'HEALTH_CARE'] as const;
export type Agency = (typeof agencies)[number];

export const categoriesByAgency = {
  SCHOOL: ['ENROLMENT', 'ATTENDANCE', 'SUPPORT_MEASURES', 'STUDENT_HEALTH'],
  SOCIAL_SERVICES: ['CASE', 'INTERVENTIONS'],
  HEALTH_CARE: ['CARE_CONTACTS', 'APPOINTMENTS', 'DIAGNOSES'],
} as const satisfies Record<Agency, readonly string[]>;

export type DataCategory = (typeof categoriesByAgency)[Agency][number];

export const dataCategories: readonly DataCategory[] = agencies.flatMap((a) => categoriesByAgency[a]);

export function agencyOf(category: DataCategory): Agency {
  const agency = agencies.find((a) => (categoriesByAgency[a] as readonly string[]).includes(category));
  if (!agency) throw new Error(`unknown data category ${category}`);
  return agency;
}

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
  'UNAVAILABLE',
] as const;
export type DenialReason = (typeof denialReasons)[number];

export const roles = ['COORDINATOR', 'TEAM_LEAD', 'GUARDIAN', 'AGENCY_STAFF', 'ANALYST'] as const;
export type Role = (typeof roles)[number];
