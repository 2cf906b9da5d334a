import { type AgencyRequestContext, accessLog, childWithSection, type GrantedChild, gated } from '@lotsen/kit';
import type { HealthRecords } from './adapters/fhir.js';
import { healthCareStatistics } from './statistics.js';

type Ctx = AgencyRequestContext<HealthRecords>;
type Section = GrantedChild;

/** Loads the category's rows alongside the Patient search; no Patient means "not recorded". */
async function ifPatient<T>(ctx: Ctx, personnummer: string, rows: Promise<T>): Promise<T | null> {
  const [patient, result] = await Promise.all([ctx.agency.patients.load(personnummer), rows]);
  return patient ? result : null;
}

export const resolvers = {
  Statistics: {
    __resolveReference: (ref: { key: string; healthCareCohort?: unknown }) => ref,
    healthCare: healthCareStatistics,
  },
  Child: childWithSection('healthCare'),
  HealthCareSection: {
    accessLog,
    careContacts: (s: Section, _: unknown, ctx: Ctx) =>
      gated(ctx, s, 'CARE_CONTACTS', 'CareContacts', async () => {
        const found = await ifPatient(ctx, s.personnummer, Promise.all([ctx.agency.encounters.load(s.personnummer), ctx.agency.careTeams.load(s.personnummer)]));
        if (!found) return null;
        const [encounters, teams] = found;
        return {
          items: encounters.map((e) => ({
            date: e.period?.start?.slice(0, 10),
            organisation: e.serviceProvider?.display ?? 'Okänd vårdenhet',
            kind: e.type?.[0]?.text ?? e.class.display ?? 'Besök',
            practitionerRole: e.participant?.[0]?.type?.[0]?.text ?? null,
          })),
          careTeams: teams.map((t) => ({ name: t.name ?? 'Vårdteam', organisation: t.managingOrganization?.[0]?.display ?? null })),
        };
      }),
    appointments: (s: Section, _: unknown, ctx: Ctx) =>
      gated(ctx, s, 'APPOINTMENTS', 'Appointments', async () => {
        const rows = await ifPatient(ctx, s.personnummer, ctx.agency.appointments.load(s.personnummer));
        if (!rows) return null;
        return {
          items: rows.map((a) => ({
            start: a.start,
            organisation: a.participant.find((p) => p.actor?.reference?.startsWith('Organization/'))?.actor?.display ?? null,
            status: a.status,
            serviceType: a.serviceType?.[0]?.text ?? null,
          })),
        };
      }),
    diagnoses: (s: Section, _: unknown, ctx: Ctx) =>
      gated(ctx, s, 'DIAGNOSES', 'Diagnoses', async () => {
        const rows = await ifPatient(ctx, s.personnummer, ctx.agency.conditions.load(s.personnummer));
        if (!rows) return null;
        return { items: rows.map((c) => ({ code: c.code?.coding?.[0]?.code ?? '', display: c.code?.text ?? c.code?.coding?.[0]?.display ?? '', recordedDate: c.recordedDate ?? null })) };
      }),
  },
};
