import { createHash, generateKeyPairSync, type KeyObject, randomUUID, timingSafeEqual } from 'node:crypto';
import { type HttpRequest, type HttpResponse, json, jwtBearerAssertionType, type Routes } from '@lotsen/kit';
import { decodeJwt, type JWK, jwtVerify, SignJWT } from 'jose';

/** How a system says 401 in its own API: SS 12000's Error, the case system's, FHIR's OperationOutcome, or a body of its own. */
export type Dialect = 'ss12000' | 'case-system' | 'fhir' | { unauthorised: (message: string) => unknown };

/** A client the agency registered: a secret, and for SMART Backend Services the public key its assertions are verified with. */
export interface RegisteredClient {
  clientId: string;
  secret?: string;
  publicJwk?: JWK;
  /** What it may ask for; none listed: whatever it asks. */
  scopes?: readonly string[];
}

export interface AuthorisationOptions {
  /** The system's name (its tokens' issuer and audience are its own). */
  system: string;
  dialect: Dialect;
  clients: readonly RegisteredClient[];
  /** The clock tokens and assertions are judged by (epoch ms); tests move it. */
  clock?: () => number;
  tokenLifetimeS?: number;
  /** The key that signs its access tokens; a fresh one when absent (tests forge with their own). */
  signingKey?: { privateKey: KeyObject; publicKey: KeyObject };
}

export const tokenPath = '/oauth2/token';
export const smartConfigurationRoute = 'GET /fhir/.well-known/smart-configuration';
/** SMART Backend Services: an assertion may not live longer than five minutes. */
const longestAssertionS = 300;
/** SMART's scopes of a backend reading every patient's data (v1 and v2 spelling). */
const systemRead = /^system\/\*\.(read|rs|\*)$/;

/** Who a system's own access token is from and for: one system's token is no other's. */
export const issuerOf = (system: string) => `urn:lotsen:simulator:${system}`;
export const audienceOf = (system: string) => `urn:lotsen:simulator:${system}:api`;

const sha256 = (text: string) => createHash('sha256').update(text).digest();
const sameSecret = (given: string, registered: string) => timingSafeEqual(sha256(given), sha256(registered));
const exempt = (route: string) => route === 'GET /health' || route === 'GET /ready' || route.split(' ')[1]?.startsWith('/_sim/');

/**
 * Puts a simulator's API behind OAuth 2.0 as its real system is (docs/security.md, "Agency systems' credentials"):
 * a token endpoint for the client credentials grant (RFC 6749 §4.4; a client secret, Basic or in
 * the body, or a signed client assertion verified with the client's registered public key, RFC
 * 7523 as SMART Backend Services asks), the FHIR system's SMART configuration that names it, and
 * every API route answering 401 with `WWW-Authenticate: Bearer` to a request without a token of
 * its own that is unexpired and addressed to it. Health, readiness and the test controls stay open.
 */
export function requireAuthorisation(routes: Routes, options: AuthorisationOptions): Routes {
  const clock = options.clock ?? Date.now;
  const lifetimeS = options.tokenLifetimeS ?? 300;
  const { privateKey, publicKey } = options.signingKey ?? generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const clients = new Map(options.clients.map((c) => [c.clientId, c]));
  const realm = `realm="${options.system}"`;
  // Assertions seen, until they expire: one is never taken twice (RFC 7523 §3, jti).
  const seenAssertions = new Map<string, number>();

  const refused = (status: number, error: string, headers: Record<string, string> = {}) => json(status, { error }, { 'cache-control': 'no-store', ...headers });

  /** The client a request to the token endpoint proves itself to be, or why not. */
  const authenticate = async (req: HttpRequest, form: URLSearchParams): Promise<RegisteredClient | string> => {
    const assertion = form.get('client_assertion');
    if (assertion !== null) {
      if (form.get('client_assertion_type') !== jwtBearerAssertionType) return 'unsupported client_assertion_type';
      let clientId: unknown;
      try {
        clientId = decodeJwt(assertion).iss;
      } catch {
        return 'malformed client assertion';
      }
      const client = typeof clientId === 'string' ? clients.get(clientId) : undefined;
      if (!client?.publicJwk) return 'no client with a registered key';
      if (form.has('client_id') && form.get('client_id') !== client.clientId) return 'client_id differs from the assertion';
      const now = clock();
      try {
        const { payload } = await jwtVerify(assertion, client.publicJwk, {
          issuer: client.clientId,
          subject: client.clientId,
          // The token endpoint's URL as the client addressed it.
          audience: `http://${req.headers.host}${tokenPath}`,
          algorithms: ['ES384', 'RS384'],
          requiredClaims: ['exp', 'jti'],
          currentDate: new Date(now),
        });
        if ((payload.exp as number) - now / 1000 > longestAssertionS) return 'assertion lives longer than five minutes';
        for (const [jti, exp] of seenAssertions) if (exp * 1000 < now) seenAssertions.delete(jti);
        if (seenAssertions.has(payload.jti as string)) return 'assertion used before';
        seenAssertions.set(payload.jti as string, payload.exp as number);
        return client;
      } catch {
        return 'assertion not verified';
      }
    }
    const basic = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(req.headers.authorization ?? '')?.[1];
    let id: string | null;
    let secret: string | null;
    if (basic) {
      const [user, ...rest] = Buffer.from(basic, 'base64').toString('utf8').split(':');
      const decode = (v: string) => decodeURIComponent(v.replace(/\+/g, ' '));
      try {
        [id, secret] = [decode(user ?? ''), decode(rest.join(':'))];
      } catch {
        return 'malformed Basic credentials';
      }
    } else [id, secret] = [form.get('client_id'), form.get('client_secret')];
    const client = id === null ? undefined : clients.get(id);
    if (!client?.secret || secret === null || !sameSecret(secret, client.secret)) return 'unknown client or wrong secret';
    return client;
  };

  const token = async (req: HttpRequest): Promise<HttpResponse> => {
    if (!/^application\/x-www-form-urlencoded/i.test(req.headers['content-type'] ?? '')) return refused(400, 'invalid_request');
    const form = new URLSearchParams(req.body);
    if (form.get('grant_type') !== 'client_credentials') return refused(400, 'unsupported_grant_type');
    const client = await authenticate(req, form);
    if (typeof client === 'string') return refused(401, 'invalid_client', { 'www-authenticate': `Basic ${realm}` });
    const asked = form
      .get('scope')
      ?.split(' ')
      .filter((s) => s !== '');
    if (asked && client.scopes && asked.some((s) => !client.scopes?.includes(s))) return refused(400, 'invalid_scope');
    const scope = (asked ?? client.scopes ?? []).join(' ');
    const now = Math.floor(clock() / 1000);
    const accessToken = await new SignJWT({ client_id: client.clientId, scope })
      .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt' })
      .setIssuer(issuerOf(options.system))
      .setAudience(audienceOf(options.system))
      .setSubject(client.clientId)
      .setJti(randomUUID())
      .setIssuedAt(now)
      .setExpirationTime(now + lifetimeS)
      .sign(privateKey);
    return json(200, { access_token: accessToken, token_type: 'Bearer', expires_in: lifetimeS, scope }, { 'cache-control': 'no-store', pragma: 'no-cache' });
  };

  /** 401 in the system's own words; RFC 6750 §3: a request without a token is told no error code. */
  const unauthorised = (why: string | null): HttpResponse => {
    const challenge = `Bearer ${realm}${why ? `, error="invalid_token", error_description="${why}"` : ''}`;
    const message = why ?? 'a bearer token is required';
    if (options.dialect === 'fhir') {
      return json(
        401,
        { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'login', diagnostics: message }] },
        { 'content-type': 'application/fhir+json', 'www-authenticate': challenge },
      );
    }
    const body = typeof options.dialect === 'object' ? options.dialect.unauthorised(message) : { code: 'UNAUTHORIZED', message };
    return json(401, body, { 'www-authenticate': challenge });
  };

  /** Why a request's token is not taken, or null when it is. */
  const invalid = async (req: HttpRequest): Promise<string | null | undefined> => {
    const header = req.headers.authorization;
    if (!header) return null;
    const bearer = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/i.exec(header)?.[1];
    if (!bearer) return 'not a bearer token';
    try {
      const { payload } = await jwtVerify(bearer, publicKey, { issuer: issuerOf(options.system), audience: audienceOf(options.system), algorithms: ['ES256'], currentDate: new Date(clock()) });
      if (
        options.dialect === 'fhir' &&
        !String(payload.scope ?? '')
          .split(' ')
          .some((s) => systemRead.test(s))
      )
        return 'the token grants no system read scope';
      return undefined;
    } catch (error) {
      return (error as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'the token has expired' : 'the token is not valid here';
    }
  };

  const guarded: Routes = {};
  for (const [route, handler] of Object.entries(routes)) {
    guarded[route] = exempt(route)
      ? handler
      : async (req) => {
          const why = await invalid(req);
          return why === undefined ? handler(req) : unauthorised(why);
        };
  }
  guarded[`POST ${tokenPath}`] = token;
  if (options.dialect === 'fhir') {
    // SMART App Launch §2.1 (Backend Services): where to get a token, and how the client proves itself.
    guarded[smartConfigurationRoute] = (req) =>
      json(200, {
        token_endpoint: `http://${req.headers.host}${tokenPath}`,
        grant_types_supported: ['client_credentials'],
        token_endpoint_auth_methods_supported: ['private_key_jwt', 'client_secret_basic', 'client_secret_post'],
        token_endpoint_auth_signing_alg_values_supported: ['ES384', 'RS384'],
        scopes_supported: ['system/*.read', 'system/*.rs'],
        capabilities: ['client-confidential-asymmetric', 'client-confidential-symmetric', 'permission-v1', 'permission-v2'],
      });
  }
  return guarded;
}
