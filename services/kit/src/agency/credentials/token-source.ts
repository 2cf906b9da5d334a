import { isAxiosError } from 'axios';
import type { Agency } from '../../domain/agencies.js';
import { AgencyError } from '../errors.js';
import { createHttpClient } from '../http-client.js';
import { clientAssertion, jwtBearerAssertionType } from './client-assertion.js';
import type { AgencyCredentials } from './credentials.js';

/** A token's lifetime when the server does not say (RFC 6749 §5.1 makes expires_in optional). */
export const assumedLifetimeS = 300;

/** A token is renewed this long before it expires (at most a tenth of its lifetime), so none goes out expiring on the way. */
export const renewalMarginMs = 30_000;

/** Where to ask for a token and how to prove who we are there. */
interface Endpoint {
  url: string;
  withKey: boolean;
}

interface Token {
  value: string;
  renewAt: number;
}

/** The access tokens of one agency system's client, shared by every request of the process. */
export interface TokenSource {
  /**
   * A token to send: the cached one while it is fresh; a new one when none is, or when the one
   * held is `refused` (the agency system answered it with 401). Concurrent askers share one
   * request to the token endpoint. Every failure is an AgencyError whose message names no secret.
   */
  token(signal?: AbortSignal, refused?: string): Promise<string>;
}

/** RFC 6749 §2.3.1: the client id and secret are form-encoded before they are joined for Basic. */
const formEncoded = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);

/** A code from RFC 6749 §5.2 (invalid_client …) is safe to log; anything else the server said is not repeated. */
const errorCode = (data: unknown) => {
  const code = (data as { error?: unknown } | null)?.error;
  return typeof code === 'string' && /^[a-z_]{1,40}$/.test(code) ? ` ${code}` : '';
};

/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4) for one agency system: a client secret (Basic or
 * in the body), or a signed client assertion (RFC 7523, SMART Backend Services) with the secret as
 * fallback when the server's SMART configuration does not take private_key_jwt. A token is kept
 * until shortly before it expires. Nothing here is retried: a transient failure is marked so, and
 * the agency client's retries, budget and circuit decide.
 */
export function tokenSource(agency: Agency, credentials: AgencyCredentials, clock: () => number = Date.now): TokenSource {
  if (!credentials.secret && !credentials.assertionKey) throw new Error(`${agency}: credentials need a client secret or a private key`);
  if (!credentials.tokenUrl && !credentials.smartConfigurationUrl) throw new Error(`${agency}: credentials need a token endpoint or a SMART configuration to find it in`);
  const http = createHttpClient('', 0);
  let endpoint: Endpoint | null = credentials.tokenUrl ? { url: credentials.tokenUrl, withKey: !!credentials.assertionKey } : null;
  let held: Token | null = null;
  let pending: Promise<Token> | null = null;

  /** A request to the token endpoint or the discovery document; its failures say what failed and no more. */
  const ask = async <T>(what: string, signal: AbortSignal | undefined, send: () => Promise<T>): Promise<T> => {
    try {
      return await send();
    } catch (error) {
      if (signal?.aborted) throw new AgencyError(agency, 'TIMEOUT', `no answer from the ${what} within the budget`, { transient: true });
      throw new AgencyError(agency, 'UNAVAILABLE', `${what} did not answer (${isAxiosError(error) ? (error.code ?? 'network') : 'network'})`, { transient: true });
    }
  };

  /** SMART App Launch §2.1: the token endpoint and the authentication methods it takes, from the FHIR server's own document. */
  const discover = async (signal: AbortSignal | undefined): Promise<Endpoint> => {
    const answer = await ask('SMART configuration', signal, () => http.get(credentials.smartConfigurationUrl as string, { signal, validateStatus: () => true }));
    if (answer.status !== 200) throw new AgencyError(agency, 'UNAVAILABLE', `SMART configuration did not answer (${answer.status})`, { transient: answer.status >= 500 });
    const doc = answer.data as { token_endpoint?: unknown; token_endpoint_auth_methods_supported?: unknown } | null;
    if (typeof doc?.token_endpoint !== 'string' || !/^https?:\/\//.test(doc.token_endpoint)) throw new AgencyError(agency, 'UNAVAILABLE', 'SMART configuration names no token endpoint');
    const methods = Array.isArray(doc.token_endpoint_auth_methods_supported) ? (doc.token_endpoint_auth_methods_supported as unknown[]) : null;
    const takes = (method: string) => methods === null || methods.includes(method);
    if (credentials.assertionKey && takes('private_key_jwt')) return { url: doc.token_endpoint, withKey: true };
    if (credentials.secret && takes(credentials.secret.method)) return { url: doc.token_endpoint, withKey: false };
    throw new AgencyError(agency, 'UNAVAILABLE', 'the token endpoint takes none of the authentication methods we hold');
  };

  const fetchToken = async (signal: AbortSignal | undefined): Promise<Token> => {
    endpoint ??= await discover(signal);
    const { url, withKey } = endpoint;
    const body = new URLSearchParams({ grant_type: 'client_credentials' });
    if (credentials.scope) body.set('scope', credentials.scope);
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    if (withKey && credentials.assertionKey) {
      body.set('client_assertion_type', jwtBearerAssertionType);
      body.set('client_assertion', await clientAssertion(credentials.clientId, url, credentials.assertionKey, clock()));
    } else if (credentials.secret?.method === 'client_secret_basic') {
      headers.authorization = `Basic ${Buffer.from(`${formEncoded(credentials.clientId)}:${formEncoded(credentials.secret.value)}`).toString('base64')}`;
    } else if (credentials.secret) {
      body.set('client_id', credentials.clientId);
      body.set('client_secret', credentials.secret.value);
    }
    const asked = clock();
    const answer = await ask('token endpoint', signal, () => http.post(url, body.toString(), { headers, signal, validateStatus: () => true }));
    if (answer.status >= 500 || answer.status === 429) throw new AgencyError(agency, 'UNAVAILABLE', `token endpoint did not answer (${answer.status})`, { transient: true });
    if (answer.status !== 200) throw new AgencyError(agency, 'UNAVAILABLE', `token endpoint refused our credentials (${answer.status}${errorCode(answer.data)})`);
    const granted = answer.data as { access_token?: unknown; token_type?: unknown; expires_in?: unknown } | null;
    if (typeof granted?.access_token !== 'string' || granted.access_token === '' || String(granted.token_type).toLowerCase() !== 'bearer') {
      throw new AgencyError(agency, 'UNAVAILABLE', 'token endpoint gave no bearer token');
    }
    const lifetimeMs = (typeof granted.expires_in === 'number' && granted.expires_in > 0 ? granted.expires_in : assumedLifetimeS) * 1000;
    return { value: granted.access_token, renewAt: asked + lifetimeMs - Math.min(renewalMarginMs, lifetimeMs / 10) };
  };

  return {
    async token(signal, refused) {
      if (held && held.value !== refused && clock() < held.renewAt) return held.value;
      pending ??= fetchToken(signal)
        .then((token) => {
          held = token;
          return token;
        })
        .finally(() => {
          pending = null;
        });
      return (await pending).value;
    },
  };
}
