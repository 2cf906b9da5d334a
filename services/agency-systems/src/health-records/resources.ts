import { identifierSystemOf } from '@lotsen/kit';
import type { Appointment, CareTeam, Condition, Encounter, HealthcareService, Organization, Patient, Reference } from 'fhir/r4.js';
import type { Child, HealthRecord } from '../population/types.js';
import { unitTypeOf } from './unit-type.js';

/** A child the region has records of. */
export type Known = Child & { health: HealthRecord };

/** A booked visit's length: the records keep its start only, and R4 wants a booked appointment's end (app-3). */
const visitMinutes = 45;

export const organizationId = (name: string) => `org-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`;
/** The unit's clinic as the service it offers: what an appointment is booked with (R4 allows no Organization as a participant). */
export const healthcareServiceId = (name: string) => `hs-${organizationId(name).slice(4)}`;

const subject = (c: Known): Reference => ({ reference: `Patient/${c.health.patientId}` });
const organization = (name: string): Reference => ({ reference: `Organization/${organizationId(name)}`, display: name });

export const patientOf = (c: Known): Patient => ({
  resourceType: 'Patient',
  id: c.health.patientId,
  identifier: [{ system: identifierSystemOf(c.personnummer), value: c.personnummer }],
  name: [{ family: c.familyName, given: [c.givenName] }],
  gender: c.sex === 'FEMALE' ? 'female' : 'male',
  birthDate: c.birthDate,
});

export const encountersOf = (c: Known): Encounter[] =>
  c.health.encounters.map((e) => ({
    resourceType: 'Encounter',
    id: e.id,
    status: 'finished',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
    type: [{ text: e.kind }],
    subject: subject(c),
    period: { start: e.date },
    serviceProvider: organization(e.organisation),
    participant: [{ type: [{ text: e.practitionerRole }] }],
  }));

/** `start` plus minutes, written with the same UTC offset as `start` (`…T09:00:00+01:00`). */
export function plusMinutes(start: string, minutes: number): string {
  const offset = /([+-]\d{2}):?(\d{2})$|Z$/.exec(start);
  if (!offset) throw new Error(`no UTC offset in ${start}`);
  const offsetMinutes = offset[0] === 'Z' ? 0 : Math.sign(Number(offset[1])) * (Math.abs(Number(offset[1])) * 60 + Number(offset[2]));
  const local = new Date(Date.parse(start) + (minutes + offsetMinutes) * 60_000).toISOString().slice(0, 19);
  return `${local}${offset[0]}`;
}

export const appointmentsOf = (c: Known): Appointment[] =>
  c.health.appointments.map((a) => ({
    resourceType: 'Appointment',
    id: a.id,
    status: a.status,
    serviceType: [{ text: a.serviceType }],
    start: a.start,
    end: plusMinutes(a.start, visitMinutes),
    minutesDuration: visitMinutes,
    participant: [
      { actor: subject(c), status: 'accepted' },
      { actor: { reference: `HealthcareService/${healthcareServiceId(a.organisation)}`, display: a.organisation }, status: 'accepted' },
    ],
  }));

export const conditionsOf = (c: Known): Condition[] =>
  c.health.conditions.map((d) => ({
    resourceType: 'Condition',
    id: d.id,
    clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
    verificationStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' }] },
    code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: d.code, display: d.display }], text: d.display },
    subject: subject(c),
    recordedDate: d.recordedDate,
  }));

export const careTeamsOf = (c: Known): CareTeam[] =>
  c.health.careTeam
    ? [
        {
          resourceType: 'CareTeam',
          id: c.health.careTeam.id,
          status: 'active',
          name: c.health.careTeam.name,
          subject: subject(c),
          managingOrganization: [organization(c.health.careTeam.organisation)],
        },
      ]
    : [];

/** The units the records name, each once: their Organization (with its unit type) and the HealthcareService booked with. */
export function unitsOf(patients: Iterable<Known>): { organizations: Organization[]; services: HealthcareService[] } {
  const names = new Set<string>();
  for (const { health } of patients) {
    for (const e of health.encounters) names.add(e.organisation);
    for (const a of health.appointments) names.add(a.organisation);
    if (health.careTeam) names.add(health.careTeam.organisation);
  }
  const sorted = [...names].sort();
  return {
    organizations: sorted.map((name) => {
      const unitType = unitTypeOf(name);
      return { resourceType: 'Organization', id: organizationId(name), active: true, name, ...(unitType ? { type: [{ coding: [unitType] }] } : {}) };
    }),
    services: sorted.map((name) => ({ resourceType: 'HealthcareService', id: healthcareServiceId(name), active: true, name, providedBy: organization(name) })),
  };
}
