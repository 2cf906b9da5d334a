import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Family } from '@lotsen/agency-systems';
import { startGateway } from '@lotsen/gateway';
import { AuditLog, defaultAudience, devIssuer, generateDevKeys, generateSharedKey, grantKeysOf, json, signRequest, signToken, startHttpServer } from '@lotsen/kit';
import { identityOf, type RunningSystem, startSystem } from '@lotsen/local-stack';
import { readSupergraph } from '@lotsen/schema';
import { startSubgraph as startSchoolSubgraph } from '@lotsen/school';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeCertificates } from './certificates.js';
import { gql } from './graphql.js';
import { familyOverview } from './queries.js';
import { verifierOf } from './second-school.js';
import { callSubgraph } from './signed.js';

type Json = Record<string, any>;

describe('security: who may ask, and through which door', () => {
  let system: RunningSystem;
  const archetype = (n: number) => system.population.families.find((f) => f.archetype === n) as Family;
  const post = (token: string | null, query: string, variables: Json = {}, url = system.gatewayUrl) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) }, body: JSON.stringify({ query, variables }) });
  const subgraph = (name: 'coordination' | 'school') => `${system.subgraphs[name === 'school' ? 'school' : 'coordination'].url}/graphql`;
  const entitiesOfChild = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Child { school { enrolment { __typename ... on AccessDenied { reason } } } } } }`;

  beforeAll(async () => {
    system = await startSystem({ families: 20 });
  });
  afterAll(() => system?.close());

  describe('at the gateway, nothing reaches a subgraph without a valid token', () => {
    let recorder: Awaited<ReturnType<typeof startHttpServer>>;
    let gateway: Awaited<ReturnType<typeof startGateway>>;
    let calls = 0;
    beforeAll(async () => {
      recorder = await startHttpServer({
        'POST /graphql': () => {
          calls += 1;
          return json(200, { data: {} });
        },
      });
      const verifier = verifierOf(system);
      const urls = Object.fromEntries(['coordination', 'school', 'social-services', 'health-care'].map((n) => [n, `${recorder.url}/graphql`]));
      gateway = await startGateway({ port: 0, supergraphSdl: readSupergraph(), verifier, subgraphUrls: urls, signingKey: system.signingKey });
    });
    afterAll(async () => {
      await gateway.close();
      await recorder.close();
    });

    const identity = () => identityOf(system.population, 'koordinator1');
    it.each([
      ['no token', async () => null],
      ['an expired token', async () => signToken(identity(), system.keys, { expiresIn: '-10 minutes' })],
      ['a token from another issuer', async () => signToken(identity(), system.keys, { issuer: 'https://idp.example.org' })],
      ['a token signed by another key', async () => signToken(identity(), await generateDevKeys())],
      [
        'a token with alg none',
        async () => new UnsecuredJWT({ role: 'COORDINATOR', team: 'team-1' }).setSubject('koordinator1').setIssuer(devIssuer).setAudience(defaultAudience).setExpirationTime('1h').encode(),
      ],
      [
        'a token with an HMAC alg and the public key as secret',
        async () =>
          new SignJWT({ role: 'COORDINATOR' })
            .setProtectedHeader({ alg: 'HS256' })
            .setSubject('koordinator1')
            .setIssuer(devIssuer)
            .setAudience(defaultAudience)
            .setExpirationTime('1h')
            .sign(new TextEncoder().encode(JSON.stringify(system.keys.publicJwk))),
      ],
    ])('refuses %s with 401 and calls no subgraph', async (_, token) => {
      const res = await post(await token(), '{ caseload { id } }', {}, `${gateway.url}/graphql`);
      expect(res.status).toBe(401);
      expect(((await res.json()) as Json).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(calls).toBe(0);
    });
  });

  describe('subgraphs serve only signed requests from a trusted gateway', () => {
    it.each([
      ['an ordinary field', 'coordination', { query: '{ caseload { id } }' }],
      ['_service', 'school', { query: '{ _service { sdl } }' }],
      ['_entities with a child key', 'school', { query: entitiesOfChild, variables: { r: [{ __typename: 'Child', personnummer: '201503152389' }] } }],
    ] as const)('refuses %s reached directly, even with a valid token', async (_, name, payload) => {
      const res = await callSubgraph(subgraph(name), await system.token('koordinator1'), payload, null);
      expect(res.status).toBe(401);
      expect(res.body.data).toBeUndefined();
    });

    it('refuses a forged, a stale and a replayed signature, and a bad token with a good signature', async () => {
      const token = await system.token('koordinator1');
      const payload = { query: '{ _service { sdl } }' };
      expect((await callSubgraph(subgraph('school'), token, payload, generateSharedKey(system.signingKey.id))).status).toBe(401);
      const sign = () =>
        signRequest(system.signingKey, { method: 'POST', url: subgraph('school'), headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(payload) });
      vi.useFakeTimers({ now: Date.now() - 120_000, toFake: ['Date'] });
      const stale = sign();
      vi.useRealTimers();
      expect((await callSubgraph(subgraph('school'), token, payload, null, stale)).status).toBe(401);
      const once = sign();
      expect((await callSubgraph(subgraph('school'), token, payload, null, once)).status).toBe(200);
      expect((await callSubgraph(subgraph('school'), token, payload, null, once)).status).toBe(401);
      expect((await callSubgraph(subgraph('school'), 'not-a-jwt', payload, system.signingKey)).status).toBe(401);
    });

    it('refuses a request signed for the school subgraph at health care, with its Host kept or rewritten, and serves it at school', async () => {
      const token = await system.token('koordinator1');
      const body = JSON.stringify({ query: '{ _service { sdl } }' });
      const school = subgraph('school');
      const healthCare = `${system.subgraphs.healthCare.url}/graphql`;
      const unsigned = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
      // Exactly what the gateway sends the school subgraph, Host included.
      const headers = { ...unsigned, host: new URL(school).host, ...signRequest(system.signingKey, { method: 'POST', url: school, headers: unsigned, body }) };
      // node:http sends the Host header given (fetch sets its own).
      const send = (url: string, sent: Record<string, string>) =>
        new Promise<{ status: number; body: Json }>((resolve, reject) => {
          const req = httpRequest(url, { method: 'POST', headers: sent }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Json }));
            res.on('error', reject);
          });
          req.on('error', reject);
          req.end(body);
        });

      const kept = await send(healthCare, headers);
      expect(kept.status).toBe(401);
      expect(kept.body.errors[0].message).toMatch(/addressed to another service/);
      expect(kept.body.data).toBeUndefined();
      const rewritten = await send(healthCare, { ...headers, host: new URL(healthCare).host });
      expect(rewritten.status).toBe(401);
      expect(rewritten.body.errors[0].message).toMatch(/does not verify/);
      expect(rewritten.body.data).toBeUndefined();

      const served = await send(school, headers);
      expect(served.status).toBe(200);
      expect(served.body.data?._service.sdl).toContain('type SchoolSection');
    });

    it('accepts mutual TLS instead of a signature (Apollo Router, Hive Gateway), and refuses a client without a trusted certificate', async () => {
      const certs = makeCertificates();
      const other = makeCertificates();
      const school = await startSchoolSubgraph({
        port: 0,
        agencySystemUrl: system.simulators.school.url,
        grantKeys: grantKeysOf(system.registryKeys.publicJwk),
        verifier: verifierOf(system),
        audit: new AuditLog(system.db, 'school'),
        signingKey: system.signingKey,
        tls: { cert: certs.serverCert, key: certs.serverKey, clientCa: certs.ca },
      });
      const call = (client: { cert: Buffer; key: Buffer } | null) =>
        new Promise<number>((resolve, reject) => {
          const body = JSON.stringify({ query: '{ _service { sdl } }' });
          const req = httpsRequest(
            `${school.url}/graphql`,
            { method: 'POST', ca: certs.ca, ...(client ?? {}), headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } },
            (res) => {
              res.resume();
              resolve(res.statusCode ?? 0);
            },
          );
          req.on('error', reject);
          req.end(body);
        });
      const token = await system.token('koordinator1');
      try {
        expect(await call({ cert: certs.clientCert, key: certs.clientKey })).toBe(200);
        await expect(call(null)).rejects.toThrow();
        await expect(call({ cert: other.clientCert, key: other.clientKey })).rejects.toThrow();
      } finally {
        await school.close();
      }
    });

    it('the registry answers no sideways call: no decision endpoint, its public key for anyone, its grants never to a client', async () => {
      const res = await fetch(`${system.subgraphs.coordination.url}/consent/decisions`, { method: 'POST', body: '{}' });
      expect(res.status).toBe(404);
      const jwks = (await (await fetch(`${system.subgraphs.coordination.url}/.well-known/registry-jwks.json`)).json()) as { keys: Json[] };
      expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA' })]);
      expect(jwks.keys[0]?.d).toBeUndefined();
      const asked = await gql(system, 'koordinator1', `{ child(personnummer: "${archetype(1).children[0]?.personnummer}") { grant } }`);
      expect(asked.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });

  describe('roles and assignment, enforced where the data lives', () => {
    it('a coordinator does not reach a family not assigned to them, by id or through _entities', async () => {
      const foreign = archetype(8);
      expect((await gql<{ family: Json }>(system, 'koordinator1', familyOverview, { id: foreign.id })).data?.family).toBeNull();
      const token = await system.token('koordinator1');
      const family = await callSubgraph(
        subgraph('coordination'),
        token,
        { query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Family { reference guardians { givenName } } } }', variables: { r: [{ __typename: 'Family', id: foreign.id }] } },
        system.signingKey,
      );
      expect(family.body.data?._entities).toEqual([null]);
      const child = await callSubgraph(
        subgraph('coordination'),
        token,
        {
          query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Child { givenName consents { id } } } }',
          variables: { r: [{ __typename: 'Child', personnummer: foreign.children[0]?.personnummer }] },
        },
        system.signingKey,
      );
      expect(child.body.data?._entities).toEqual([null]);
      const school = await callSubgraph(
        subgraph('school'),
        token,
        { query: entitiesOfChild, variables: { r: [{ __typename: 'Child', personnummer: foreign.children[0]?.personnummer }] } },
        system.signingKey,
      );
      // Past the gateway there is no grant to show: denied, whoever asks.
      expect(school.body.data?._entities[0].school.enrolment).toEqual({ __typename: 'AccessDenied', reason: 'UNAVAILABLE' });
    });

    it('a guardian reaches their own family only', async () => {
      const own = await gql<{ caseload: Json[] }>(system, 'vardnadshavare1', '{ caseload { reference } }');
      expect(own.data?.caseload).toEqual([{ reference: 'F-00001' }]);
      expect((await gql<{ family: Json }>(system, 'vardnadshavare1', familyOverview, { id: archetype(2).id })).data?.family).toBeNull();
      const other = await gql<{ child: Json }>(system, 'vardnadshavare1', `{ child(personnummer: "${archetype(2).children[0]?.personnummer}") { givenName } }`);
      expect(other.data?.child).toBeNull();
    });

    it('agency staff see only plan actions a SIP consent names their agency for, in their municipality, and no family file', async () => {
      const mine = await gql<{ agencyActions: Json[] }>(system, 'skola1', '{ agencyActions { action { id responsibleAgency status } familyReference children } }');
      expect(mine.errors).toBeUndefined();
      const actions = mine.data?.agencyActions ?? [];
      const references = new Set(actions.map((a) => a.familyReference));
      // F-00001 has an active SIP consent naming the school; 2 is pending, 4 expired, 5 revoked,
      // and 8 shares its SIP in another municipality.
      expect(references).toContain('F-00001');
      for (const hidden of ['F-00002', 'F-00004', 'F-00005', 'F-00008']) expect(references).not.toContain(hidden);
      // Families living in the municipality, whichever team serves them (docs/tenancy.md).
      const expected = system.population.families
        .filter((f) => f.municipality === 'Exempelkommun' && f.consents.some((c) => c.purpose === 'SIP' && c.scope.some((s) => s.agency === 'SCHOOL')))
        .flatMap((f) => (f.plan?.goals ?? []).flatMap((g) => g.actions))
        .filter((a) => a.responsibleAgency === 'SCHOOL');
      expect(actions.map((a) => a.action.id).sort()).toEqual(expected.map((a) => a.id).sort());
      expect(JSON.stringify(actions)).not.toMatch(/\d{12}/);
      const done = await gql<{ updateActionStatus: Json }>(system, 'skola1', `mutation { updateActionStatus(actionId: "${actions[0]?.action.id}", status: DONE) { status } }`);
      expect(done.data?.updateActionStatus).toEqual({ status: 'DONE' });
      // An action of the school's in a family without such consent is as unknown as another agency's.
      const withoutConsent = (archetype(2).plan?.goals ?? []).flatMap((g) => g.actions).find((a) => a.responsibleAgency === 'SCHOOL');
      const health = system.population.families.flatMap((f) => (f.plan?.goals ?? []).flatMap((g) => g.actions)).find((a) => a.responsibleAgency === 'HEALTH_CARE');
      for (const id of [health?.id, withoutConsent?.id].filter(Boolean)) {
        const foreign = await gql(system, 'skola1', `mutation { updateActionStatus(actionId: "${id}", status: DONE) { status } }`);
        expect(foreign.errors?.[0]).toMatchObject({ message: 'Insatsen finns inte bland din verksamhets insatser / no such action for your agency', extensions: { code: 'FORBIDDEN' } });
      }
      expect((await gql(system, 'skola1', '{ caseload { id } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await gql(system, 'koordinator1', '{ agencyActions { goal } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });

    it('an analyst is refused every person-level field', async () => {
      for (const query of ['{ caseload { id } }', `{ family(id: "${archetype(1).id}") { reference } }`, `{ child(personnummer: "${archetype(1).children[0]?.personnummer}") { givenName } }`]) {
        const result = await gql(system, 'analytiker1', query);
        expect(result.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
      }
      const token = await system.token('analytiker1');
      const school = await callSubgraph(
        subgraph('school'),
        token,
        { query: entitiesOfChild, variables: { r: [{ __typename: 'Child', personnummer: archetype(1).children[0]?.personnummer }] } },
        system.signingKey,
      );
      // Past the gateway there is no grant to show: denied, whoever asks.
      expect(school.body.data?._entities[0].school.enrolment).toEqual({ __typename: 'AccessDenied', reason: 'UNAVAILABLE' });
    });
  });
});
