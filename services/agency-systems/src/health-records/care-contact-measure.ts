import { type HttpResponse, identifierSystemOf } from '@lotsen/kit';
import type { Bundle, CodeableConcept, Coding, Extension, Group, MeasureReportGroup, Parameters } from 'fhir/r4.js';
import type { HealthRecord } from '../population/types.js';
import { plusKey, type RecordKeys } from '../simulator/record-keys.js';
import { fhirJson, outcome } from './fhir-response.js';
import { unitTypeOf } from './unit-type.js';

/** The measure's id on the server: care contacts (vårdkontakter) per unit type and year. */
export const careContactMeasureId = 'vardkontakter-per-enhetstyp';
const measureUrl = `urn:lotsen:fhir:measure:${careContactMeasureId}`;
/** The codes of the measure's groups and stratifiers, as the region and Lotsen agreed them. */
const measureCodes = 'urn:lotsen:fhir:vardkontakter';

/**
 * The extension that carries a population's sum of record keys (docs/agency-systems.md, "Record
 * keys"): a number up to 2³² − 1, so a decimal, as R4's integer types stop at 2³¹ − 1.
 */
export const keySumExtension = 'urn:lotsen:fhir:nyckelsumma';
const keySumOf = (keySum: number): Extension[] => [{ url: keySumExtension, valueDecimal: keySum }];

const concept = (code: string, display: string): CodeableConcept => ({ coding: [{ system: measureCodes, code, display }] });
const cohortCode = concept('urval', 'Barn i urvalet');
const patientsCode = concept('patienter', 'Patienter med minst en vårdkontakt');
const encountersCode = concept('vardkontakter', 'Vårdkontakter');
const yearCode = concept('ar', 'År');
const unitTypeCode = concept('enhetstyp', 'Enhetstyp');
const initialPopulation: CodeableConcept = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/measure-population', code: 'initial-population', display: 'Initial Population' }],
};

/** A stratum's sums: its patients, the sum of their record keys (modulo 2³²), their encounters. */
type Tally = { patients: number; keySum: number; encounters: number };
type Stratum = { year: string; unitType?: CodeableConcept | undefined; tally: Tally };

/**
 * A patient's encounters at a unit of a type the measure stratifies by, as the measure reads
 * them: kept together per patient when the server starts (its index for the measure, in effect),
 * so a region's cohort is counted without reaching into every record of the population. Each
 * encounter carries its year and its stratum's key made once here, so that counting ninety
 * thousand patients makes no string or object per encounter; and the patient's record key,
 * derived once here with the region's statistics secret.
 */
type Contacts = { recordKey: number; dates: string[]; years: string[]; keys: string[]; unitTypes: Coding[] };
function contactsByPatient(patients: ReadonlyMap<string, { health: HealthRecord }>, recordKeys: RecordKeys): Map<string, Contacts> {
  const index = new Map<string, Contacts>();
  for (const [pnr, { health }] of patients) {
    const contacts: Contacts = { recordKey: 0, dates: [], years: [], keys: [], unitTypes: [] };
    for (const e of health.encounters) {
      const unitType = unitTypeOf(e.organisation);
      if (!unitType) continue;
      const year = e.date.slice(0, 4);
      contacts.dates.push(e.date);
      contacts.years.push(year);
      contacts.keys.push(`${year} ${unitType.code}`);
      contacts.unitTypes.push(unitType);
    }
    if (contacts.dates.length === 0) continue;
    contacts.recordKey = recordKeys.derive(pnr);
    index.set(pnr, contacts);
  }
  return index;
}

const invalid = (diagnostics: string) => outcome(400, 'invalid', diagnostics);
/** A whole day that exists (Date would take 2026-02-30 for 2 March). */
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/** The operation's parameters this server reads (R4's, and `additionalData` for the cohort); any other is refused. */
const parameterNames = new Set(['periodStart', 'periodEnd', 'reportType', 'subject', 'additionalData']);

/**
 * The cohort: R4's `subject` names it, `Group/<id>`, and the Group itself comes in
 * `additionalData`, a Bundle of what the server does not hold, as HAPI FHIR's R4 operation takes
 * it: the cohort is the registry's for one request, never stored at the region
 * (docs/agency-systems.md, "Health records").
 */
function cohortOf(subject: string | undefined, additionalData: Bundle | undefined): Group | string {
  const id = /^Group\/([A-Za-z0-9\-.]{1,64})$/.exec(subject ?? '')?.[1];
  if (!id) return 'subject: a reference to the cohort, Group/<id>, is required as valueString';
  if (additionalData?.resourceType !== 'Bundle') return 'additionalData: a Bundle holding the Group the subject names is required';
  const group = additionalData.entry?.find((e) => e.resource?.resourceType === 'Group' && e.resource.id === id)?.resource as Group | undefined;
  return group ?? `additionalData holds no Group ${id}, which the subject names`;
}

/** The personnummer the cohort's Group names, each once, or why it is not one the measure can take. */
function membersOf(group: Group): Set<string> | string {
  if (group.type !== 'person' || group.actual !== true) return 'the subject Group must be of type person and actual';
  const named = new Set<string>();
  for (const m of group.member ?? []) {
    const i = m.entity?.identifier;
    if (!i?.system || !i.value) return 'every member of the subject Group must be identified by system and value';
    // A number under another system than its own names no patient, as in the searches.
    if (i.system === identifierSystemOf(i.value)) named.add(i.value);
  }
  return named;
}

/**
 * FHIR R4 `$evaluate-measure` of the care-contacts measure for a cohort, as a region's server
 * answers it for follow-up statistics: a summary MeasureReport with, per calendar year and per
 * unit type, the patients with at least one encounter and the encounters, in the period only
 * (booked appointments are not encounters). One request whatever the number of children, and
 * nothing per patient in the answer. Each population of patients carries the sum of their record
 * keys as an extension, and a group `urval` gives the children named with theirs, so that Lotsen
 * can publish every figure by the cell key method without the region's secret.
 */
export function evaluateCareContacts(patients: ReadonlyMap<string, { health: HealthRecord }>, recordKeys: RecordKeys) {
  const contacts = contactsByPatient(patients, recordKeys);
  return (req: { body: string }): HttpResponse => {
    let body: Parameters;
    try {
      body = JSON.parse(req.body || '{}') as Parameters;
    } catch {
      return invalid('the body is not JSON');
    }
    if (body.resourceType !== 'Parameters') return invalid('a Parameters resource is required');
    const unknown = body.parameter?.find((p) => !parameterNames.has(p.name));
    if (unknown) return outcome(400, 'not-supported', `parameter not supported: ${unknown.name}`);
    const param = (name: string) => body.parameter?.find((p) => p.name === name);
    const start = param('periodStart')?.valueDate;
    const end = param('periodEnd')?.valueDate;
    if (!isDate(start) || !isDate(end) || start > end) return invalid('periodStart and periodEnd are required as valueDate (YYYY-MM-DD), periodStart not after periodEnd');
    if (param('reportType')?.valueCode !== 'population') return outcome(400, 'not-supported', 'reportType: only population is supported');
    const cohort = cohortOf(param('subject')?.valueString, param('additionalData')?.resource as Bundle | undefined);
    if (typeof cohort === 'string') return invalid(cohort);
    const members = membersOf(cohort);
    if (typeof members === 'string') return invalid(members);

    const byYear = new Map<string, Stratum>();
    const byYearAndUnit = new Map<string, Stratum>();
    const withContact: Tally = { patients: 0, keySum: 0, encounters: 0 };
    let namedKeySum = 0;
    // The strata one patient's encounters fell in: each counts the patient once.
    const touched = new Set<Stratum>();
    const counted = (s: Stratum) => {
      s.tally.encounters += 1;
      touched.add(s);
    };
    for (const pnr of members) {
      const c = contacts.get(pnr);
      // A child without contacts the measure counts (or unknown here) is in the children named alone.
      namedKeySum = plusKey(namedKeySum, c ? c.recordKey : recordKeys.of(pnr));
      if (!c) continue;
      touched.clear();
      for (let i = 0; i < c.dates.length; i++) {
        const date = c.dates[i] as string;
        if (date < start || date > end) continue;
        const year = c.years[i] as string;
        const key = c.keys[i] as string;
        let inYear = byYear.get(year);
        if (!inYear) {
          inYear = { year, tally: { patients: 0, keySum: 0, encounters: 0 } };
          byYear.set(year, inYear);
        }
        let inUnit = byYearAndUnit.get(key);
        if (!inUnit) {
          inUnit = { year, unitType: { coding: [c.unitTypes[i] as Coding] }, tally: { patients: 0, keySum: 0, encounters: 0 } };
          byYearAndUnit.set(key, inUnit);
        }
        counted(inYear);
        counted(inUnit);
      }
      for (const s of touched) {
        s.tally.patients += 1;
        s.tally.keySum = plusKey(s.tally.keySum, c.recordKey);
      }
      if (touched.size > 0) {
        withContact.patients += 1;
        withContact.keySum = plusKey(withContact.keySum, c.recordKey);
      }
    }
    const all = [...byYear.values()];
    withContact.encounters = all.reduce((n, s) => n + s.tally.encounters, 0);
    // A population of patients carries their key sum; one of encounters does not (its people are the patients').
    const population = (t: Tally, figure: 'patients' | 'encounters') => [{ code: initialPopulation, count: t[figure], ...(figure === 'patients' ? { extension: keySumOf(t.keySum) } : {}) }];
    const group = (code: CodeableConcept, figure: 'patients' | 'encounters'): MeasureReportGroup => {
      const stratum = (s: Stratum) => ({
        component: [{ code: yearCode, value: { text: s.year } }, ...(s.unitType ? [{ code: unitTypeCode, value: s.unitType }] : [])],
        population: population(s.tally, figure),
      });
      return {
        code,
        population: population(withContact, figure),
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
        group(patientsCode, 'patients'),
        group(encountersCode, 'encounters'),
        // The children named, each once, whether or not the region has met them: the cohort's own cell.
        { code: cohortCode, population: [{ code: initialPopulation, count: members.size, extension: keySumOf(namedKeySum) }] },
      ],
    });
  };
}
