import { createHash } from 'node:crypto';
import { loadSafelist, startGateway } from '@lotsen/gateway';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { readSupergraph } from '@lotsen/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseload } from './queries.js';
import { subgraphUrlsOf, verifierOf } from './second-school.js';

type Json = Record<string, any>;

describe('hostile and malformed requests at the gateway', () => {
  let system: RunningSystem;
  let token: string;
  beforeAll(async () => {
    system = await startSystem({ families: 12 });
    token = await system.token('koordinator1');
  });
  afterAll(() => system?.close());

  const send = (body: string, headers: Record<string, string> = {}) =>
    fetch(system.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers }, body });
  const nest = (n: number) => `{ caseload { ${'children { family { '.repeat(n)}reference${' } }'.repeat(n)} } }`;

  const hostile: [string, () => Promise<Response>, RegExp][] = [
    ['a query nested too deep', () => send(JSON.stringify({ query: nest(8) })), /depth/i],
    ['alias amplification', () => send(JSON.stringify({ query: `{ ${Array.from({ length: 60 }, (_, i) => `a${i}: me { username }`).join(' ')} }` })), /alias/i],
    ['a query of too many tokens', () => send(JSON.stringify({ query: `{ me { ${'username '.repeat(5000)} } }` })), /token/i],
    [
      'too costly a query',
      () =>
        send(
          JSON.stringify({
            query: `{ caseload { ${Array.from({ length: 14 }, (_, i) => `c${i}: children { family { children { family { children { family { plan { goals { actions { description status dueDate } } } } } } } } }`).join(' ')} } }`,
          }),
        ),
      /cost|alias|depth/i,
    ],
    ['a batched array of operations', () => send(JSON.stringify([{ query: '{ me { username } }' }, { query: '{ me { username } }' }])), /batch/i],
    ['an oversized body', () => send(JSON.stringify({ query: `{ me { username } } # ${'x'.repeat(200_000)}` })), /larger than/i],
    [
      'deeply nested variables',
      () => send(JSON.stringify({ query: 'query($v: [String]) { me { username } }', variables: { v: JSON.parse(`${'['.repeat(40)}1${']'.repeat(40)}`) } })),
      /nested deeper/i,
    ],
    ['malformed JSON', () => send('{"query": "{ me { username } }"'), /malformed json/i],
    ['a wrong content type', () => send(JSON.stringify({ query: '{ me { username } }' }), { 'content-type': 'text/plain' }), /content-type|csrf|preflight/i],
    ['an invalid personnummer', () => send(JSON.stringify({ query: '{ child(personnummer: "201503152388") { givenName } }' })), /personnummer/i],
    ['an invalid date', () => send(JSON.stringify({ query: 'mutation { recordFollowUp(input: { familyId: "x", date: "2026-13-01", area: SCHOOL, rating: 3 }) { id } }' })), /date/i],
    ['an unknown operation', () => send(JSON.stringify({ query: 'query A { me { username } }', operationName: 'B' })), /unknown operation|operation named/i],
    ['a field that does not exist (no suggestions given)', () => send(JSON.stringify({ query: '{ caseloads { id } }' })), /cannot query field/i],
  ];

  it.each(hostile)('refuses %s with a 4xx and a clear message, while a good request succeeds', async (_, attack, message) => {
    const [bad, good] = await Promise.all([attack(), send(JSON.stringify({ query: caseload }))]);
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.status).toBeLessThan(500);
    const body = (await bad.json()) as Json;
    expect(JSON.stringify(body.errors ?? body)).toMatch(message);
    expect(JSON.stringify(body)).not.toMatch(/Did you mean|at [A-Za-z]+ \(|node_modules|127\.0\.0\.1:4/);
    expect(good.status).toBe(200);
    expect(((await good.json()) as Json).data.caseload.length).toBeGreaterThan(0);
  });

  describe('control characters in text', () => {
    const refusal = 'Kontrolltecken (t.ex. NUL) är inte tillåtna i text / control characters are not allowed in text';
    const familyId = () => system.population.families[0]?.id as string; // koordinator1's
    const recordMeeting = 'mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { id summary } }';
    const meeting = (summary: string) => ({ familyId: familyId(), date: '2026-11-20', kind: 'SIP', agencies: ['SCHOOL'], summary });
    const meetings = async () => {
      const res = await send(JSON.stringify({ query: 'query($id: ID!) { family(id: $id) { meetings { id } } }', variables: { id: familyId() } }));
      return ((await res.json()) as Json).data.family.meetings.length as number;
    };
    const expectRefused = async (res: Response) => {
      expect(res.status).toBe(400);
      const body = (await res.json()) as Json;
      expect(body.data ?? null).toBeNull();
      expect(body.errors).toEqual([expect.objectContaining({ message: refusal, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
    };

    it('refuses a NUL byte (or another control character) in a variable with 400, before anything is written', async () => {
      const before = await meetings();
      await expectRefused(await send(JSON.stringify({ query: recordMeeting, variables: { input: meeting('Möte med Åsa\u0000') } })));
      await expectRefused(await send(JSON.stringify({ query: recordMeeting, variables: { input: meeting('Möte \u001b[2J med Åsa') } })));
      expect(await meetings()).toBe(before);
    });

    it('refuses a "\\u0000" escape in an inline string literal with 400, before anything is written', async () => {
      const before = await meetings();
      const query = `mutation { recordMeeting(input: { familyId: "${familyId()}", date: "2026-11-20", kind: SIP, agencies: [SCHOOL], summary: "Möte med Åsa\\u0000" }) { id } }`;
      await expectRefused(await send(JSON.stringify({ query })));
      expect(await meetings()).toBe(before);
    });

    it('lets Swedish names with å, ä, ö, a tab and a line break through', async () => {
      const summary = 'Möte med Åsa Öberg och Märta Ängström.\n\tNästa steg: skolan återkommer.';
      const res = await send(JSON.stringify({ query: recordMeeting, variables: { input: meeting(summary) } }));
      const body = (await res.json()) as Json;
      expect(body.errors).toBeUndefined();
      expect(res.status).toBe(200);
      expect(body.data.recordMeeting.summary).toBe(summary);
    });
  });

  it('with PERSISTED_OPERATIONS=only, the dashboards’ operations run (by hash or text) and nothing else does', async () => {
    const gateway = await startGateway({
      port: 0,
      supergraphSdl: readSupergraph(),
      verifier: verifierOf(system),
      signingKey: system.signingKey,
      persistedOperations: 'only',
      subgraphUrls: subgraphUrlsOf(system),
    });
    try {
      const text = [...loadSafelist().values()].find((t) => /query WorkList\b/.test(t)) as string;
      const post = (body: unknown) =>
        fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
      const byHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(text).digest('hex') } } });
      expect(byHash.status).toBe(200);
      expect(((await byHash.json()) as Json).data.caseload.length).toBeGreaterThan(0);
      expect(text).toBeDefined();
      expect((await post({ query: text })).status).toBe(200);
      const other = await post({ query: '{ caseload { reference } }' });
      expect(other.status).toBe(400);
      expect(JSON.stringify(await other.json())).toMatch(/safelisted/);
    } finally {
      await gateway.close();
    }
  });

  it('in production: no introspection and no query editor', async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    const gateway = await startGateway({ port: 0, supergraphSdl: readSupergraph(), verifier: verifierOf(system), signingKey: system.signingKey }).finally(() => {
      process.env.NODE_ENV = previous;
    });
    try {
      const res = await fetch(`${gateway.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
      });
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toMatch(/introspection/i);
      expect((await fetch(`${gateway.url}/graphiql`)).status).toBe(404);
    } finally {
      await gateway.close();
    }
  });
});
