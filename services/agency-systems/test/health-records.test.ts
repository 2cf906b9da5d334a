import { addRecordKeys, birthDateOf, coordinationNumberSystem, derivedRecordKey, type HttpRequest, identifierSystemOf, personnummerSystem } from '@lotsen/kit';
import type { Bundle, Group, MeasureReport, OperationOutcome, Organization, Parameters, Patient } from 'fhir/r4.js';
import { beforeAll, describe, expect, it } from 'vitest';
// The HL7 R4 definitions check, as the dashboard's tests use it.
import { fhirR4Problems, indexR4 } from '../../dashboard/test/fhir-r4.js';
import { healthRecordsRoutes } from '../src/health-records/server.js';
import { generatePopulation } from '../src/index.js';

// A population where one child known to health care has a coordination number (samordningsnummer).
const population = generatePopulation({ seed: 7, families: 20, today: '2026-11-23' });
const children = population.families.flatMap((f) => f.children);
const known = children.filter((c) => c.health);
const newlyArrived = known.find((c) => (c.health?.encounters.length ?? 0) > 0);
const other = known.find((c) => c !== newlyArrived);
if (!newlyArrived || !other) throw new Error('the population has too few children known to health care');
// Two of Skatteverket's test coordination numbers, with their birth dates: the first not in the population.
const [coordinationNumber, born] = (
  [
    ['201401612385', '2014-01-01'],
    ['201401692387', '2014-01-09'],
  ] as const
).find(([n]) => !children.some((c) => c.personnummer === n)) ?? ['', ''];
Object.assign(newlyArrived, { personnummer: coordinationNumber, birthDate: birthDateOf(coordinationNumber) });
const { routes } = healthRecordsRoutes(population);

const get = async (path: string, query: Record<string, string>) => {
  const route = routes[`GET ${path}`];
  if (!route) throw new Error(`no route ${path}`);
  const res = await route({ method: 'GET', path, query: new URLSearchParams(query), headers: {}, body: '', clientVerified: false } as HttpRequest);
  return { status: res.status, bundle: JSON.parse(String(res.body)) as Bundle };
};
const patientsOf = (bundle: Bundle) => (bundle.entry ?? []).flatMap((e) => (e.resource?.resourceType === 'Patient' ? [e.resource as Patient] : []));

describe('FHIR health records: personnummer and coordination numbers', () => {
  it('gives a coordination-number patient the coordination-number identifier system, with the real birth date', async () => {
    const { bundle } = await get('/fhir/Patient', { identifier: `${coordinationNumberSystem}|${coordinationNumber}` });
    const [patient] = patientsOf(bundle);
    expect(patient?.identifier).toEqual([{ system: coordinationNumberSystem, value: coordinationNumber }]);
    expect(patient?.birthDate).toBe(born);
  });

  it('answers one search mixing both systems, and a number only under its own system', async () => {
    const mixed = await get('/fhir/Patient', { identifier: `${personnummerSystem}|${other.personnummer},${coordinationNumberSystem}|${coordinationNumber}` });
    expect(patientsOf(mixed.bundle).map((p) => p.identifier?.[0]?.value)).toEqual([other.personnummer, coordinationNumber]);
    const wrongSystem = await get('/fhir/Patient', { identifier: `${personnummerSystem}|${coordinationNumber},${coordinationNumberSystem}|${other.personnummer}` });
    expect(patientsOf(wrongSystem.bundle)).toEqual([]);
    const anySystem = await get('/fhir/Patient', { identifier: coordinationNumber });
    expect(patientsOf(anySystem.bundle)).toHaveLength(1);
  });

  it('finds the clinical resources of a coordination-number patient through the chained identifier', async () => {
    const { bundle } = await get('/fhir/Encounter', { 'patient.identifier': `${coordinationNumberSystem}|${coordinationNumber}`, _include: 'Encounter:subject' });
    const encounters = (bundle.entry ?? []).filter((e) => e.resource?.resourceType === 'Encounter');
    expect(encounters.length).toBeGreaterThan(0);
    expect(encounters).toHaveLength(newlyArrived.health?.encounters.length ?? -1);
    expect(patientsOf(bundle)[0]?.identifier).toEqual([{ system: coordinationNumberSystem, value: coordinationNumber }]);
  });
});

describe('FHIR $evaluate-measure: care contacts per unit type and year over a cohort', () => {
  beforeAll(indexR4, 60_000);
  // Generated in February: the encounters of the last 300 days fall in two calendar years.
  const later = generatePopulation({ seed: 7, families: 40, today: '2027-02-15' });
  // The region's statistics key secret, fixed here so that the test can derive every key itself.
  const secret = 'the region’s statistics secret';
  const keysOf = (personnummer: Iterable<string>) => addRecordKeys(...[...personnummer].map((p) => derivedRecordKey(secret, p)));
  const region = healthRecordsRoutes(later, { statisticsSecret: secret }).routes;
  const patients = later.families.flatMap((f) => f.children).filter((c) => c.health?.encounters.length);
  const unknownToRegion = later.families.flatMap((f) => f.children).find((c) => !c.health);
  if (!unknownToRegion) throw new Error('the population has no child health care does not know');
  const cohort = patients.slice(0, 12);
  const outsider = patients[12];
  if (!outsider) throw new Error('the population has too few patients');
  const measurePath = '/fhir/Measure/vardkontakter-per-enhetstyp/$evaluate-measure';
  const unitCode: Record<string, string> = { BUP: 'bup', Habiliteringen: 'habilitering', 'Vårdcentralen Centrum': 'primarvard' };

  const parameters = (members: readonly string[], start: string, end: string, reportType = 'population'): Parameters => ({
    resourceType: 'Parameters',
    parameter: [
      { name: 'periodStart', valueDate: start },
      { name: 'periodEnd', valueDate: end },
      { name: 'reportType', valueCode: reportType },
      { name: 'subject', valueString: 'Group/urval-1' },
      {
        name: 'additionalData',
        resource: {
          resourceType: 'Bundle',
          type: 'collection',
          entry: [
            { resource: { resourceType: 'Group', id: 'urval-1', type: 'person', actual: true, member: members.map((p) => ({ entity: { identifier: { system: identifierSystemOf(p), value: p } } })) } },
          ],
        },
      },
    ],
  });
  /** The cohort's Group in a request. */
  const groupIn = (request: Parameters) => (request.parameter?.[4]?.resource as Bundle | undefined)?.entry?.[0]?.resource as Group;
  const evaluate = async (body: unknown) => {
    const route = region[`POST ${measurePath}`];
    if (!route) throw new Error('no $evaluate-measure route');
    const res = await route({ method: 'POST', path: measurePath, query: new URLSearchParams(), headers: {}, body: typeof body === 'string' ? body : JSON.stringify(body), clientVerified: false });
    return { status: res.status, type: res.headers?.['content-type'], resource: JSON.parse(String(res.body)) as MeasureReport | OperationOutcome };
  };
  const measured = async (body: Parameters) => {
    const { resource } = await evaluate(body);
    if (resource.resourceType !== 'MeasureReport') throw new Error(`no MeasureReport: ${JSON.stringify(resource)}`);
    return resource;
  };
  /** A population's key sum, from its extension (undefined without one). */
  const keySumOf = (population: { extension?: { url: string; valueDecimal?: number }[] } | undefined) => population?.extension?.find((e) => e.url === 'urn:lotsen:fhir:nyckelsumma')?.valueDecimal;
  /** The report's strata as `year unit` (unit empty for the year's) → [patients, their key sum, encounters, a key sum on encounters]. */
  const strataOf = (report: MeasureReport) => {
    const out: Record<string, (number | undefined)[]> = {};
    for (const group of report.group ?? [])
      for (const stratifier of group.stratifier ?? [])
        for (const s of stratifier.stratum ?? []) {
          const year = s.component?.find((c) => c.code.coding?.[0]?.code === 'ar')?.value.text;
          const unit = s.component?.find((c) => c.code.coding?.[0]?.code === 'enhetstyp')?.value.coding?.[0]?.code ?? '';
          const key = `${year} ${unit}`.trim();
          out[key] = [...(out[key] ?? []), s.population?.[0]?.count ?? -1, keySumOf(s.population?.[0])];
        }
    return out;
  };
  /** The same sums straight from the population, key sums derived from the children counted in each stratum: the oracle. */
  const expected = (children: typeof patients, start: string, end: string) => {
    const out: Record<string, [Set<string>, number]> = {};
    for (const c of children)
      for (const e of c.health?.encounters ?? []) {
        if (e.date < start || e.date > end) continue;
        for (const key of [e.date.slice(0, 4), `${e.date.slice(0, 4)} ${unitCode[e.organisation]}`]) {
          const [who, n] = out[key] ?? [new Set<string>(), 0];
          out[key] = [who.add(c.personnummer), n + 1];
        }
      }
    return Object.fromEntries(Object.entries(out).map(([k, [who, n]]) => [k, [who.size, keysOf(who), n, undefined]]));
  };
  /** The report's groups by code: the count of each one's population and its key sum. */
  const groupsOf = (report: MeasureReport) => Object.fromEntries((report.group ?? []).map((g) => [g.code?.coding?.[0]?.code, [g.population?.[0]?.count, keySumOf(g.population?.[0])]]));

  it('sums the encounters of the cohort’s children only, per year and unit type, each population of patients with their key sum, and nothing per child in the answer', async () => {
    const request = parameters([...cohort.map((c) => c.personnummer), cohort[0]?.personnummer ?? ''], '2026-01-01', '2027-12-31');
    const { status, type } = await evaluate(request);
    expect(status).toBe(200);
    expect(type).toBe('application/fhir+json');
    const resource = await measured(request);
    expect(resource).toMatchObject({ resourceType: 'MeasureReport', status: 'complete', type: 'summary', period: { start: '2026-01-01', end: '2027-12-31' } });
    const want = expected(cohort, '2026-01-01', '2027-12-31');
    expect(Object.keys(want)).toEqual(expect.arrayContaining(['2026', '2027']));
    expect(strataOf(resource)).toEqual(want);
    // The children named twice count once, in the patients with a contact and in those named.
    const named = cohort.map((c) => c.personnummer);
    expect(groupsOf(resource)).toEqual({
      patienter: [cohort.length, keysOf(named)],
      vardkontakter: [cohort.reduce((n, c) => n + (c.health?.encounters.length ?? 0), 0), undefined],
      urval: [cohort.length, keysOf(named)],
    });
    const text = JSON.stringify(resource);
    for (const c of [...cohort, outsider]) expect(text).not.toContain(c.personnummer);
    for (const c of cohort) expect(text).not.toContain(c.health?.patientId);
  });

  it('names in its `urval` group every child of the group with their key sum, those it has not met among them, and in the patients only those with a contact', async () => {
    // The number under its own system that nobody has, and a child the region has never met, are named all the same.
    const named = [cohort[0]?.personnummer ?? '', unknownToRegion.personnummer, '189001019802'];
    const resource = await measured(parameters(named, '2026-01-01', '2027-12-31'));
    expect(groupsOf(resource)).toEqual({
      patienter: [1, keysOf(named.slice(0, 1))],
      vardkontakter: [cohort[0]?.health?.encounters.length, undefined],
      urval: [3, keysOf(named)],
    });
    // Asked again, the keys of those it does not know are the same (remembered, not drawn).
    expect(groupsOf(await measured(parameters(named, '2026-01-01', '2027-12-31')))).toEqual(groupsOf(resource));
    expect(fhirR4Problems(resource)).toEqual([]);
  });

  it('counts only the encounters in the period', async () => {
    const resource = await measured(
      parameters(
        cohort.map((c) => c.personnummer),
        '2026-10-01',
        '2026-12-31',
      ),
    );
    const want = expected(cohort, '2026-10-01', '2026-12-31');
    expect(strataOf(resource)).toEqual(want);
    expect(want['2026']?.[2]).toBeLessThan(cohort.reduce((n, c) => n + (c.health?.encounters.filter((e) => e.date.startsWith('2026')).length ?? 0), 0));
    expect(Object.keys(want)).not.toContain('2027');
  });

  it('validates as FHIR R4: the Parameters it takes, the MeasureReport and the OperationOutcome it answers', async () => {
    const request = parameters(
      cohort.map((c) => c.personnummer),
      '2026-01-01',
      '2027-12-31',
    );
    expect(fhirR4Problems(request)).toEqual([]);
    expect(fhirR4Problems((await evaluate(request)).resource)).toEqual([]);
    expect(fhirR4Problems((await evaluate(parameters([], '2026-12-31', '2026-01-01'))).resource)).toEqual([]);
  });

  it('refuses what is not a measure request with 400 and an OperationOutcome that says why', async () => {
    const good = parameters([outsider.personnummer], '2026-01-01', '2026-12-31');
    const without = (name: string) => ({ ...good, parameter: good.parameter?.filter((p) => p.name !== name) });
    const withGroup = (group: object) => ({
      ...good,
      parameter: good.parameter?.map((p) => (p.name === 'additionalData' ? { name: p.name, resource: { resourceType: 'Bundle', type: 'collection', entry: [{ resource: group }] } } : p)),
    });
    const withSubject = (subject: string) => ({ ...good, parameter: good.parameter?.map((p) => (p.name === 'subject' ? { name: p.name, valueString: subject } : p)) });
    for (const [body, message] of [
      ['{', /not JSON/],
      [{ resourceType: 'Bundle' }, /Parameters resource/],
      [without('periodStart'), /periodStart and periodEnd/],
      [parameters([], '2026-12-31', '2026-01-01'), /not after periodEnd/],
      [parameters([], '2026-02-30', '2026-12-31'), /YYYY-MM-DD/],
      [parameters([], '2026-01-01', '2026-12-31', 'subject'), /reportType/],
      [without('subject'), /subject: a reference to the cohort, Group\/<id>/],
      [withSubject('Patient/1'), /Group\/<id>/],
      [without('additionalData'), /additionalData: a Bundle/],
      [withSubject('Group/another'), /no Group another/],
      [withGroup({ resourceType: 'Group', id: 'urval-1', type: 'person', actual: false }), /actual/],
      [withGroup({ resourceType: 'Group', id: 'urval-1', type: 'person', actual: true, member: [{ entity: { reference: 'Patient/1' } }] }), /identified by system and value/],
      [{ ...good, parameter: [...(good.parameter ?? []), { name: 'subjectGroup', resource: groupIn(good) }] }, /not supported: subjectGroup/],
    ] as const) {
      const { status, resource } = await evaluate(body);
      expect(status, String(message)).toBe(400);
      expect(resource.resourceType === 'OperationOutcome' && resource.issue[0]?.diagnostics, String(message)).toMatch(message);
    }
  });

  it('counts a number only under its own identifier system, and gives each organisation its unit type', async () => {
    const [child] = cohort;
    const wrongSystem = parameters([], '2026-01-01', '2027-12-31');
    const group = groupIn(wrongSystem);
    group.member = [{ entity: { identifier: { system: coordinationNumberSystem, value: child?.personnummer } } }];
    expect((await measured(wrongSystem)).group?.[0]?.population?.[0]?.count).toBe(0);
    const orgs = (await get('/fhir/Organization', {})).bundle.entry?.map((e) => e.resource as Organization) ?? [];
    expect(Object.fromEntries(orgs.map((o) => [o.name, o.type?.[0]?.coding?.[0]?.code]))).toEqual(unitCode);
  });
});
