import { type HttpRequest, type HttpResponse, identifierSystemOf, json, type Routes } from '@lotsen/kit';
import type { Consent, FhirResource, HealthcareService, Organization } from 'fhir/r4.js';
import { households, type Population } from '../population/types.js';
import { SimulatorControl } from '../simulator/control.js';
import { ForcedPageSize } from '../simulator/forced-page-size.js';
import { type CountingSystemOptions, freshSecret, recordKeys } from '../simulator/record-keys.js';
import { blockConsent, seededBlocks } from './blocks.js';
import { capabilityStatement } from './capability-statement.js';
import { careContactMeasureId, evaluateCareContacts } from './care-contact-measure.js';
import { baseOf, fhirJson, outcome } from './fhir-response.js';
import { appointmentsOf, careTeamsOf, conditionsOf, encountersOf, type Known, patientOf, unitsOf } from './resources.js';
import { type ClinicalType, defaultPaging, type Paging, readSearch } from './search-parameters.js';
import { searchset } from './searchset.js';

export interface HealthRecordsOptions extends CountingSystemOptions {
  /** The largest page the server answers whatever `_count` asks (its own: 1000); also `PUT /_sim/paging` at run time. */
  maxPageSize?: number;
}

type Identified = FhirResource & { id: string };

/**
 * Health records: a subset of FHIR R4 as a standard server answers it (docs/agency-systems.md):
 * `GET /fhir/metadata`, read by id, searches by the patient's identifier (several at once,
 * comma-joined `system|value`), clinical resources chained on the patient with R4's own search
 * parameters and `_include` of the Patient, every answer a paged `searchset` Bundle and every error
 * an OperationOutcome. For follow-up statistics it evaluates one Measure, care contacts per unit
 * type and year, over a cohort (`$evaluate-measure`), its populations with the sums of their
 * record keys, derived with the region's statistics secret.
 */
export function healthRecordsRoutes(population: Population, options: HealthRecordsOptions = {}): { routes: Routes; control: SimulatorControl } {
  const control = options.control ?? new SimulatorControl('health-records');
  const forced = new ForcedPageSize(options.maxPageSize);
  /** The page sizes now: the server's own, or a forced maximum (a test's), the default never above it. */
  const paging = (): Paging => {
    const maxCount = Math.min(forced.value ?? defaultPaging.maxCount, defaultPaging.maxCount);
    return { maxCount, defaultCount: Math.min(defaultPaging.defaultCount, maxCount) };
  };
  const patients = new Map<string, Known>();
  for (const family of households(population)) {
    for (const child of family.children) if (child.health) patients.set(child.personnummer, child as Known);
  }
  const units = unitsOf(patients.values());
  const consents = blockConsents(population, patients);
  const started = new Date().toISOString();

  /**
   * Reads identifier tokens: `system|value` finds the patient whose number is `value` under
   * that system (the personnummer system for a personnummer, the coordination-number system
   * for a samordningsnummer), a bare `value` under any system; one search may mix them.
   */
  const identified = (tokens: readonly string[]): Known[] =>
    tokens.flatMap((t) => {
      const bar = t.indexOf('|');
      const value = bar < 0 ? t : t.slice(bar + 1);
      const c = value ? patients.get(value) : undefined;
      return c && (bar < 0 || t.slice(0, bar) === identifierSystemOf(c.personnummer)) ? [c] : [];
    });

  const search =
    (type: ClinicalType | 'Patient', resources: (c: Known) => Identified[]) =>
    (req: HttpRequest): HttpResponse => {
      const request = readSearch(type, req.query, paging());
      if ('refused' in request) return outcome(400, request.refused, request.diagnostics);
      const found = identified(request.identifiers);
      const owner = new Map<Identified, Known>();
      const matches = found.flatMap((c) => {
        const rows = resources(c);
        for (const r of rows) owner.set(r, c);
        return rows;
      });
      const included = (page: readonly Identified[]) => (request.includePatients ? page.map((r) => patientOf(owner.get(r) as Known) as Identified) : []);
      return fhirJson(200, searchset(baseOf(req), type, req.query, request, matches, included));
    };

  const clinical: Record<ClinicalType, (c: Known) => Identified[]> = {
    Encounter: encountersOf as (c: Known) => Identified[],
    Appointment: appointmentsOf as (c: Known) => Identified[],
    Condition: conditionsOf as (c: Known) => Identified[],
    CareTeam: careTeamsOf as (c: Known) => Identified[],
    Consent: (c: Known) => consents.of(c),
  };
  const patient = (c: Known) => [patientOf(c) as Identified];

  /**
   * Read by id. The records are kept per child, not per resource, so a read looks through them:
   * reads are not on any path Lotsen takes, and an index would cost the bench's population memory.
   */
  const readById = (type: string, id: string): Identified | undefined => {
    if (type === 'Organization') return units.organizations.find((o) => o.id === id) as (Organization & { id: string }) | undefined;
    if (type === 'HealthcareService') return units.services.find((s) => s.id === id) as (HealthcareService & { id: string }) | undefined;
    const of = type === 'Patient' ? patient : clinical[type as ClinicalType];
    for (const c of patients.values()) {
      const found = of(c).find((r) => r.id === id);
      if (found) return found;
    }
    return undefined;
  };
  const readable = ['Patient', 'Organization', 'HealthcareService', ...Object.keys(clinical)];
  const read = (req: HttpRequest): HttpResponse => {
    const [type = '', id, ...rest] = req.path.slice('/fhir/'.length).split('/');
    if (!readable.includes(type) || id === undefined || rest.length > 0) return outcome(404, 'not-supported', `not supported here: GET ${req.path}`);
    const found = readById(type, decodeURIComponent(id));
    return found ? fhirJson(200, found) : outcome(404, 'not-found', `${type}/${id} is not known`);
  };

  const routes: Routes = {
    'GET /fhir/metadata': (req) => fhirJson(200, capabilityStatement(baseOf(req), paging(), started)),
    'GET /fhir/Patient': search('Patient', patient),
    'GET /fhir/Encounter': search('Encounter', clinical.Encounter),
    'GET /fhir/Appointment': search('Appointment', clinical.Appointment),
    'GET /fhir/Condition': search('Condition', clinical.Condition),
    'GET /fhir/CareTeam': search('CareTeam', clinical.CareTeam),
    'GET /fhir/Consent': search('Consent', clinical.Consent),
    'GET /fhir/Organization': (req) => {
      const request = readSearch('Organization', req.query, paging());
      if ('refused' in request) return outcome(400, request.refused, request.diagnostics);
      return fhirJson(
        200,
        searchset(baseOf(req), 'Organization', req.query, request, units.organizations as Identified[], () => []),
      );
    },
    'GET /fhir/*': read,
    'POST /fhir/*': (req) => outcome(404, 'not-supported', `not supported here: POST ${req.path}`),
    [`POST /fhir/Measure/${careContactMeasureId}/$evaluate-measure`]: evaluateCareContacts(patients, recordKeys(options.statisticsSecret ?? freshSecret())),
  };
  return { routes: { ...control.routes(routes), ...forced.routes(), ...consents.routes() }, control };
}

/**
 * The patients' blocks (spärr) as Consent resources: the seeded ones (blocks.ts), and those a
 * test records at run time with `POST /_sim/Consent` (a Consent for a known Patient; its id is
 * the server's) until `DELETE /_sim/Consent` forgets them, as a patient blocks and unblocks at
 * the region. Like the other control routes, neither counted nor faulted.
 */
function blockConsents(population: Population, patients: ReadonlyMap<string, Known>) {
  const seeded = new Map<string, Identified[]>();
  for (const [pnr, blocks] of seededBlocks(population, patients)) {
    const c = patients.get(pnr) as Known;
    seeded.set(
      pnr,
      blocks.map((b, i) => blockConsent(`sparr-${c.health.patientId}-${i + 1}`, { reference: `Patient/${c.health.patientId}` }, b, population.today)),
    );
  }
  const byPatientId = new Map([...patients.values()].map((c) => [c.health.patientId, c.personnummer]));
  const added = new Map<string, Identified[]>();
  let next = 1;
  return {
    of: (c: Known): Identified[] => [...(seeded.get(c.personnummer) ?? []), ...(added.get(c.personnummer) ?? [])],
    routes: (): Routes => ({
      'POST /_sim/Consent': (req) => {
        let consent: Partial<Consent>;
        try {
          consent = JSON.parse(req.body || '{}') as Partial<Consent>;
        } catch {
          return outcome(400, 'invalid', 'the body is not JSON');
        }
        const pnr = byPatientId.get(/^Patient\/(.+)$/.exec(consent.patient?.reference ?? '')?.[1] ?? '');
        if (consent.resourceType !== 'Consent' || !pnr) return outcome(400, 'invalid', 'a Consent whose patient is a known Patient/<id> is required');
        const stored = { ...consent, id: `sim-consent-${next++}` } as Consent & { id: string };
        added.set(pnr, [...(added.get(pnr) ?? []), stored]);
        return fhirJson(201, stored);
      },
      'DELETE /_sim/Consent': () => {
        added.clear();
        return json(200, { ok: true });
      },
    }),
  };
}
