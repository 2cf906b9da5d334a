import { type AgencyHttp, batchLoader, groupBy, identifierSystemOf } from '@lotsen/kit';
import type { Appointment, Bundle, CareTeam, Condition, Encounter, FhirResource, Patient, Reference } from 'fhir/r4.js';

/**
 * Every number under its own identifier system: a personnummer under …3.1, a coordination
 * number (samordningsnummer) under …3.3; one comma-joined search may mix the two.
 */
const token = (pnrs: readonly string[]) => pnrs.map((p) => `${identifierSystemOf(p)}|${p}`).join(',');

/**
 * Which of the numbers asked for a Patient carries, under the system that number belongs to
 * (a patient may carry both a coordination number and, later, a personnummer).
 */
const askedNumberOf = (p: Patient, asked: ReadonlySet<string>) => p.identifier?.find((i) => i.value !== undefined && asked.has(i.value) && i.system === identifierSystemOf(i.value))?.value;

/**
 * One search per resource type for many children: chained on the patient's identifier and
 * with `_include` of the Patient, so every answer maps back to its personnummer or
 * coordination number by itself.
 */
async function searchByPatient<R extends FhirResource>(
  http: AgencyHttp,
  type: string,
  param: string,
  include: string,
  patientRef: (r: R) => Reference | undefined,
  pnrs: readonly string[],
): Promise<Map<string, R[]>> {
  const { data } = await http.get<Bundle>(`/fhir/${type}`, { params: { [param]: token(pnrs), _include: include } });
  const entries = (data.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
  const asked = new Set(pnrs);
  const patients = new Map(entries.filter((r): r is Patient => r.resourceType === 'Patient').map((p) => [`Patient/${p.id}`, askedNumberOf(p, asked)]));
  const matches = entries.filter((r): r is R => r.resourceType === type);
  return groupBy(matches, (r) => patients.get(patientRef(r)?.reference ?? '') ?? '');
}

export function healthRecords(http: AgencyHttp) {
  const by = <R extends FhirResource>(type: string, param: string, include: string, ref: (r: R) => Reference | undefined) =>
    batchLoader<string, R[]>((pnrs) => searchByPatient<R>(http, type, param, include, ref, pnrs), []);
  return {
    patients: batchLoader<string, Patient | null>(async (pnrs) => {
      const { data } = await http.get<Bundle>('/fhir/Patient', { params: { identifier: token(pnrs) } });
      const found = (data.entry ?? []).flatMap((e) => (e.resource?.resourceType === 'Patient' ? [e.resource] : []));
      const asked = new Set(pnrs);
      return new Map(
        found.flatMap((p) => {
          const number = askedNumberOf(p, asked);
          return number ? [[number, p] as const] : [];
        }),
      );
    }, null),
    encounters: by<Encounter>('Encounter', 'patient.identifier', 'Encounter:subject', (r) => r.subject),
    careTeams: by<CareTeam>('CareTeam', 'subject.identifier', 'CareTeam:subject', (r) => r.subject),
    appointments: by<Appointment>('Appointment', 'patient.identifier', 'Appointment:patient', (r) => r.participant.find((p) => p.actor?.reference?.startsWith('Patient/'))?.actor),
    conditions: by<Condition>('Condition', 'subject.identifier', 'Condition:subject', (r) => r.subject),
  };
}

export type HealthRecords = ReturnType<typeof healthRecords>;
