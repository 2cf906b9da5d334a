import { generateKeyPairSync } from 'node:crypto';
import { assertionKeyOf, clientAssertion, json, jwtBearerAssertionType, type RunningServer, startHttpServer } from '@lotsen/kit';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessToken, ephemeralSimulatorPorts, generatePopulation, type RunningSimulators, randomAgencyClients, startSimulators } from '../src/index.js';
import { audienceOf, type Dialect, issuerOf, requireAuthorisation, tokenPath } from '../src/simulator/authorisation.js';
import { registrations } from '../src/simulator/clients.js';

// Tokens are judged by this clock, pinned and moved by the tests.
const t0 = Date.parse('2026-11-26T08:00:00Z');
let now = t0;
const clients = randomAgencyClients();
const signingKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const servers: RunningServer[] = [];

/** A system of the dialect with one API route, behind its token endpoint. */
async function system(dialect: Dialect, name: string) {
  const api = { 'GET /api': () => json(200, { ok: true }), 'GET /health': () => json(200, { status: 'ok' }), 'PUT /_sim/faults': () => json(200, {}) };
  const registered = registrations(clients);
  const own = dialect === 'fhir' ? registered.healthCare : dialect === 'ss12000' ? registered.school : registered.socialServices;
  const running = await startHttpServer(requireAuthorisation(api, { system: name, dialect, clients: own, clock: () => now, signingKey }));
  servers.push(running);
  return running;
}

const call = async (url: string, authorization?: string) => {
  const res = await fetch(`${url}/api`, { headers: authorization ? { authorization } : {} });
  return { status: res.status, challenge: res.headers.get('www-authenticate'), type: res.headers.get('content-type'), body: (await res.json()) as Record<string, unknown> };
};
const form = (url: string, body: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${url}${tokenPath}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(body) });

let school: RunningServer;
let caseSystem: RunningServer;
let fhir: RunningServer;
beforeAll(async () => {
  school = await system('ss12000', 'school-platform');
  caseSystem = await system('case-system', 'case-system');
  fhir = await system('fhir', 'health-records');
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe('an agency system answers 401 to a request without a token of its own', () => {
  it('none, in its own words: SS 12000 {code, message}, FHIR an OperationOutcome; WWW-Authenticate: Bearer', async () => {
    now = t0;
    const ss = await call(school.url);
    expect(ss).toMatchObject({ status: 401, challenge: 'Bearer realm="school-platform"', body: { code: 'UNAUTHORIZED', message: 'a bearer token is required' } });
    const fh = await call(fhir.url);
    expect(fh.status).toBe(401);
    expect(fh.type).toBe('application/fhir+json');
    expect(fh.body).toEqual({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'login', diagnostics: 'a bearer token is required' }] });
    // Health and the test controls stay open.
    expect((await fetch(`${school.url}/health`)).status).toBe(200);
    expect((await fetch(`${school.url}/_sim/faults`, { method: 'PUT' })).status).toBe(200);
  });

  it('a forged, an expired, a wrong-audience token, and another system’s: refused; its own: 200', async () => {
    now = t0;
    const token = await accessToken(school.url, clients.school);
    expect(await call(school.url, `Bearer ${token}`)).toMatchObject({ status: 200, body: { ok: true } });
    const refusal = async (authorization: string) => {
      const answer = await call(school.url, authorization);
      expect(answer.status).toBe(401);
      expect(answer.challenge).toMatch(/^Bearer realm="school-platform", error="invalid_token"/);
      return answer.body.message;
    };
    const sign = (claims: { iss: string; aud: string }, key = signingKey.privateKey) =>
      new SignJWT({ scope: '' })
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer(claims.iss)
        .setAudience(claims.aud)
        .setSubject(clients.school.clientId)
        .setIssuedAt(t0 / 1000)
        .setExpirationTime(t0 / 1000 + 300)
        .sign(key);
    const own = { iss: issuerOf('school-platform'), aud: audienceOf('school-platform') };
    expect(await refusal(`Bearer ${await sign(own, generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey)}`)).toBe('the token is not valid here');
    expect(await refusal(`Bearer ${await sign({ ...own, aud: audienceOf('case-system') })}`)).toBe('the token is not valid here');
    expect(await refusal(`Bearer ${token.slice(0, -4)}AAAA`)).toBe('the token is not valid here');
    expect(await refusal(`Basic ${Buffer.from(`${clients.school.clientId}:${clients.school.secret}`).toString('base64')}`)).toBe('not a bearer token');
    expect(await refusal(`Bearer ${await accessToken(caseSystem.url, clients.socialServices)}`)).toBe('the token is not valid here');
    // Five minutes on, the token has expired.
    now = t0 + 301_000;
    expect(await refusal(`Bearer ${token}`)).toBe('the token has expired');
  });
});

describe('the token endpoint (client credentials, RFC 6749 §4.4)', () => {
  it('takes the registered secret as Basic or in the body, and nothing else', async () => {
    now = t0;
    const { clientId, secret } = clients.socialServices;
    const basic = await form(caseSystem.url, { grant_type: 'client_credentials' }, { authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}` });
    expect(basic.status).toBe(200);
    expect(basic.headers.get('cache-control')).toBe('no-store');
    expect(await basic.json()).toMatchObject({ token_type: 'Bearer', expires_in: 300 });
    expect((await form(caseSystem.url, { grant_type: 'client_credentials', client_id: clientId, client_secret: secret })).status).toBe(200);
    const wrong = await form(caseSystem.url, { grant_type: 'client_credentials', client_id: clientId, client_secret: `${secret}x` });
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ error: 'invalid_client' });
    // The school's client is not the case system's.
    expect((await form(caseSystem.url, { grant_type: 'client_credentials', client_id: clients.school.clientId, client_secret: clients.school.secret })).status).toBe(401);
    expect((await form(caseSystem.url, { grant_type: 'password', client_id: clientId, client_secret: secret })).status).toBe(400);
  });
});

describe('SMART Backend Services at the FHIR system', () => {
  const key = assertionKeyOf(JSON.stringify(clients.healthCare.privateJwk), undefined, 'key');
  const tokenFor = async (assertion: string) => {
    const res = await form(fhir.url, { grant_type: 'client_credentials', scope: 'system/*.read', client_assertion_type: jwtBearerAssertionType, client_assertion: assertion });
    return { status: res.status, body: (await res.json()) as { access_token?: string; error?: string; scope?: string } };
  };

  it('names its token endpoint in /.well-known/smart-configuration and takes a signed assertion verified with the registered key', async () => {
    now = t0;
    const config = (await (await fetch(`${fhir.url}/fhir/.well-known/smart-configuration`)).json()) as Record<string, unknown>;
    const tokenUrl = `${fhir.url}${tokenPath}`;
    expect(config).toMatchObject({
      token_endpoint: tokenUrl,
      token_endpoint_auth_methods_supported: expect.arrayContaining(['private_key_jwt', 'client_secret_basic']),
      grant_types_supported: ['client_credentials'],
    });
    const assertion = await clientAssertion(clients.healthCare.clientId, tokenUrl, key, now);
    const granted = await tokenFor(assertion);
    expect(granted).toMatchObject({ status: 200, body: { scope: 'system/*.read' } });
    expect(await call(fhir.url, `Bearer ${granted.body.access_token}`)).toMatchObject({ status: 200 });
    // Used once only.
    expect(await tokenFor(assertion)).toEqual({ status: 401, body: { error: 'invalid_client' } });
  });

  it('refuses an assertion by another key, to another audience, living over five minutes, or expired', async () => {
    now = t0;
    const tokenUrl = `${fhir.url}${tokenPath}`;
    const other = { key: generateKeyPairSync('ec', { namedCurve: 'P-384' }).privateKey, alg: 'ES384' as const };
    expect((await tokenFor(await clientAssertion(clients.healthCare.clientId, tokenUrl, other, now))).status).toBe(401);
    expect((await tokenFor(await clientAssertion(clients.healthCare.clientId, `${fhir.url}/other/token`, key, now))).status).toBe(401);
    const longLived = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES384' })
      .setIssuer(clients.healthCare.clientId)
      .setSubject(clients.healthCare.clientId)
      .setAudience(tokenUrl)
      .setJti('long')
      .setExpirationTime(now / 1000 + 600)
      .sign(key.key);
    expect((await tokenFor(longLived)).status).toBe(401);
    const made = await clientAssertion(clients.healthCare.clientId, tokenUrl, key, now);
    now = t0 + 120_000;
    expect((await tokenFor(made)).status).toBe(401);
    // A secret-only client (the fallback) gets its scope too.
    const bySecret = await form(fhir.url, { grant_type: 'client_credentials', scope: 'system/*.read', client_id: clients.healthCare.clientId, client_secret: clients.healthCare.secret });
    expect(bySecret.status).toBe(200);
    expect((await form(fhir.url, { grant_type: 'client_credentials', scope: 'user/*.write', client_id: clients.healthCare.clientId, client_secret: clients.healthCare.secret })).status).toBe(400);
  });
});

describe('the simulators as started', () => {
  let sims: RunningSimulators;
  beforeAll(async () => {
    sims = await startSimulators(generatePopulation({ seed: 3, families: 6, today: '2026-11-26' }), ephemeralSimulatorPorts);
  });
  afterAll(() => sims.close());

  it('demand a token of the school platform, the case system and the health records; the population register (certificates in real life) does not', async () => {
    for (const [sim, path, client] of [
      [sims.school, '/v2.0/organisations', sims.clients.school],
      [sims.socialServices, '/api/v1/klienter?personnummer=191212121212', sims.clients.socialServices],
      [sims.healthCare, '/fhir/Organization', sims.clients.healthCare],
    ] as const) {
      expect((await fetch(`${sim.url}${path}`)).status, sim.url).toBe(401);
      expect((await fetch(`${sim.url}${path}`, { headers: { authorization: `Bearer ${await accessToken(sim.url, client)}` } })).status, sim.url).toBe(200);
    }
    expect((await fetch(`${sims.populationRegister.url}/health`)).status).toBe(200);
  });
});
