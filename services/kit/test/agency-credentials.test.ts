import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { decodeProtectedHeader, jwtVerify } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenSource } from '../src/agency/credentials/token-source.js';
import { type AgencyCredentials, AgencyError, assertionKeyOf, createLogger, credentialsFromEnv, defaultResilience, jwtBearerAssertionType, resilientAgencyClient } from '../src/index.js';

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };
interface Seen {
  path: string;
  headers: IncomingMessage['headers'];
  form: URLSearchParams;
}

const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});

/** An agency system and its authorisation server in one: every request noted, answered by `answer`. */
async function system(answer: (seen: Seen, url: string) => Answer | Promise<Answer>) {
  const seen: Seen[] = [];
  let url = '';
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString();
    });
    req.on('end', async () => {
      const one = { path: req.url ?? '', headers: req.headers, form: new URLSearchParams(body) };
      seen.push(one);
      const a = await answer(one, url);
      res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers });
      res.end(a.body === undefined ? '' : JSON.stringify(a.body));
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, asked: (path: string) => seen.filter((s) => s.path.startsWith(path)) };
}

const secret = 'hemlig-klientnyckel-4711';
const bearer = (value: string, expiresIn = 60) => ({ status: 200, body: { access_token: value, token_type: 'Bearer', expires_in: expiresIn } });

describe('client credentials (RFC 6749 §4.4)', () => {
  it('keeps a token until shortly before it expires, then asks for a new one; concurrent askers share one request', async () => {
    let issued = 0;
    const as = await system(() => bearer(`token-${++issued}`, 60));
    let now = Date.parse('2026-11-26T08:00:00Z');
    const tokens = tokenSource('SCHOOL', { clientId: 'lotsen-skola', tokenUrl: `${as.url}/oauth2/token`, secret: { value: secret, method: 'client_secret_basic' } }, () => now);
    const [a, b] = await Promise.all([tokens.token(), tokens.token()]);
    expect([a, b]).toEqual(['token-1', 'token-1']);
    // A minute's token is renewed six seconds (a tenth of its life) before it expires.
    now += 53_000;
    expect(await tokens.token()).toBe('token-1');
    now += 1_500;
    expect(await tokens.token()).toBe('token-2');
    expect(as.asked('/oauth2/token')).toHaveLength(2);
    // A refused token is replaced at once, whatever its age.
    expect(await tokens.token(undefined, 'token-2')).toBe('token-3');
  });

  it('sends the secret as Basic (form-encoded first) or in the body, as configured', async () => {
    const as = await system(() => bearer('t'));
    const credentials = (method: 'client_secret_basic' | 'client_secret_post'): AgencyCredentials => ({
      clientId: 'lotsen skola',
      tokenUrl: `${as.url}/token`,
      scope: 'ss12000',
      secret: { value: 'a:b&c', method },
    });
    await tokenSource('SCHOOL', credentials('client_secret_basic')).token();
    await tokenSource('SCHOOL', credentials('client_secret_post')).token();
    const [basic, post] = as.seen;
    expect(basic?.headers.authorization).toBe(`Basic ${Buffer.from('lotsen+skola:a%3Ab%26c').toString('base64')}`);
    expect(Object.fromEntries(basic?.form ?? [])).toEqual({ grant_type: 'client_credentials', scope: 'ss12000' });
    expect(post?.headers.authorization).toBeUndefined();
    expect(Object.fromEntries(post?.form ?? [])).toEqual({ grant_type: 'client_credentials', scope: 'ss12000', client_id: 'lotsen skola', client_secret: 'a:b&c' });
  });
});

describe('every request to the agency system carries a bearer token', () => {
  const credentials = (url: string): AgencyCredentials => ({ clientId: 'lotsen-socialtjanst', tokenUrl: `${url}/oauth2/token`, secret: { value: secret, method: 'client_secret_post' } });

  it('get, post and report alike; a 401 brings one new token and the request again', async () => {
    let issued = 0;
    let accepted = 'token-1';
    const agency = await system((s) => {
      if (s.path === '/oauth2/token') return bearer(`token-${++issued}`, 300);
      return s.headers.authorization === `Bearer ${accepted}` ? { status: 200, body: { ok: s.path } } : { status: 401, body: { code: 'UNAUTHORIZED', message: 'invalid token' } };
    });
    const http = resilientAgencyClient('SOCIAL_SERVICES', agency.url, defaultResilience, credentials(agency.url)).forRequest(Date.now() + 3000);
    expect((await http.get('/api/v1/klienter')).data).toEqual({ ok: '/api/v1/klienter' });
    expect((await http.post('/api/v1/arenden', { a: 1 })).data).toEqual({ ok: '/api/v1/arenden' });
    expect((await http.report('/api/v1/statistik/insatser', {})).data).toEqual({ ok: '/api/v1/statistik/insatser' });
    expect(agency.asked('/oauth2/token')).toHaveLength(1);
    // The system stops taking the token it gave (restarted): one refusal, one new token, the answer.
    accepted = 'token-2';
    expect((await http.get('/api/v1/insatser')).status).toBe(200);
    expect(agency.asked('/oauth2/token')).toHaveLength(2);
    expect(agency.asked('/api/v1/insatser').map((s) => s.headers.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('a second 401 is a failure: not retried, the section AgencyUnavailable, and the reason said', async () => {
    const agency = await system((s) => (s.path === '/oauth2/token' ? bearer('never-taken') : { status: 401, body: { code: 'UNAUTHORIZED', message: 'invalid token' } }));
    const http = resilientAgencyClient('SOCIAL_SERVICES', agency.url, defaultResilience, credentials(agency.url)).forRequest(Date.now() + 3000);
    const failed = await http.get('/api/v1/klienter').catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(AgencyError);
    expect(failed).toMatchObject({ kind: 'UNAVAILABLE', message: 'agency system refused our credentials (401)' });
    expect(agency.asked('/api/v1/klienter')).toHaveLength(2);
    expect(agency.asked('/oauth2/token')).toHaveLength(2);
  });

  it('a system that demands credentials of a client given none: the reason said', async () => {
    const agency = await system(() => ({ status: 401, headers: { 'www-authenticate': 'Bearer' } }));
    const failed = await resilientAgencyClient('SCHOOL', agency.url)
      .forRequest(Date.now() + 3000)
      .get('/v2.0/organisations')
      .catch((e: unknown) => e);
    expect(failed).toMatchObject({ kind: 'UNAVAILABLE', message: expect.stringContaining('none are configured') });
    expect(agency.seen[0]?.headers.authorization).toBeUndefined();
  });

  it('the token is fetched within the operation’s budget', async () => {
    // A token endpoint that never answers.
    const agency = await system((s) => (s.path === '/oauth2/token' ? new Promise<Answer>(() => {}) : { status: 200, body: {} }));
    const started = performance.now();
    const failed = await resilientAgencyClient('SOCIAL_SERVICES', agency.url, { ...defaultResilience, attemptTimeoutMs: 10_000 }, credentials(agency.url))
      .forRequest(Date.now() + 300)
      .get('/api/v1/klienter')
      .catch((e: unknown) => e);
    expect(failed).toMatchObject({ kind: 'TIMEOUT' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(agency.asked('/api/v1/klienter')).toHaveLength(0);
  });
});

describe('SMART Backend Services (a signed client assertion, RFC 7523)', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
  const key = assertionKeyOf(privateKey.export({ format: 'pem', type: 'pkcs8' }) as string, 'nyckel-1', 'HEALTH_RECORDS_PRIVATE_KEY');

  const fhir = (methods: string[] | undefined) =>
    system((s, url) => {
      if (s.path === '/fhir/.well-known/smart-configuration')
        return { status: 200, body: { token_endpoint: `${url}/auth/token`, ...(methods ? { token_endpoint_auth_methods_supported: methods } : {}) } };
      if (s.path === '/auth/token') return bearer(`token-${s.form.get('client_assertion')?.slice(-8) ?? 'secret'}`);
      return { status: 200, body: { resourceType: 'Bundle', auth: s.headers.authorization } };
    });
  const credentials = (url: string): AgencyCredentials => ({
    clientId: 'lotsen-halsa',
    smartConfigurationUrl: `${url}/fhir/.well-known/smart-configuration`,
    scope: 'system/*.read',
    assertionKey: key,
    secret: { value: secret, method: 'client_secret_basic' },
  });

  it('finds the token endpoint in the SMART configuration and signs an assertion: iss = sub = client id, aud = the token URL, a fresh jti, exp at most 5 minutes ahead', async () => {
    const server = await fhir(['private_key_jwt', 'client_secret_basic']);
    const now = Date.parse('2026-11-26T08:00:00Z');
    let at = now;
    const tokens = tokenSource('HEALTH_CARE', credentials(server.url), () => at);
    await tokens.token();
    at += 10 * 60_000;
    await tokens.token();
    const posts = server.asked('/auth/token');
    expect(posts).toHaveLength(2);
    expect(server.asked('/fhir/.well-known/smart-configuration')).toHaveLength(1);
    const jtis = new Set<string>();
    for (const [i, post] of posts.entries()) {
      expect(post.headers.authorization).toBeUndefined();
      expect(post.form.get('grant_type')).toBe('client_credentials');
      expect(post.form.get('scope')).toBe('system/*.read');
      expect(post.form.get('client_assertion_type')).toBe(jwtBearerAssertionType);
      expect(post.form.get('client_secret')).toBeNull();
      const assertion = post.form.get('client_assertion') ?? '';
      expect(decodeProtectedHeader(assertion)).toMatchObject({ alg: 'ES384', kid: 'nyckel-1', typ: 'JWT' });
      const issuedAt = now + i * 10 * 60_000;
      const { payload } = await jwtVerify(assertion, publicKey, { issuer: 'lotsen-halsa', subject: 'lotsen-halsa', audience: `${server.url}/auth/token`, currentDate: new Date(issuedAt) });
      expect(payload.iat).toBe(issuedAt / 1000);
      expect((payload.exp as number) - issuedAt / 1000).toBeGreaterThan(0);
      expect((payload.exp as number) - issuedAt / 1000).toBeLessThanOrEqual(300);
      jtis.add(payload.jti as string);
    }
    expect(jtis.size).toBe(2);
  });

  it('falls back to the client secret when the server takes no private_key_jwt', async () => {
    const server = await fhir(['client_secret_basic']);
    await tokenSource('HEALTH_CARE', credentials(server.url)).token();
    const [post] = server.asked('/auth/token');
    expect(post?.form.get('client_assertion')).toBeNull();
    expect(post?.headers.authorization).toBe(`Basic ${Buffer.from(`lotsen-halsa:${secret}`).toString('base64')}`);
  });
});

describe('no credential in an error or a log line', () => {
  it('neither the secret, the assertion nor the token', async () => {
    // A token endpoint that echoes what it was sent into its error, and an API that refuses.
    const agency = await system((s) => {
      if (s.path === '/refusing/token') return { status: 401, body: { error: 'invalid_client', error_description: `bad secret ${s.form.get('client_secret')}` } };
      if (s.path === '/oauth2/token') return bearer('the-bearer-token-0042');
      return s.path === '/missing' ? { status: 404, body: { message: 'not found' } } : { status: 401, body: { message: `you sent ${s.headers.authorization}` } };
    });
    const lines: string[] = [];
    process.env.LOG_LEVEL = 'debug';
    const log = createLogger('credentials-test', { write: (line: string) => lines.push(line) });
    delete process.env.LOG_LEVEL;
    const post = (tokenPath: string): AgencyCredentials => ({ clientId: 'lotsen-skola', tokenUrl: `${agency.url}${tokenPath}`, secret: { value: secret, method: 'client_secret_post' } });
    const failures = await Promise.all([
      resilientAgencyClient('SCHOOL', agency.url, defaultResilience, post('/refusing/token'))
        .forRequest(Date.now() + 3000)
        .get('/v2.0/persons')
        .catch((e: unknown) => e),
      resilientAgencyClient('SCHOOL', agency.url, defaultResilience, post('/oauth2/token'))
        .forRequest(Date.now() + 3000)
        .get('/v2.0/persons')
        .catch((e: unknown) => e),
      resilientAgencyClient('SCHOOL', agency.url, defaultResilience, post('/oauth2/token'))
        .forRequest(Date.now() + 3000)
        .get('/missing')
        .catch((e: unknown) => e),
    ]);
    expect(failures[0]).toMatchObject({ kind: 'UNAVAILABLE', message: 'token endpoint refused our credentials (401 invalid_client)' });
    expect(failures[1]).toMatchObject({ message: 'agency system refused our credentials (401)' });
    for (const failure of failures) {
      log.warn({ err: failure, detail: (failure as Error).message }, 'agency call failed');
      log.debug({ failure }, 'the whole error');
      lines.push(inspect(failure, { depth: 12 }), JSON.stringify(failure));
    }
    expect(lines.length).toBeGreaterThan(9);
    for (const line of lines) {
      expect(line).not.toContain(secret);
      expect(line).not.toContain('the-bearer-token-0042');
      expect(line).not.toContain(Buffer.from(`lotsen-skola:${secret}`).toString('base64'));
    }
  });
});

describe('credentials from the environment, named after the system’s variable', () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = JSON.stringify({ ...privateKey.export({ format: 'jwk' }), kid: 'rsa-1' });

  it('reads SCHOOL_PLATFORM_* for SCHOOL_PLATFORM_URL', () => {
    const env = { SCHOOL_PLATFORM_CLIENT_ID: 'lotsen', SCHOOL_PLATFORM_CLIENT_SECRET: secret, SCHOOL_PLATFORM_TOKEN_URL: 'https://idp.example/token', SCHOOL_PLATFORM_SCOPE: 'ss12000:read' };
    expect(credentialsFromEnv('SCHOOL_PLATFORM_URL', 'https://skola.example', env)).toEqual({
      clientId: 'lotsen',
      tokenUrl: 'https://idp.example/token',
      scope: 'ss12000:read',
      secret: { value: secret, method: 'client_secret_basic' },
    });
    expect(credentialsFromEnv('SCHOOL_PLATFORM_URL', 'https://skola.example', {})).toBeUndefined();
  });

  it('a FHIR client with a key (JWK or PEM) discovers its token endpoint under the system’s FHIR base', () => {
    const read = credentialsFromEnv('HEALTH_RECORDS_URL', 'https://fhir.example/', { HEALTH_RECORDS_CLIENT_ID: 'lotsen', HEALTH_RECORDS_PRIVATE_KEY: jwk });
    expect(read).toMatchObject({ clientId: 'lotsen', smartConfigurationUrl: 'https://fhir.example/fhir/.well-known/smart-configuration', assertionKey: { alg: 'RS384', kid: 'rsa-1' } });
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
    expect(
      credentialsFromEnv('HEALTH_RECORDS_URL', 'https://fhir.example', { HEALTH_RECORDS_CLIENT_ID: 'lotsen', HEALTH_RECORDS_PRIVATE_KEY: pem, HEALTH_RECORDS_KEY_ID: 'k2' })?.assertionKey,
    ).toMatchObject({ alg: 'RS384', kid: 'k2' });
  });

  it('refuses what cannot work, naming the variable and never the secret', () => {
    const refused = (env: Record<string, string>) => {
      try {
        credentialsFromEnv('CASE_SYSTEM_URL', 'https://vsys.example', env);
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(refused({ CASE_SYSTEM_CLIENT_SECRET: secret })).toBe('CASE_SYSTEM_CLIENT_SECRET set without CASE_SYSTEM_CLIENT_ID');
    expect(refused({ CASE_SYSTEM_CLIENT_ID: 'x' })).toBe('CASE_SYSTEM_CLIENT_ID needs CASE_SYSTEM_CLIENT_SECRET or CASE_SYSTEM_PRIVATE_KEY');
    expect(refused({ CASE_SYSTEM_CLIENT_ID: 'x', CASE_SYSTEM_CLIENT_SECRET: secret })).toMatch(/needs CASE_SYSTEM_TOKEN_URL/);
    expect(refused({ CASE_SYSTEM_CLIENT_ID: 'x', CASE_SYSTEM_CLIENT_SECRET: secret, CASE_SYSTEM_TOKEN_URL: 't', CASE_SYSTEM_CLIENT_AUTH_METHOD: 'none' })).toMatch(
      /CASE_SYSTEM_CLIENT_AUTH_METHOD must be/,
    );
    const badKey = refused({ CASE_SYSTEM_CLIENT_ID: 'x', CASE_SYSTEM_PRIVATE_KEY: `not a key ${secret}` });
    expect(badKey).toBe('CASE_SYSTEM_PRIVATE_KEY is not a private key (a JWK as JSON, or PEM)');
    const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
    expect(refused({ CASE_SYSTEM_CLIENT_ID: 'x', CASE_SYSTEM_PRIVATE_KEY: p256 })).toMatch(/RSA or EC P-384/);
    expect(() => credentialsFromEnv('CASE_SYSTEM', 'x', {})).toThrow(/ends in _URL/);
  });
});
