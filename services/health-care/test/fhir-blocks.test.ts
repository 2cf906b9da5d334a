import { generatePopulation } from '@lotsen/agency-systems';
import { defaultResilience, resilientAgencyClient, startHttpServer } from '@lotsen/kit';
import type { Consent, ConsentProvision } from 'fhir/r4.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockConsent } from '../../agency-systems/src/health-records/blocks.js';
import { healthRecordsRoutes } from '../../agency-systems/src/health-records/server.js';
import { healthRecords } from '../src/adapters/fhir.js';
import { blockedSections } from '../src/adapters/fhir-blocks.js';

const now = new Date('2026-11-26T12:00:00+01:00');
const patient = { reference: 'Patient/p1' };
const consent = (provision: ConsentProvision, more: Partial<Consent> = {}): Consent => ({
  ...blockConsent('c1', patient, { resourceType: 'Condition' }, '2026-11-01'),
  provision,
  ...more,
});
const optIn = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN' }] };
const condition = [{ system: 'http://hl7.org/fhir/resource-types', code: 'Condition' }];
const unitBlock = blockConsent('c2', patient, { unit: 'BUP' }, '2026-11-01');
const sections = (...consents: Consent[]) => [...blockedSections(consents, now)].sort();

describe('a patient’s blocks (spärr) in the region’s Consent resources, as the sections they withhold', () => {
  it('withholds the section of the kind a block names, and every section for a block on a care unit', () => {
    expect(sections(blockConsent('c1', patient, { resourceType: 'Condition' }, '2026-11-01'))).toEqual(['DIAGNOSES']);
    expect(sections(blockConsent('c1', patient, { resourceType: 'Encounter' }, '2026-11-01'))).toEqual(['CARE_CONTACTS']);
    expect(sections(blockConsent('c1', patient, { resourceType: 'Appointment' }, '2026-11-01'))).toEqual(['APPOINTMENTS']);
    // A unit's records run through every section: none is shown without them as if whole.
    expect(sections(unitBlock)).toEqual(['APPOINTMENTS', 'CARE_CONTACTS', 'DIAGNOSES']);
    expect(sections()).toEqual([]);
  });

  it('reads a deny nested in a permit, and reads a block it does not understand as wide as it may be', () => {
    const nested = consent({ type: 'permit', provision: [{ type: 'deny', class: [{ system: 'http://hl7.org/fhir/resource-types', code: 'Condition' }] }] });
    expect(sections(nested)).toEqual(['DIAGNOSES']);
    // A permit under a base rule that opts in takes nothing away.
    expect(sections(consent({ type: 'permit' }, { policyRule: optIn }))).toEqual([]);
    expect(sections(consent({ type: 'deny' }))).toEqual(['APPOINTMENTS', 'CARE_CONTACTS', 'DIAGNOSES']);
    expect(sections(consent({ type: 'deny', class: [{ system: 'http://hl7.org/fhir/resource-types', code: 'Observation' }] }))).toEqual(['APPOINTMENTS', 'CARE_CONTACTS', 'DIAGNOSES']);
    expect(sections(consent({ type: 'deny', code: [{ text: 'psykiatri' }], class: [{ system: 'http://hl7.org/fhir/resource-types', code: 'Condition' }] }))).toEqual([
      'APPOINTMENTS',
      'CARE_CONTACTS',
      'DIAGNOSES',
    ]);
  });

  it('reads an opt-out with no deny, or a deny naming nothing, as a block on the whole record', () => {
    const { provision: _none, ...wholeRecord } = consent({});
    const all = ['APPOINTMENTS', 'CARE_CONTACTS', 'DIAGNOSES'];
    // policyRule OPTOUT and no provision: the patient has opted out of sharing altogether.
    expect(sections(wholeRecord)).toEqual(all);
    expect(sections({ ...wholeRecord, policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTOUTE' }] } })).toEqual(all);
    // An opt-out whose only provisions permit: the exception may not be Lotsen's.
    expect(sections(consent({ type: 'permit', class: condition }))).toEqual(all);
    // A top-level deny with no actor, class or code, whatever the base rule.
    expect(sections(consent({ type: 'deny' }, { policyRule: optIn }))).toEqual(all);
    // An opt-in with no provision blocks nothing, nor does an inactive opt-out.
    expect(sections({ ...wholeRecord, policyRule: optIn })).toEqual([]);
    expect(sections({ ...wholeRecord, status: 'inactive' })).toEqual([]);
  });

  it('reads a nested deny by its own period, whatever its parent’s period says', () => {
    const ended = { start: '2025-01-01', end: '2025-12-31' };
    // The permit has ended; the deny under it has no period of its own and still holds.
    expect(sections(consent({ type: 'permit', period: ended, provision: [{ type: 'deny', class: condition }] }))).toEqual(['DIAGNOSES']);
    expect(sections(consent({ type: 'deny', period: ended, class: [{ system: 'http://hl7.org/fhir/resource-types', code: 'Encounter' }], provision: [{ type: 'deny', class: condition }] }))).toEqual([
      'DIAGNOSES',
    ]);
    // Two levels down, under an ended permit, in force by its own period.
    const deep = { type: 'permit' as const, period: ended, provision: [{ type: 'permit' as const, provision: [{ type: 'deny' as const, period: { start: '2026-11-01' }, class: condition }] }] };
    expect(sections(consent(deep))).toEqual(['DIAGNOSES']);
    // A nested deny whose own period has ended blocks nothing.
    expect(sections(consent({ type: 'permit', provision: [{ type: 'deny', period: ended, class: condition }] }))).toEqual([]);
  });

  it('honours only an active privacy Consent, and a provision only within its period', () => {
    expect(sections({ ...unitBlock, status: 'inactive' }, { ...unitBlock, status: 'entered-in-error' })).toEqual([]);
    expect(sections({ ...unitBlock, scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'research' }] } })).toEqual([]);
    const during = (start: string, end?: string) => sections(consent({ type: 'deny', period: { start, ...(end ? { end } : {}) } }));
    expect(during('2026-11-01', '2026-11-26')).toHaveLength(3);
    expect(during('2026-11-01')).toHaveLength(3);
    expect(during('2026-12-01')).toEqual([]);
    expect(during('2026-01-01', '2026-11-25')).toEqual([]);
  });
});

describe('the adapter’s reading of blocks from the FHIR server', () => {
  const population = generatePopulation({ seed: 7, families: 16, today: '2026-11-26' });
  const known = population.families.flatMap((f) => f.children).filter((c) => c.health);
  const simulator = healthRecordsRoutes(population);
  let server: Awaited<ReturnType<typeof startHttpServer>>;
  const adapter = () => healthRecords(resilientAgencyClient('HEALTH_CARE', server.url, { ...defaultResilience, retries: 0 }).forRequest(Date.now() + 10_000));
  const block = async (child: (typeof known)[number], b: Parameters<typeof blockConsent>[2]) => {
    const res = await fetch(`${server.url}/_sim/Consent`, { method: 'POST', body: JSON.stringify(blockConsent('x', { reference: `Patient/${child.health?.patientId}` }, b, population.today)) });
    expect(res.status).toBe(201);
  };

  beforeAll(async () => {
    server = await startHttpServer(simulator.routes);
  });
  afterAll(() => server?.close());

  it('asks one Consent search for every child of the operation, and a block recorded since holds on the next operation', async () => {
    const [first, second] = known as [(typeof known)[number], (typeof known)[number]];
    await fetch(`${server.url}/_sim/Consent`, { method: 'DELETE' });
    const before = adapter();
    const blocked = (a: ReturnType<typeof adapter>) => Promise.all(known.flatMap((c) => (['DIAGNOSES', 'CARE_CONTACTS'] as const).map((cat) => a.blocked(c.personnummer, cat))));
    simulator.control.reset();
    await blocked(before);
    expect(Object.fromEntries(simulator.control.counters)).toEqual({ 'GET /fhir/Consent': 1 });
    await block(first, { resourceType: 'Condition' });
    await block(second, { unit: 'BUP' });
    // The same operation keeps what it read; the next reads again.
    expect(await before.blocked(first.personnummer, 'DIAGNOSES')).toBe(false);
    const after = adapter();
    expect([await after.blocked(first.personnummer, 'DIAGNOSES'), await after.blocked(first.personnummer, 'CARE_CONTACTS')]).toEqual([true, false]);
    expect(await Promise.all((['CARE_CONTACTS', 'APPOINTMENTS', 'DIAGNOSES'] as const).map((cat) => after.blocked(second.personnummer, cat)))).toEqual([true, true, true]);
    await fetch(`${server.url}/_sim/Consent`, { method: 'DELETE' });
  });

  it('reads a whole-record opt-out recorded at the region (policyRule OPTOUT, no provision) as blocking every section', async () => {
    const child = known[2] as (typeof known)[number];
    const { provision: _none, ...optOut } = blockConsent('x', { reference: `Patient/${child.health?.patientId}` }, { resourceType: 'Condition' }, population.today);
    expect((await fetch(`${server.url}/_sim/Consent`, { method: 'POST', body: JSON.stringify(optOut) })).status).toBe(201);
    try {
      const a = adapter();
      expect(await Promise.all((['CARE_CONTACTS', 'APPOINTMENTS', 'DIAGNOSES'] as const).map((cat) => a.blocked(child.personnummer, cat)))).toEqual([true, true, true]);
    } finally {
      await fetch(`${server.url}/_sim/Consent`, { method: 'DELETE' });
    }
  });

  it('fails when the blocks cannot be read, so the gate withholds the section', async () => {
    simulator.control.setFaults({ down: true });
    try {
      await expect(adapter().blocked(known[0]?.personnummer as string, 'DIAGNOSES')).rejects.toThrow();
    } finally {
      simulator.control.setFaults({ down: false });
    }
  });
});
