import { createHash, randomBytes } from 'node:crypto';
import { createSigner, createVerifier, httpbis } from 'http-message-signatures';
import type { ReplayCache } from './replay-cache.js';

/**
 * Proof that a request comes from a trusted gateway (or a sibling service): an RFC 9421 HTTP
 * Message Signature, HMAC-SHA256 with a key the services share, over the method, the path,
 * the body's Content-Digest (RFC 9530) and the user's Authorization header, with `created`,
 * `expires` and a `nonce`. A subgraph refuses anything unsigned, forged, stale or replayed.
 */
export interface SharedKey {
  id: string;
  secret: Buffer;
}

export const signatureLifetimeMs = 30_000;
const toleranceSeconds = 5;
const coveredFields = ['@method', '@path', 'content-digest', 'authorization'];

export function contentDigest(body: string): string {
  return `sha-256=:${createHash('sha256').update(body).digest('base64')}:`;
}

/** The headers that sign a request: content-digest, signature-input and signature. */
export async function signRequest(key: SharedKey, request: { method: string; url: string; headers: Record<string, string>; body: string }): Promise<Record<string, string>> {
  const headers: Record<string, string> = { ...request.headers, 'content-digest': contentDigest(request.body) };
  if (!headers.authorization) headers.authorization = '';
  const created = new Date();
  const signed = await httpbis.signMessage(
    {
      key: createSigner(key.secret, 'hmac-sha256', key.id),
      fields: coveredFields,
      params: ['created', 'expires', 'nonce', 'keyid', 'alg'],
      paramValues: { created, expires: new Date(created.getTime() + signatureLifetimeMs), nonce: randomBytes(16).toString('base64url') },
    },
    { method: request.method, url: request.url, headers },
  );
  const out = signed.headers as Record<string, string>;
  return { 'content-digest': headers['content-digest'] as string, 'signature-input': out['Signature-Input'] ?? out['signature-input'] ?? '', signature: out.Signature ?? out.signature ?? '' };
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

/** Verifies a signed request; throws TrustError with the reason when it cannot be trusted. */
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
    if (!nonce || !(await replay.claim(nonce, signatureLifetimeMs + toleranceSeconds * 1000))) throw new TrustError('replayed request');
  };
}

export type SignatureVerifier = ReturnType<typeof createSignatureVerifier>;
