import { type AgencyHttp, batchLoader, groupBy, identifierSystemOf } from '@lotsen/kit';
import type { Appointment, Bundle, CareTeam, CodeableConcept, Condition, Encounter, FhirResource, MeasureReport, Patient, Reference } from 'fhir/r4.js';
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

/** One row of the care-contacts measure: a year and unit type (null: all unit types of the year), summed. */
export interface CareContactRow {
  year: number;
  /** The region's unit type code (enhetstyp): bup, habilitering or primarvard. */
  unitType: string | null;
  patients: number;
  encounters: number;
}

const codeOf = (c: CodeableConcept | undefined) => c?.coding?.[0]?.code;
/** The measure's groups: one counts patients with a contact, the other the contacts (encounters). */
const figures: Record<string, 'patients' | 'encounters'> = { patienter: 'patients', vardkontakter: 'encounters' };

/** The strata of the measure's two groups (patients, encounters) read into one row per year and unit type. */
function careContactRows(report: MeasureReport): CareContactRow[] {
  if (report.resourceType !== 'MeasureReport' || report.status !== 'complete') throw new Error('the care-contacts measure gave no complete MeasureReport');
  const rows = new Map<string, CareContactRow>();
  for (const group of report.group ?? []) {
    const figure = figures[codeOf(group.code) ?? ''];
    if (!figure) continue;
    for (const s of (group.stratifier ?? []).flatMap((st) => st.stratum ?? [])) {
      const component = (code: string) => s.component?.find((c) => codeOf(c.code) === code)?.value;
      const year = Number(component('ar')?.text);
      const unitType = codeOf(component('enhetstyp')) ?? null;
      const row = rows.get(`${year} ${unitType}`) ?? { year, unitType, patients: 0, encounters: 0 };
      row[figure] = s.population?.find((p) => codeOf(p.code) === 'initial-population')?.count ?? 0;
      rows.set(`${year} ${unitType}`, row);
    }
  }
  return [...rows.values()];
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
    /**
     * Care contacts of the children named, per year and unit type, from the region's measure
     * (FHIR R4 `$evaluate-measure`, a population report): one call however many, sums only. The
     * cohort goes inline as a Group, not as a stored one: it is the registry's for this request only.
     */
    careContactReport: async (personnummer: readonly string[], periodStart: string, periodEnd: string): Promise<CareContactRow[]> => {
      if (personnummer.length === 0) return [];
      const { data } = await http.report<MeasureReport>('/fhir/Measure/vardkontakter-per-enhetstyp/$evaluate-measure', careContactMeasureRequest(personnummer, periodStart, periodEnd), {
        headers: { 'content-type': 'application/fhir+json' },
      });
      return careContactRows(data);
    },
  };
}

export type HealthRecords = ReturnType<typeof healthRecords>;
