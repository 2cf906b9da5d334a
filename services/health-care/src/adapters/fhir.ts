import { type AgencyHttp, batchLoader, groupBy, identifierSystemOf, reportedKeySum } from '@lotsen/kit';
import type { Appointment, CareTeam, CodeableConcept, Condition, Consent, Encounter, FhirResource, MeasureReport, MeasureReportGroup, Patient, Reference } from 'fhir/r4.js';
import { blockedSections, type HealthCareCategory } from './fhir-blocks.js';
import { searchAll } from './fhir-search.js';
import { appointmentPatient, appointmentsOf, careContactsOf, diagnosesOf, referenceKey } from './fhir-to-sections.js';
import { careContactMeasureRequest } from './measure-request.js';

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
 * One search per resource type for many children, followed to its last page: chained on the
 * patient's identifier with R4's `patient` parameter (one target type, so `patient.identifier` is
 * unambiguous on all five) and with `_include` of the Patient, so every answer maps back to its
 * personnummer or coordination number by itself.
 */
async function searchByPatient<R extends FhirResource>(http: AgencyHttp, type: R['resourceType'], patientRef: (r: R) => Reference | undefined, pnrs: readonly string[]): Promise<Map<string, R[]>> {
  const entries = await searchAll(http, type, { 'patient.identifier': token(pnrs), _include: `${type}:patient` });
  const asked = new Set(pnrs);
  const patients = new Map(entries.filter((r): r is Patient => r.resourceType === 'Patient').map((p) => [`Patient/${p.id}`, askedNumberOf(p, asked)]));
  const matches = entries.filter((r): r is R => r.resourceType === type);
  return groupBy(matches, (r) => patients.get(referenceKey(patientRef(r)) ?? '') ?? '');
}

/** One row of the care-contacts measure: a year and unit type (null: all unit types of the year), summed. */
export interface CareContactRow {
  year: number;
  /** The region's unit type code (enhetstyp): bup, habilitering or primarvard. */
  unitType: string | null;
  patients: number;
  /** The sum of the patients' record keys, modulo 2³²: the key of their cell (docs/agency-systems.md, "Record keys"). */
  keySum: number;
  encounters: number;
}

/** What the measure answers: the children named (the cohort's own cell) and one row per year and unit type. */
export interface CareContactReport {
  named: { children: number; keySum: number };
  rows: CareContactRow[];
}

/** The extension on a population of the measure that carries the sum of its patients' record keys. */
export const keySumExtension = 'urn:lotsen:fhir:nyckelsumma';

const codeOf = (c: CodeableConcept | undefined) => c?.coding?.[0]?.code;
/** The measure's groups: one counts patients with a contact, the other the contacts (encounters). */
const figures: Record<string, 'patients' | 'encounters'> = { patienter: 'patients', vardkontakter: 'encounters' };
type Population = NonNullable<MeasureReportGroup['population']>[number];
const initialPopulation = (populations: Population[] | undefined) => populations?.find((p) => codeOf(p.code) === 'initial-population');
/** A population's key sum; a report without one is not published from (UNAVAILABLE: no key, no protection). */
const keySumOf = (p: Population | undefined) => reportedKeySum('HEALTH_CARE', p?.extension?.find((e) => e.url === keySumExtension)?.valueDecimal);

/**
 * The strata of the measure's two groups (patients, encounters) read into one row per year and
 * unit type, each with its patients' key sum, and the `urval` group's children named with theirs.
 */
function careContactReport(report: MeasureReport): CareContactReport {
  if (report.resourceType !== 'MeasureReport' || report.status !== 'complete') throw new Error('the care-contacts measure gave no complete MeasureReport');
  const rows = new Map<string, CareContactRow>();
  let named: CareContactReport['named'] | undefined;
  for (const group of report.group ?? []) {
    if (codeOf(group.code) === 'urval') {
      const cohort = initialPopulation(group.population);
      named = { children: cohort?.count ?? 0, keySum: keySumOf(cohort) };
    }
    const figure = figures[codeOf(group.code) ?? ''];
    if (!figure) continue;
    for (const s of (group.stratifier ?? []).flatMap((st) => st.stratum ?? [])) {
      const component = (code: string) => s.component?.find((c) => codeOf(c.code) === code)?.value;
      const year = Number(component('ar')?.text);
      const unitType = codeOf(component('enhetstyp')) ?? null;
      const row = rows.get(`${year} ${unitType}`) ?? { year, unitType, patients: 0, keySum: 0, encounters: 0 };
      const population = initialPopulation(s.population);
      row[figure] = population?.count ?? 0;
      if (figure === 'patients') row.keySum = keySumOf(population);
      rows.set(`${year} ${unitType}`, row);
    }
  }
  return { named: named ?? { children: 0, keySum: keySumOf(undefined) }, rows: [...rows.values()] };
}

export function healthRecords(http: AgencyHttp) {
  const by = <R extends FhirResource>(type: R['resourceType'], ref: (r: R) => Reference | undefined) => batchLoader<string, R[]>((pnrs) => searchByPatient<R>(http, type, ref, pnrs), []);
  const patients = batchLoader<string, Patient | null>(async (pnrs) => {
    const found = (await searchAll(http, 'Patient', { identifier: token(pnrs) })).filter((r): r is Patient => r.resourceType === 'Patient');
    const asked = new Set(pnrs);
    return new Map(
      found.flatMap((p) => {
        const number = askedNumberOf(p, asked);
        return number ? [[number, p] as const] : [];
      }),
    );
  }, null);
  const encounters = by<Encounter>('Encounter', (r) => r.subject);
  const careTeams = by<CareTeam>('CareTeam', (r) => r.subject);
  const appointments = by<Appointment>('Appointment', appointmentPatient);
  const conditions = by<Condition>('Condition', (r) => r.subject);
  const consents = by<Consent>('Consent', (r) => r.patient);
  /** A section read alongside the Patient search, in one tick so both batch; no Patient means "not recorded" (null). */
  const ifPatient = async <T>(personnummer: string, rows: Promise<T>): Promise<T | null> => {
    const [patient, result] = await Promise.all([patients.load(personnummer), rows]);
    return patient ? result : null;
  };
  return {
    careContacts: async (personnummer: string) => {
      const found = await ifPatient(personnummer, Promise.all([encounters.load(personnummer), careTeams.load(personnummer)]));
      return found && careContactsOf(...found);
    },
    appointments: async (personnummer: string) => {
      const found = await ifPatient(personnummer, appointments.load(personnummer));
      return found && appointmentsOf(found);
    },
    diagnoses: async (personnummer: string) => {
      const found = await ifPatient(personnummer, conditions.load(personnummer));
      return found && diagnosesOf(found);
    },
    /**
     * Whether the patient's blocks (spärr) at the region withhold a section, asked before the
     * section's records: one Consent search for every child of the operation, never kept past it
     * (the adapter is made for each request), so a block recorded a moment ago holds on the next
     * request. A failed search throws, and the gate withholds the section.
     */
    blocked: async (personnummer: string, category: HealthCareCategory) => blockedSections(await consents.load(personnummer), new Date()).has(category),
    /**
     * Care contacts of the children named, per year and unit type, from the region's measure
     * (FHIR R4 `$evaluate-measure`, a population report): one call however many, sums only. The
     * cohort's Group goes with the request (measure-request.ts), never stored at the region.
     */
    careContactReport: async (personnummer: readonly string[], periodStart: string, periodEnd: string): Promise<CareContactReport> => {
      if (personnummer.length === 0) return { named: { children: 0, keySum: 0 }, rows: [] };
      const { data } = await http.report<MeasureReport>('/fhir/Measure/vardkontakter-per-enhetstyp/$evaluate-measure', careContactMeasureRequest(personnummer, periodStart, periodEnd), {
        headers: { 'content-type': 'application/fhir+json', accept: 'application/fhir+json' },
      });
      return careContactReport(data);
    },
  };
}

export type HealthRecords = ReturnType<typeof healthRecords>;
