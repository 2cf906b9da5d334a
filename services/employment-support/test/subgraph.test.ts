import { generatePopulation } from '@lotsen/agency-systems';
import {
  AuditLog,
  auditMigrations,
  createTokenVerifier,
  type DevKeys,
  defaultAudience,
  devIssuer,
  type GrantBody,
  generateDevKeys,
  generateRegistryKeys,
  generateSharedKey,
  grantKeysOf,
  grantSigningKey,
  type Identity,
  issueGrants,
  openDatabase,
  type RegistryKeys,
  type RunningServer,
  type RunningSubgraph,
  type SharedKey,
  signRequest,
  signToken,
  startHttpServer,
} from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph } from '../src/server.js';
import { participations } from '../src/simulator/participation.js';
import { simulatorRoutes } from '../src/simulator/routes.js';

type Json = Record<string, any>;

const population = generatePopulation({ seed: 7, families: 40, today: '2026-11-23' });
const enrolled = participations(population);
const [first, second, third, fourth] = enrolled.map((p) => p.deltagare.personnummer) as [string, string, string, string];
const outsider = population.families.flatMap((f) => f.guardians).find((g) => !enrolled.some((p) => p.deltagare.personnummer === g.personnummer))?.personnummer as string;
const simulator = simulatorRoutes(population);

const coordinator: Identity = { username: 'koordinator1', role: 'COORDINATOR', teamId: 'team-1', agency: null, personnummer: null, municipality: null };
const permit = (consentId: string) => ({ permit: true as const, consentId });
const noConsent = { permit: false as const, reason: 'NO_CONSENT' as const, message: 'Inget samtycke' };

const section = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Guardian { personnummer employmentSupport {
  labourMarketMeasures { __typename ... on AgencyUnavailable { kind message } ... on LabourMarketMeasures { enrolledOn dischargedOn caseworker { name } items { id kind status startDate endDate coach { name } funding } }
    ... on AccessDenied { agency category reason message } ... on NotRecorded { agency category } }
  occupationStatus { __typename ... on OccupationStatusHistory { current periods { status label from to } } ... on AccessDenied { reason } ... on NotRecorded { category } }
} } } }`;
const accessLogQuery = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Guardian { employmentSupport { accessLog { agency categories accessedBy } } } } }';

let sim: RunningServer;
let subgraph: RunningSubgraph;
let keys: DevKeys;
let registry: RegistryKeys;
let signingKey: SharedKey;
let audit: AuditLog;
let requests = 0;

beforeAll(async () => {
  [keys, registry] = await Promise.all([generateDevKeys(), generateRegistryKeys()]);
  signingKey = generateSharedKey();
  sim = await startHttpServer(simulator.routes);
  audit = new AuditLog(await openDatabase({ databaseUrl: '', pgliteDir: null, migrations: [auditMigrations] }), 'employment-support');
  subgraph = await startSubgraph({
    port: 0,
    agencySystemUrl: sim.url,
    grantKeys: grantKeysOf(registry.publicJwk),
    verifier: createTokenVerifier({ issuer: devIssuer, audience: defaultAudience, jwks: { keys: [keys.publicJwk] } }),
    audit,
    signingKey,
  });
});
afterAll(async () => {
  await subgraph?.close();
  await sim?.close();
  await audit?.db.close();
});

/**
 * Calls the subgraph as the gateway would, for guardians with the registry's grants for them
 * (bodies) or with the grants given: signed, with a request id of its own each time.
 */
async function send(query: string, guardians: { pnr: string; body?: GrantBody; grant?: string | null }[], as: Identity) {
  const requestId = `req-${++requests}`;
  const issued = await issueGrants(
    await grantSigningKey(registry),
    { subject: as.username, requestId },
    guardians.flatMap((g) => (g.body ? [g.body] : [])),
  );
  const representations = guardians.map((g) => ({ __typename: 'Guardian', personnummer: g.pnr, ...(g.body ? { grant: issued.shift() } : g.grant === undefined ? {} : { grant: g.grant }) }));
  const url = `${subgraph.url}/graphql`;
  const body = JSON.stringify({ query, variables: { r: representations } });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${await signToken(as, keys)}`, 'x-request-id': requestId };
  const res = await fetch(url, { method: 'POST', headers: { ...headers, ...signRequest(signingKey, { method: 'POST', url, headers, body }) }, body });
  return { answer: (await res.json()) as { data?: { _entities: Json[] }; errors?: { extensions?: { code?: string } }[] }, requestId };
}
async function ask(query: string, guardians: Parameters<typeof send>[1], as: Identity = coordinator) {
  const { answer, requestId } = await send(query, guardians, as);
  expect(answer.errors).toBeUndefined();
  return { entities: answer.data?._entities ?? [], requestId };
}
const audited = async (requestId: string) =>
  (
    await audit.db.query<{ kind: string; child: string; categories: string[] }>(
      "SELECT kind, child_personnummer AS child, categories FROM audit_events WHERE source = 'employment-support' AND request_id = $1 ORDER BY seq",
      [requestId],
    )
  ).map((r) => [r.kind, r.child, r.categories]);

describe('the employment-support subgraph: a guardian’s own section, gated by the grant on their own consent', () => {
  it('releases what the grant permits for several guardians, with one call per endpoint to the participant system', async () => {
    simulator.control.reset();
    const both = (pnr: string): GrantBody => ({ pnr, guardian: false, decisions: { LABOUR_MARKET_MEASURES: permit(`c-${pnr}`), OCCUPATION_STATUS: permit(`c-${pnr}`) } });
    const { entities, requestId } = await ask(
      section,
      [first, second, third].map((pnr) => ({ pnr, body: both(pnr) })),
    );
    for (const [i, pnr] of [first, second, third].entries()) {
      const truth = enrolled.find((p) => p.deltagare.personnummer === pnr);
      const { labourMarketMeasures, occupationStatus } = entities[i]?.employmentSupport ?? {};
      expect(labourMarketMeasures).toMatchObject({ __typename: 'LabourMarketMeasures', enrolledOn: truth?.deltagare.inskrivningsdatum, caseworker: { name: truth?.deltagare.handlaggare.namn } });
      expect(labourMarketMeasures.items.map((m: Json) => m.id)).toEqual(truth?.insatser.map((m) => m.insatsId));
      expect(occupationStatus.__typename).toBe('OccupationStatusHistory');
      expect(occupationStatus.periods.map((p: Json) => [p.label, p.from, p.to])).toEqual(truth?.perioder.map((p) => [p.status, p.fran, p.till]));
    }
    expect(Object.fromEntries(simulator.control.counters)).toEqual({ 'GET /api/v1/deltagare': 1, 'GET /api/v1/insatser': 1, 'GET /api/v1/sysselsattning': 1 });
    // One disclosure per guardian, naming what was released of them.
    expect(await audited(requestId)).toEqual([first, second, third].map((pnr) => ['DISCLOSURE', pnr, ['LABOUR_MARKET_MEASURES', 'OCCUPATION_STATUS']]));
  });

  it('denies a category the grant does not permit, asking the system nothing for it, and audits the denial', async () => {
    simulator.control.reset();
    const { entities, requestId } = await ask(section, [{ pnr: first, body: { pnr: first, guardian: false, decisions: { LABOUR_MARKET_MEASURES: noConsent, OCCUPATION_STATUS: permit('c-1') } } }]);
    expect(entities[0]?.employmentSupport.labourMarketMeasures).toEqual({
      __typename: 'AccessDenied',
      agency: 'EMPLOYMENT_SUPPORT',
      category: 'LABOUR_MARKET_MEASURES',
      reason: 'NO_CONSENT',
      message: 'Inget samtycke',
    });
    expect(entities[0]?.employmentSupport.occupationStatus.__typename).toBe('OccupationStatusHistory');
    expect(simulator.control.counters.get('GET /api/v1/deltagare')).toBeUndefined();
    expect(simulator.control.counters.get('GET /api/v1/insatser')).toBeUndefined();
    expect(await audited(requestId)).toEqual(
      expect.arrayContaining([
        ['DENIAL', first, ['LABOUR_MARKET_MEASURES']],
        ['DISCLOSURE', first, ['OCCUPATION_STATUS']],
      ]),
    );
  });

  it('denies everything, calling nothing, for a guardian without a grant, with another guardian’s grant, or a forged one', async () => {
    simulator.control.reset();
    const permitted: GrantBody = { pnr: second, guardian: false, decisions: { LABOUR_MARKET_MEASURES: permit('c'), OCCUPATION_STATUS: permit('c') } };
    const [othersGrant] = await issueGrants(await grantSigningKey(await generateRegistryKeys()), { subject: 'koordinator1', requestId: 'elsewhere' }, [permitted]);
    for (const grant of [undefined, null, othersGrant, 'garbage']) {
      const { entities } = await ask(section, [{ pnr: second, grant }]);
      expect(entities[0]?.employmentSupport.labourMarketMeasures).toMatchObject({ __typename: 'AccessDenied', reason: 'UNAVAILABLE' });
      expect(entities[0]?.employmentSupport.occupationStatus).toMatchObject({ __typename: 'AccessDenied', reason: 'UNAVAILABLE' });
    }
    expect(simulator.control.total()).toBe(0);
  });

  it('says "not recorded" for a guardian arbetsmarknadsenheten never enrolled, which is not a denial', async () => {
    const body: GrantBody = { pnr: outsider, guardian: false, decisions: { LABOUR_MARKET_MEASURES: permit('c'), OCCUPATION_STATUS: permit('c') } };
    const { entities } = await ask(section, [{ pnr: outsider, body }]);
    expect(entities[0]?.employmentSupport).toEqual({
      labourMarketMeasures: { __typename: 'NotRecorded', agency: 'EMPLOYMENT_SUPPORT', category: 'LABOUR_MARKET_MEASURES' },
      occupationStatus: { __typename: 'NotRecorded', category: 'OCCUPATION_STATUS' },
    });
  });

  it('shows the access log to the guardian themself, and to no one else', async () => {
    await ask(section, [{ pnr: fourth, body: { pnr: fourth, guardian: false, decisions: { LABOUR_MARKET_MEASURES: permit('c-4'), OCCUPATION_STATUS: noConsent } } }]);
    const self: Identity = { username: 'vardnadshavare-test', role: 'GUARDIAN', teamId: null, agency: null, personnummer: fourth, municipality: null };
    const readAtAgency = { permit: false as const, reason: 'READ_AT_AGENCY' as const, message: 'Fråga din handläggare' };
    const { entities } = await ask(
      accessLogQuery,
      [{ pnr: fourth, body: { pnr: fourth, guardian: true, decisions: { LABOUR_MARKET_MEASURES: readAtAgency, OCCUPATION_STATUS: readAtAgency } } }],
      self,
    );
    // What was released of them is logged; a denial is not an access.
    expect(entities[0]?.employmentSupport.accessLog).toEqual([{ agency: 'EMPLOYMENT_SUPPORT', categories: ['LABOUR_MARKET_MEASURES'], accessedBy: 'koordinator1' }]);
    const { answer } = await send(accessLogQuery, [{ pnr: fourth, body: { pnr: fourth, guardian: false, decisions: {} } }], coordinator);
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers a section whose system is down as unavailable, the rest of the view still rendering', async () => {
    simulator.control.setFaults({ down: true });
    try {
      const body: GrantBody = { pnr: first, guardian: false, decisions: { LABOUR_MARKET_MEASURES: permit('c'), OCCUPATION_STATUS: noConsent } };
      const { entities } = await ask(section, [{ pnr: first, body }]);
      expect(entities[0]?.employmentSupport.labourMarketMeasures).toMatchObject({ __typename: 'AgencyUnavailable' });
      expect(entities[0]?.employmentSupport.occupationStatus).toMatchObject({ __typename: 'AccessDenied', reason: 'NO_CONSENT' });
    } finally {
      simulator.control.setFaults({ down: false });
    }
  });
});
