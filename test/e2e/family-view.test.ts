import type { Family } from '@lotsen/agency-systems';
import { backends } from '@lotsen/coordination/testing';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counters, gql, resetCounters } from './graphql.js';
import { caseload, familyOverview } from './queries.js';

type Json = Record<string, any>;

describe.each(await backends())('family-centred view through the gateway, store on $name', ({ open }) => {
  let system: RunningSystem;
  let db: Awaited<ReturnType<typeof open>>;
  const archetype = (n: number): Family => system.population.families.find((f) => f.archetype === n) as Family;
  const overview = async (n: number, as = 'koordinator1') => {
    const result = await gql<{ family: Json | null }>(system, as, familyOverview, { id: archetype(n).id });
    expect(result.errors).toBeUndefined();
    return result.data?.family as Json;
  };
  const sections = (child: Json) => [...Object.values(child.school as Json), ...Object.values(child.socialServices as Json), ...Object.values(child.healthCare as Json)] as Json[];

  beforeAll(async () => {
    db = await open();
    system = await startSystem({ db, families: 60 });
  });
  afterAll(async () => {
    await system?.close();
    await db?.dispose();
  });

  it('joins all four subgraphs for a family with several children: data where consent covers it, typed denials where not', async () => {
    const family = await overview(3);
    expect(family.reference).toBe('F-00003');
    expect(family.coordinators).toEqual([{ username: 'koordinator1' }]);
    expect(family.plan.goals.length).toBeGreaterThan(0);
    expect(family.meetings.length).toBeGreaterThan(0);
    const [teen, sibling] = family.children as Json[];
    const source = archetype(3).children[1];
    // The younger sibling: every section released, and the data is the agency systems'.
    expect(sibling?.school.enrolment).toMatchObject({ __typename: 'SchoolEnrolment', schoolUnit: source?.school?.schoolUnit.name });
    expect(sibling?.school.attendance).toMatchObject({ __typename: 'SchoolAttendance', offeredMinutes: source?.school?.attendance.offeredMinutes });
    expect(sibling?.socialServices.cases.items[0].caseId).toBe(source?.social?.cases[0]?.caseId);
    expect(sibling?.healthCare.careContacts.items).toHaveLength(source?.health?.encounters.length as number);
    expect(sections(sibling as Json).map((s) => s.__typename)).not.toContain('AccessDenied');
    // The 16-year-old has not consented: nothing released, and the dashboard can say why.
    expect(teen?.age).toBeGreaterThanOrEqual(15);
    for (const s of sections(teen as Json)) expect(s).toMatchObject({ __typename: 'AccessDenied', reason: 'PENDING', message: 'Väntar på barnets samtycke' });
    expect(teen?.consents[0]).toMatchObject({ status: 'PENDING', statusText: 'Väntar på barnets samtycke' });
  });

  it('archetype 1: special support, family therapy and a BUP diagnosis, all released', async () => {
    const [child] = (await overview(1)).children as Json[];
    expect(child?.school.supportMeasures.items.map((m: Json) => m.kind)).toContain('SPECIAL_SUPPORT');
    expect(child?.socialServices.interventions.items.map((i: Json) => i.label)).toContain('Familjebehandling');
    expect(child?.healthCare.diagnoses.items[0].code).toBe('F90.0');
    expect(child?.custody.kind).toBe('JOINT');
    expect(child?.consents[0].status).toBe('ACTIVE');
  });

  it('archetypes 2, 4, 5: pending, expired yesterday and revoked release nothing, each with its reason', async () => {
    const reasons = async (n: number) => new Set((await overview(n)).children.flatMap((c: Json) => sections(c).map((s) => `${s.__typename}:${s.reason}`)));
    expect(await reasons(2)).toEqual(new Set(['AccessDenied:PENDING']));
    expect(await reasons(4)).toEqual(new Set(['AccessDenied:EXPIRED']));
    expect(await reasons(5)).toEqual(new Set(['AccessDenied:REVOKED']));
    const [pending] = (await overview(2)).children as Json[];
    expect(pending?.school.enrolment.message).toBe('Väntar på vårdnadshavare 2');
  });

  it('archetype 6: school released, the other agencies not covered', async () => {
    const [child] = (await overview(6)).children as Json[];
    expect(Object.values(child?.school as Json).map((s: Json) => s.__typename)).toEqual(['SchoolEnrolment', 'SchoolAttendance', 'SupportMeasures', 'StudentHealthContacts']);
    for (const s of [...Object.values(child?.socialServices as Json), ...Object.values(child?.healthCare as Json)] as Json[])
      expect(s).toMatchObject({ __typename: 'AccessDenied', reason: 'CATEGORY_NOT_COVERED' });
  });

  it('archetype 7: a child unknown to health care is "not recorded", never a denial', async () => {
    const [child] = (await overview(7)).children as Json[];
    for (const s of Object.values(child?.healthCare as Json) as Json[]) expect(s).toEqual({ __typename: 'NotRecorded', agency: 'HEALTH_CARE', category: s.category });
    expect(child?.school.enrolment.__typename).toBe('SchoolEnrolment');
  });

  it('archetype 8 belongs to koordinator2: invisible to koordinator1, visible to its own coordinator', async () => {
    const denied = await gql<{ family: Json | null }>(system, 'koordinator1', familyOverview, { id: archetype(8).id });
    expect(denied.data?.family).toBeNull();
    const own = await overview(8, 'koordinator2');
    expect(sections(own.children[0]).every((s) => s.__typename !== 'AccessDenied')).toBe(true);
  });

  it('answers a caseload of 30 families with one request per agency endpoint', async () => {
    resetCounters(system);
    const result = await gql<{ caseload: Json[] }>(system, 'koordinator1', caseload);
    expect(result.errors).toBeUndefined();
    const families = result.data?.caseload ?? [];
    expect(families.length).toBeGreaterThanOrEqual(25);
    expect(families.map((f) => f.reference)).not.toContain('F-00008');
    const children = families.flatMap((f) => f.children as Json[]);
    expect(children.length).toBeGreaterThan(families.length);
    expect(children.some((c) => c.school.attendance.__typename === 'SchoolAttendance')).toBe(true);
    // The children's agencies, each endpoint once (a guardian's agency is tested in its own folder).
    const { school, socialServices, healthCare } = counters(system);
    expect({ school, socialServices, healthCare }).toEqual({
      school: { 'POST /v2.0/persons/lookup': 1, 'GET /v2.0/aggregatedAttendance': 1, 'POST /v2.0/ext/supportMeasures/lookup': 1, 'POST /v2.0/ext/studentHealthContacts/lookup': 1 },
      socialServices: { 'GET /api/v1/klienter': 1, 'GET /api/v1/arenden': 1, 'GET /api/v1/insatser': 1 },
      healthCare: { 'GET /fhir/Consent': 1, 'GET /fhir/Patient': 1, 'GET /fhir/Encounter': 1, 'GET /fhir/CareTeam': 1, 'GET /fhir/Appointment': 1, 'GET /fhir/Condition': 1 },
    });
  });

  it('asks for attendance and support without a person lookup once the school platform’s ids are known', async () => {
    await gql(system, 'koordinator1', caseload);
    resetCounters(system);
    // Every child asked of the platform before: those it knows by their ids, those it does not as unknown.
    const result = await gql<{ caseload: Json[] }>(system, 'koordinator1', '{ caseload { children { school { attendance { __typename } supportMeasures { __typename } } } } }');
    const sections = (result.data?.caseload ?? []).flatMap((f) => (f.children as Json[]).map((c) => c.school.attendance.__typename));
    expect(sections).toContain('SchoolAttendance');
    expect(counters(system).school).toEqual({ 'GET /v2.0/aggregatedAttendance': 1, 'POST /v2.0/ext/supportMeasures/lookup': 1 });
  });

  it('refuses a request without a token at the gateway and at a subgraph reached directly', async () => {
    const atGateway = await gql(system, null, '{ caseload { id } }');
    expect(atGateway.status).toBe(401);
    expect(atGateway.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const direct = await gql(system, null, '{ _service { sdl } }', {}, `${system.subgraphs.school.url}/graphql`);
    expect(direct.status).toBe(401);
  });
});
