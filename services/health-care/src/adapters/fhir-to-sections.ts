import type { Appointment, CareTeam, Condition, Encounter, Reference } from 'fhir/r4.js';

/**
 * The region's FHIR resources as the schema's health-care sections: what a vendor's format
 * means, kept here beside the adapter, so that the resolvers only gate and call. Tested on
 * Bundles recorded from the simulator (test/fixtures/), so a change in the format fails there.
 */

/** The `Type/id` a reference ends in, relative or absolute (`http://…/fhir/Patient/1`), without a version. */
export function referenceKey(reference: Reference | undefined): string | undefined {
  const parts = reference?.reference?.replace(/\/_history\/[^/]+$/, '').split('/');
  return parts && parts.length >= 2 ? parts.slice(-2).join('/') : undefined;
}

/** An appointment's patient: the participant whose actor is a Patient. */
export const appointmentPatient = (a: Appointment): Reference | undefined => a.participant.find((p) => referenceKey(p.actor)?.startsWith('Patient/'))?.actor;

/** Where an appointment is booked: the clinic (HealthcareService), or else its Location, or an Organization some servers name. */
const bookedWith = (a: Appointment): string | null => {
  for (const type of ['HealthcareService/', 'Location/', 'Organization/']) {
    const actor = a.participant.find((p) => referenceKey(p.actor)?.startsWith(type))?.actor;
    if (actor?.display) return actor.display;
  }
  return null;
};

/** Newest first, as the family's view lists contacts; dates compared as given (ISO), the server's order kept between equals. */
const newestFirst = <T>(rows: T[], date: (r: T) => string | undefined) => [...rows].sort((a, b) => (date(b) ?? '').localeCompare(date(a) ?? ''));

export function careContactsOf(encounters: Encounter[], teams: CareTeam[]) {
  return {
    items: newestFirst(encounters, (e) => e.period?.start).map((e) => ({
      date: e.period?.start?.slice(0, 10),
      organisation: e.serviceProvider?.display ?? 'Okänd vårdenhet',
      kind: e.type?.[0]?.text ?? e.class.display ?? 'Besök',
      practitionerRole: e.participant?.[0]?.type?.[0]?.text ?? null,
    })),
    careTeams: teams.map((t) => ({ name: t.name ?? 'Vårdteam', organisation: t.managingOrganization?.[0]?.display ?? null })),
  };
}

/** Booked appointments soonest first (their starts compared as instants: offsets may differ). */
export function appointmentsOf(appointments: Appointment[]) {
  const at = (a: Appointment) => (a.start ? Date.parse(a.start) : Number.POSITIVE_INFINITY);
  return {
    items: [...appointments].sort((a, b) => at(a) - at(b)).map((a) => ({ start: a.start, organisation: bookedWith(a), status: a.status, serviceType: a.serviceType?.[0]?.text ?? null })),
  };
}

export function diagnosesOf(conditions: Condition[]) {
  return {
    items: newestFirst(conditions, (c) => c.recordedDate).map((c) => ({
      code: c.code?.coding?.[0]?.code ?? '',
      display: c.code?.text ?? c.code?.coding?.[0]?.display ?? '',
      recordedDate: c.recordedDate ?? null,
    })),
  };
}
