import { birthDateOf, coordinationNumberSystem, type HttpRequest, personnummerSystem } from '@lotsen/kit';
import type { Bundle, Patient } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
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
