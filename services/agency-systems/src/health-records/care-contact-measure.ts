import { type HttpResponse, identifierSystemOf, json } from '@lotsen/kit';
import type { CodeableConcept, FhirResource, MeasureReport, MeasureReportGroup, OperationOutcome, Parameters } from 'fhir/r4.js';
import type { HealthRecord } from '../population/types.js';
import { unitTypeOf } from './unit-type.js';

/** The measure's id on the server: care contacts (vårdkontakter) per unit type and year. */
export const careContactMeasureId = 'vardkontakter-per-enhetstyp';
const measureUrl = `urn:lotsen:fhir:measure:${careContactMeasureId}`;
/** The codes of the measure's groups and stratifiers, as the region and Lotsen agreed them. */
const measureCodes = 'urn:lotsen:fhir:vardkontakter';

const concept = (code: string, display: string): CodeableConcept => ({ coding: [{ system: measureCodes, code, display }] });
const patientsCode = concept('patienter', 'Patienter med minst en vårdkontakt');
const encountersCode = concept('vardkontakter', 'Vårdkontakter');
const yearCode = concept('ar', 'År');
const unitTypeCode = concept('enhetstyp', 'Enhetstyp');
const initialPopulation: CodeableConcept = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/measure-population', code: 'initial-population', display: 'Initial Population' }],
};

type Tally = { patients: Set<string>; encounters: number };
type Stratum = { year: string; unitType?: CodeableConcept | undefined; tally: Tally };

const fhirJson = (status: number, resource: MeasureReport | OperationOutcome): HttpResponse => json(status, resource, { 'content-type': 'application/fhir+json' });
const invalid = (diagnostics: string) => fhirJson(400, { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'invalid', diagnostics }] });
/** A whole day that exists (Date would take 2026-02-30 for 2 March). */
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/**
 * The personnummer the subject group names, or why it is not one the measure can take. The
 * cohort comes inline, not as a stored Group: it is the registry's for one request only.
 */
function membersOf(group: FhirResource | undefined): string[] | string {
  if (group?.resourceType !== 'Group') return 'subjectGroup: a Group resource is required';
  if (group.type !== 'person' || group.actual !== true) return 'subjectGroup: the Group must be of type person and actual';
  const pnrs = (group.member ?? []).map((m) => m.entity?.identifier);
  if (pnrs.some((i) => !i?.system || !i.value)) return 'subjectGroup: every member must be identified by system and value';
  // A number under another system than its own names no patient, as in the searches.
  return pnrs.flatMap((i) => (i?.value && i.system === identifierSystemOf(i.value) ? [i.value] : []));
}

/**
 * FHIR R4 `$evaluate-measure` of the care-contacts measure for a cohort, as a region's server
 * answers it for follow-up statistics: a summary MeasureReport with, per calendar year and per
 * unit type, the patients with at least one encounter and the encounters, in the period only
 * (booked appointments are not encounters). One request whatever the number of children, and
 * nothing per patient in the answer.
 */
export function evaluateCareContacts(patients: ReadonlyMap<string, { health: HealthRecord }>) {
  return (req: { body: string }): HttpResponse => {
    let body: Parameters;
    try {
      body = JSON.parse(req.body || '{}') as Parameters;
    } catch {
      return invalid('the body is not JSON');
    }
    if (body.resourceType !== 'Parameters') return invalid('a Parameters resource is required');
    const param = (name: string) => body.parameter?.find((p) => p.name === name);
    const start = param('periodStart')?.valueDate;
    const end = param('periodEnd')?.valueDate;
    if (!isDate(start) || !isDate(end) || start > end) return invalid('periodStart and periodEnd are required as valueDate (YYYY-MM-DD), periodStart not after periodEnd');
    if (param('reportType')?.valueCode !== 'population') return invalid('reportType: only population is supported');
    const members = membersOf(param('subjectGroup')?.resource);
    if (typeof members === 'string') return invalid(members);

    const byYear = new Map<string, Stratum>();
    const byYearAndUnit = new Map<string, Stratum>();
    const count = (strata: Map<string, Stratum>, key: string, stratum: Omit<Stratum, 'tally'>, pnr: string) => {
      const s = strata.get(key) ?? { ...stratum, tally: { patients: new Set<string>(), encounters: 0 } };
      s.tally.patients.add(pnr);
      s.tally.encounters += 1;
      strata.set(key, s);
    };
    for (const pnr of new Set(members)) {
      for (const e of patients.get(pnr)?.health.encounters ?? []) {
        const unitType = unitTypeOf(e.organisation);
        if (e.date < start || e.date > end || !unitType) continue;
        const year = e.date.slice(0, 4);
        count(byYear, year, { year }, pnr);
        count(byYearAndUnit, `${year} ${unitType.code}`, { year, unitType: { coding: [unitType] } }, pnr);
      }
    }
    const all = [...byYear.values()];
    const group = (code: CodeableConcept, of: (t: Tally) => number, total: number): MeasureReportGroup => {
      const stratum = (s: Stratum) => ({
        component: [{ code: yearCode, value: { text: s.year } }, ...(s.unitType ? [{ code: unitTypeCode, value: s.unitType }] : [])],
        population: [{ code: initialPopulation, count: of(s.tally) }],
      });
      return {
        code,
        population: [{ code: initialPopulation, count: total }],
        stratifier: [
          { code: [yearCode], stratum: all.map(stratum) },
          { code: [yearCode, unitTypeCode], stratum: [...byYearAndUnit.values()].map(stratum) },
        ],
      };
    };
    return fhirJson(200, {
      resourceType: 'MeasureReport',
      status: 'complete',
      type: 'summary',
      measure: measureUrl,
      period: { start, end },
      group: [
        group(patientsCode, (t) => t.patients.size, new Set(all.flatMap((s) => [...s.tally.patients])).size),
        group(
          encountersCode,
          (t) => t.encounters,
          all.reduce((n, s) => n + s.tally.encounters, 0),
        ),
      ],
    });
  };
}
