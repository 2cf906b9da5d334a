import { createHash, createHmac, randomBytes } from 'node:crypto';
import { createVerifier, httpbis } from 'http-message-signatures';
import type { ReplayCache } from './replay-cache.js';

/**
 * Proof that a request comes from a trusted gateway (or a sibling service): an RFC 9421 HTTP
 * Message Signature, HMAC-SHA256 with a key the services share, over the method, the path,
 * the body's Content-Digest (RFC 9530) and the user's Authorization header, and the operation
 * headers the audit trail records when the request carries them, with `created`, `expires` and
 * a `nonce`. A subgraph refuses anything unsigned, forged, stale or replayed, and drops an
 * operation header the signature does not cover (a gateway that signs only the rest still
 * works; the subgraph then describes the operation itself).
 */
export interface SharedKey {
  id: string;
  secret: Buffer;
}

export const signatureLifetimeMs = 30_000;
const toleranceSeconds = 5;
const coveredFields = ['@method', '@path', 'content-digest', 'authorization'];
/** What the audit trail records of the operation: signed whenever present, so nobody between can change it. */
export const operationHeaders = ['x-request-id', 'x-lotsen-operation-name', 'x-lotsen-document-hash'] as const;

export function contentDigest(body: string): string {
  return `sha-256=:${createHash('sha256').update(body).digest('base64')}:`;
}

const componentList = (fields: readonly string[]) => `(${fields.map((f) => `"${f}"`).join(' ')})`;
// Nonces need only be unique: a random prefix per process and a counter, no syscall per request.
const noncePrefix = randomBytes(12).toString('base64url');
let nonceCounter = 0;
const paths = new Map<string, string>();
const pathOf = (url: string) => paths.get(url) ?? paths.set(url, new URL(url).pathname).get(url) ?? '/';
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
  const base = [
    `"@method": ${request.method.toUpperCase()}`,
    `"@path": ${pathOf(request.url)}`,
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

/**
 * Verifies a signed request; throws TrustError with the reason when it cannot be trusted.
 * Removes from `req.headers` the operation headers the signature does not cover.
 */
export function createSignatureVerifier(keys: readonly SharedKey[], replay: ReplayCache) {
  return async (req: IncomingSigned): Promise<void> => {
    const header = (name: string) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v.join(', ') : (v ?? '');
    };
    if (!header('signature') || !header('signature-input')) throw new TrustError('request not signed by a trusted gateway');
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
          url: `http://subgraph${req.path}${req.search ? `?${req.search}` : ''}`,
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
