import { createHash, createHmac, randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { createVerifier, httpbis } from 'http-message-signatures';
import type { ReplayCache } from './replay-cache.js';

/**
 * Proof that a request comes from a trusted gateway: an RFC 9421 HTTP
 * Message Signature, HMAC-SHA256 with a key the services share, over the method, the target's
 * authority (host and port: `/graphql` is the same path on every subgraph), the path, the
 * body's Content-Digest (RFC 9530) and the user's Authorization header, and the operation
 * headers the audit trail records when the request carries them, with `created`, `expires` and
 * a `nonce`. A subgraph refuses anything unsigned, forged, stale or replayed, or addressed to
 * an authority that is not its own, and drops an operation header the signature does not
 * cover (a gateway that signs only the rest still works; the subgraph then describes the
 * operation itself).
 */
export interface SharedKey {
  id: string;
  secret: Buffer;
}

export const signatureLifetimeMs = 30_000;
const toleranceSeconds = 5;
const coveredFields = ['@method', '@authority', '@path', 'content-digest', 'authorization'];
/** What the audit trail records of the operation: signed whenever present, so nobody between can change it. */
export const operationHeaders = ['x-request-id', 'x-lotsen-operation-name', 'x-lotsen-document-hash'] as const;

export function contentDigest(body: string): string {
  return `sha-256=:${createHash('sha256').update(body).digest('base64')}:`;
}

const componentList = (fields: readonly string[]) => `(${fields.map((f) => `"${f}"`).join(' ')})`;
// Nonces need only be unique: a random prefix per process and a counter, no syscall per request.
const noncePrefix = randomBytes(12).toString('base64url');
let nonceCounter = 0;
// RFC 9421 §2.2.3 and §2.2.6 from the target URI: `host` is the lowercased host with the port
// unless it is the scheme's default, brackets kept around an IPv6 address.
const targets = new Map<string, { authority: string; path: string }>();
const targetOf = (url: string) => {
  let target = targets.get(url);
  if (!target) {
    const parsed = new URL(url);
    target = { authority: parsed.host, path: parsed.pathname || '/' };
    targets.set(url, target);
  }
  return target;
};
const sfString = (value: string) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

/**
 * The headers that sign a request: content-digest, signature-input and signature. The
 * signature base (RFC 9421 §2.5) is written directly: its components are fixed, and building
 * it through a structured-field library cost the gateway a sixth of its CPU. The verifier stays
 * on http-message-signatures, and a test holds the two to the same bytes.
 */
export function signRequest(
  key: SharedKey,
  request: { method: string; url: string; headers: Record<string, string>; body: string },
  at: { now?: number; nonce?: string } = {},
): Record<string, string> {
  const digest = contentDigest(request.body);
  const created = Math.floor((at.now ?? Date.now()) / 1000);
  const nonce = at.nonce ?? `${noncePrefix}${(nonceCounter++).toString(36)}`;
  const present = operationHeaders.filter((h) => request.headers[h] !== undefined);
  const params = `${componentList([...coveredFields, ...present])};created=${created};expires=${created + signatureLifetimeMs / 1000};nonce=${sfString(nonce)};keyid=${sfString(key.id)};alg="hmac-sha256"`;
  const target = targetOf(request.url);
  const base = [
    `"@method": ${request.method.toUpperCase()}`,
    `"@authority": ${target.authority}`,
    `"@path": ${target.path}`,
    `"content-digest": ${digest}`,
    `"authorization": ${(request.headers.authorization ?? '').trim()}`,
    ...present.map((h) => `"${h}": ${(request.headers[h] ?? '').trim()}`),
    `"@signature-params": ${params}`,
  ].join('\n');
  const signature = createHmac('sha256', key.secret).update(base).digest('base64');
  return { 'content-digest': digest, 'signature-input': `sig=${params}`, signature: `sig=:${signature}:` };
}

export class TrustError extends Error {
  override readonly name = 'TrustError';
}

export interface IncomingSigned {
  method: string;
  path: string;
  search: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export type Scheme = 'http' | 'https';

/**
 * An authority (`host[:port]`) as RFC 9421 §2.2.3 compares it: lowercased host, brackets around
 * an IPv6 address, no port when it is the scheme's default. Null when `value` is not a bare
 * authority (a path, user information or anything else around it).
 */
export function normaliseAuthority(value: string, scheme: Scheme = 'http'): string | null {
  if (!/^[^\s/\\?#@]+$/.test(value)) return null;
  try {
    const url = new URL(`${scheme}://${value}`);
    return url.pathname === '/' && !url.search && !url.hash && url.host ? url.host : null;
  } catch {
    return null;
  }
}

/**
 * The authorities a service answers to on `port`, the one it actually listens on: `configured`
 * (SUBGRAPH_AUTHORITY, comma-separated `host:port`, for a service reached by a DNS name or a
 * Kubernetes service) when given, else localhost, 127.0.0.1, [::1] and this machine's name on
 * that port, and the address it listens on when that is a specific one.
 */
export function ownAuthorities(port: number, options: { configured?: string | readonly string[]; listenHost?: string; scheme?: Scheme } = {}): ReadonlySet<string> {
  const scheme = options.scheme ?? 'http';
  const configured = typeof options.configured === 'string' ? options.configured.split(',') : (options.configured ?? []);
  const entries = configured.map((entry) => entry.trim()).filter(Boolean);
  if (entries.length > 0) {
    return new Set(
      entries.map((entry) => {
        const authority = normaliseAuthority(entry, scheme);
        if (!authority) throw new Error(`SUBGRAPH_AUTHORITY: '${entry}' is not a host:port`);
        return authority;
      }),
    );
  }
  const listen =
    options.listenHost && !['0.0.0.0', '::', '[::]'].includes(options.listenHost)
      ? [options.listenHost.includes(':') && !options.listenHost.startsWith('[') ? `[${options.listenHost}]` : options.listenHost]
      : [];
  const hosts = ['localhost', '127.0.0.1', '[::1]', hostname(), ...listen];
  return new Set(hosts.map((host) => normaliseAuthority(`${host}:${port}`, scheme)).filter((a): a is string => a !== null));
}

export interface VerifierOptions {
  /**
   * The authorities this service answers to (ownAuthorities), asked per request: a service
   * listening on an ephemeral port learns them after it listens. A request whose Host is not
   * one of them is refused, however well signed: it was signed for another service.
   */
  authorities: () => ReadonlySet<string>;
  /** The scheme the service is reached by, for the default port of `@authority`. */
  scheme?: Scheme;
}

/**
 * Verifies a signed request; throws TrustError with the reason when it cannot be trusted.
 * `@authority` is taken from the request's Host header. Removes from `req.headers` the
 * operation headers the signature does not cover.
 */
export function createSignatureVerifier(keys: readonly SharedKey[], replay: ReplayCache, options: VerifierOptions) {
  const scheme = options.scheme ?? 'http';
  return async (req: IncomingSigned): Promise<void> => {
    const header = (name: string) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v.join(', ') : (v ?? '');
    };
    if (!header('signature') || !header('signature-input')) throw new TrustError('request not signed by a trusted gateway');
    // A signature made for another service names that service's authority: sent here with
    // that Host it is refused now, with this service's Host it does not verify below.
    const authority = normaliseAuthority(header('host'), scheme);
    if (!authority || !options.authorities().has(authority)) throw new TrustError('request addressed to another service');
    if (header('content-digest') !== contentDigest(req.body)) throw new TrustError('content digest does not match the body');

    let nonce: string | undefined;
    let valid: boolean | null;
    try {
      valid = await httpbis.verifyMessage(
        {
          keyLookup: async (params) => {
            const key = keys.find((k) => k.id === params.keyid);
            nonce = typeof params.nonce === 'string' ? params.nonce : undefined;
            return key ? { id: key.id, algs: ['hmac-sha256'], verify: createVerifier(key.secret, 'hmac-sha256') } : null;
          },
          requiredParams: ['created', 'expires', 'nonce', 'keyid'],
          requiredFields: coveredFields,
          maxAge: signatureLifetimeMs / 1000,
          tolerance: toleranceSeconds,
        },
        {
          method: req.method,
          url: `${scheme}://${authority}${req.path}${req.search ? `?${req.search}` : ''}`,
          headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')])),
        },
      );
    } catch (error) {
      throw new TrustError(`signature refused: ${error instanceof Error ? error.message : 'invalid'}`);
    }
    if (!valid) throw new TrustError('signature does not verify');
    // The signed components are listed before the first parameter; what the audit trail would
    // record from a header outside them could have been set by anyone on the way.
    const covered = header('signature-input').split(';')[0] ?? '';
    for (const h of operationHeaders) if (!covered.includes(`"${h}"`)) delete req.headers[h];
    if (!nonce || !(await replay.claim(nonce, signatureLifetimeMs + toleranceSeconds * 1000))) throw new TrustError('replayed request');
  };
}

export type SignatureVerifier = ReturnType<typeof createSignatureVerifier>;
