import { identifierSystemOf, json, type Routes } from '@lotsen/kit';
import type { Bundle, FhirResource, Patient } from 'fhir/r4.js';
import { type Child, type HealthRecord, households, type Population } from '../population/types.js';
import { badRequest, listParam, SimulatorControl } from '../simulator/control.js';
import { type CountingSystemOptions, freshSecret, recordKeys } from '../simulator/record-keys.js';
import { careContactMeasureId, evaluateCareContacts } from './care-contact-measure.js';
import { unitTypeOf } from './unit-type.js';

type Known = Child & { health: HealthRecord };

/**
 * Health records: a subset of FHIR R4. Searches take several identifiers at once
 * (comma-joined, `system|value`), chained on the patient for clinical resources, and answer
 * searchset Bundles; `_include` adds the referenced Patient. For follow-up statistics it evaluates
 * one Measure, care contacts per unit type and year, over a cohort (`$evaluate-measure`), its
 * populations with the sums of their record keys, derived with the region's statistics secret.
 */
export function healthRecordsRoutes(population: Population, options: CountingSystemOptions = {}): { routes: Routes; control: SimulatorControl } {
  const control = options.control ?? new SimulatorControl('health-records');
  const patients = new Map<string, Known>();
  for (const family of households(population)) {
    for (const child of family.children) if (child.health) patients.set(child.personnummer, child as Known);
  }
  const orgId = (name: string) => `org-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`;

  const patient = (c: Known): Patient => ({
    resourceType: 'Patient',
    id: c.health.patientId,
    identifier: [{ system: identifierSystemOf(c.personnummer), value: c.personnummer }],
    name: [{ family: c.familyName, given: [c.givenName] }],
    gender: c.sex === 'FEMALE' ? 'female' : 'male',
    birthDate: c.birthDate,
  });

  const bundle = (matches: FhirResource[], included: FhirResource[]): Bundle => ({
    resourceType: 'Bundle',
    type: 'searchset',
    total: matches.length,
    entry: [...matches.map((resource) => ({ resource, search: { mode: 'match' as const } })), ...included.map((resource) => ({ resource, search: { mode: 'include' as const } }))],
  });

  /**
   * Reads identifier tokens: `system|value` finds the patient whose number is `value` under
   * that system (the personnummer system for a personnummer, the coordination-number system
   * for a samordningsnummer), a bare `value` under any system; one search may mix them.
   */
  const identified = (query: URLSearchParams, param: string): Known[] | null => {
    const tokens = listParam(query, param);
    if (tokens.length === 0) return null;
    return tokens.flatMap((t) => {
      const bar = t.indexOf('|');
      const value = bar < 0 ? t : t.slice(bar + 1);
      const c = value ? patients.get(value) : undefined;
      return c && (bar < 0 || t.slice(0, bar) === identifierSystemOf(c.personnummer)) ? [c] : [];
    });
  };

  const search = (param: string, resources: (c: Known) => FhirResource[]) => (req: { query: URLSearchParams }) => {
    const found = identified(req.query, param);
    if (!found) return badRequest(`${param} is required`);
    const include = listParam(req.query, '_include').length > 0;
    return json(200, bundle(found.flatMap(resources), include ? found.filter((c) => resources(c).length > 0).map(patient) : []), { 'content-type': 'application/fhir+json' });
  };

  const subject = (c: Known) => ({ reference: `Patient/${c.health.patientId}` });
  const org = (name: string) => ({ reference: `Organization/${orgId(name)}`, display: name });

  const routes: Routes = {
    'GET /fhir/Patient': search('identifier', (c) => [patient(c)]),
    'GET /fhir/Encounter': search('patient.identifier', (c) =>
      c.health.encounters.map((e) => ({
        resourceType: 'Encounter',
        id: e.id,
        status: 'finished',
        class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
        type: [{ text: e.kind }],
        subject: subject(c),
        period: { start: e.date },
        serviceProvider: org(e.organisation),
        participant: [{ type: [{ text: e.practitionerRole }] }],
      })),
    ),
    'GET /fhir/Appointment': search('patient.identifier', (c) =>
      c.health.appointments.map((a) => ({
        resourceType: 'Appointment',
        id: a.id,
        status: a.status,
        serviceType: [{ text: a.serviceType }],
        start: a.start,
        participant: [
          { actor: subject(c), status: 'accepted' },
          { actor: org(a.organisation), status: 'accepted' },
        ],
      })),
    ),
    'GET /fhir/Condition': search('subject.identifier', (c) =>
      c.health.conditions.map((d) => ({
        resourceType: 'Condition',
        id: d.id,
        code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code: d.code, display: d.display }], text: d.display },
        subject: subject(c),
        recordedDate: d.recordedDate,
      })),
    ),
    'GET /fhir/CareTeam': search('subject.identifier', (c) =>
      c.health.careTeam
        ? [{ resourceType: 'CareTeam', id: c.health.careTeam.id, status: 'active', name: c.health.careTeam.name, subject: subject(c), managingOrganization: [org(c.health.careTeam.organisation)] }]
        : [],
    ),
    'GET /fhir/Organization': () => {
      const names = new Set<string>();
      for (const c of patients.values()) for (const e of c.health.encounters) names.add(e.organisation);
      return json(
        200,
        bundle(
          [...names].map((name) => {
            const unitType = unitTypeOf(name);
            return { resourceType: 'Organization', id: orgId(name), name, ...(unitType ? { type: [{ coding: [unitType] }] } : {}) };
          }),
          [],
        ),
        { 'content-type': 'application/fhir+json' },
      );
    },
    [`POST /fhir/Measure/${careContactMeasureId}/$evaluate-measure`]: evaluateCareContacts(patients, recordKeys(options.statisticsSecret ?? freshSecret())),
  };
  return { routes: control.routes(routes), control };
}
