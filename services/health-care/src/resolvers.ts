import { type AgencyRequestContext, accessLog, childWithSection, type GrantedChild, gated } from '@lotsen/kit';
import type { HealthRecords } from './adapters/fhir.js';
import { healthCareStatistics } from './statistics.js';

type Ctx = AgencyRequestContext<HealthRecords>;
type Section = GrantedChild;

/** Each section behind the consent gate; what the region's records say, and in which words, is the adapter's (adapters/fhir-to-sections.ts). */
export const resolvers = {
  Statistics: {
    __resolveReference: (ref: { key: string; healthCareCohort?: unknown }) => ref,
    healthCare: healthCareStatistics,
  },
  Child: childWithSection('healthCare'),
  HealthCareSection: {
    accessLog,
    careContacts: (s: Section, _: unknown, ctx: Ctx) => gated(ctx, s, 'CARE_CONTACTS', 'CareContacts', () => ctx.agency.careContacts(s.personnummer)),
    appointments: (s: Section, _: unknown, ctx: Ctx) => gated(ctx, s, 'APPOINTMENTS', 'Appointments', () => ctx.agency.appointments(s.personnummer)),
    diagnoses: (s: Section, _: unknown, ctx: Ctx) => gated(ctx, s, 'DIAGNOSES', 'Diagnoses', () => ctx.agency.diagnoses(s.personnummer)),
  },
};
