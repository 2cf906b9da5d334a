import { createSigner, httpbis } from 'http-message-signatures';
import { describe, expect, it, vi } from 'vitest';
import { contentDigest, createSignatureVerifier, generateSharedKey, InProcessReplayCache, signRequest } from '../src/index.js';
import { operationHeaders } from '../src/trust/signature.js';

const key = generateSharedKey('gw-1');
const body = JSON.stringify({ query: '{ _service { sdl } }' });
const request = { method: 'POST', url: 'http://school.internal:4002/graphql', headers: { 'content-type': 'application/json', authorization: 'Bearer user-token' }, body };
const incoming = async (over: { body?: string; authorization?: string; signed?: Record<string, string> } = {}) => {
  const signed = over.signed ?? signRequest(key, request);
  return { method: 'POST', path: '/graphql', search: '', headers: { ...request.headers, ...signed, ...(over.authorization ? { authorization: over.authorization } : {}) }, body: over.body ?? body };
};

describe('gateway request signatures (RFC 9421, hmac-sha256)', () => {
  it('accepts a fresh signed request once, and refuses its replay', async () => {
    const verify = createSignatureVerifier([key], new InProcessReplayCache());
    const req = await incoming();
    await expect(verify(req)).resolves.toBeUndefined();
    await expect(verify(req)).rejects.toThrow(/replayed/);
  });

  it.each([
    ['an unsigned request', async () => ({ method: 'POST', path: '/graphql', search: '', headers: request.headers, body }), /not signed/],
    ['a changed body', async () => incoming({ body: JSON.stringify({ query: '{ x }' }) }), /content digest/],
    ['another user’s token', async () => incoming({ authorization: 'Bearer other-token' }), /does not verify/],
    ['a forged signature', async () => incoming({ signed: signRequest(generateSharedKey('gw-1'), request) }), /does not verify/],
    ['an unknown key', async () => incoming({ signed: signRequest(generateSharedKey('gw-9'), request) }), /signature/],
  ])('refuses %s', async (_, make, message) => {
    const verify = createSignatureVerifier([key], new InProcessReplayCache());
    await expect(verify(await make())).rejects.toThrow(message);
  });

  it('covers the operation headers the audit trail records: changed on the way it does not verify, added on the way it is dropped', async () => {
    const verify = createSignatureVerifier([key], new InProcessReplayCache());
    const operation = { 'x-request-id': 'r-1', 'x-lotsen-operation-name': 'Caseload', 'x-lotsen-document-hash': 'abc' };
    const withOperation = { ...request, headers: { ...request.headers, ...operation } };
    const signed = signRequest(key, withOperation);
    const arriving = (headers: Record<string, string>) => ({ method: 'POST', path: '/graphql', search: '', headers: { ...headers, ...signed }, body });
    await expect(verify(arriving(withOperation.headers))).resolves.toBeUndefined();
    await expect(verify(arriving({ ...withOperation.headers, 'x-lotsen-operation-name': 'Innocent' }))).rejects.toThrow(/does not verify/);
    const added = { method: 'POST', path: '/graphql', search: '', headers: { ...request.headers, ...signRequest(key, request), 'x-request-id': 'r-2' }, body };
    await expect(verify(added)).resolves.toBeUndefined();
    expect(added.headers).not.toHaveProperty('x-request-id');
  });

  it('refuses a stale signature', async () => {
    vi.useFakeTimers({ now: Date.now() - 120_000, toFake: ['Date'] });
    const old = await incoming();
    vi.useRealTimers();
    await expect(createSignatureVerifier([key], new InProcessReplayCache())(old)).rejects.toThrow(/signature/);
  });

  it.each<[string, { method: string; url: string; headers: Record<string, string>; body: string }]>([
    ['a bearer token', request],
    ['no authorization header', { ...request, headers: { 'content-type': 'application/json' } }],
    ['a query string and padded token', { ...request, url: 'http://127.0.0.1:4001/graphql?x=1', headers: { authorization: '  Bearer t  ' } }],
    ['the operation headers', { ...request, headers: { ...request.headers, 'x-request-id': 'r-1', 'x-lotsen-operation-name': 'Caseload', 'x-lotsen-document-hash': 'abc' } }],
  ])('writes the same signature as http-message-signatures for %s', async (_, req) => {
    const now = 1_795_000_000_123;
    const nonce = 'n-0001';
    const ours = signRequest(key, req, { now, nonce });
    const headers = { ...req.headers, 'content-digest': contentDigest(req.body), authorization: req.headers.authorization ?? '' };
    const reference = await httpbis.signMessage(
      {
        key: createSigner(key.secret, 'hmac-sha256', key.id),
        fields: ['@method', '@path', 'content-digest', 'authorization', ...operationHeaders.filter((h) => h in req.headers)],
        params: ['created', 'expires', 'nonce', 'keyid', 'alg'],
        paramValues: { created: new Date(now), expires: new Date(now + 30_000), nonce },
      },
      { method: req.method, url: req.url, headers },
    );
    const out = reference.headers as Record<string, string>;
    expect(ours).toEqual({ 'content-digest': headers['content-digest'], 'signature-input': out['Signature-Input'], signature: out.Signature });
  });

  it('gives every signature its own nonce', () => {
    const nonces = new Set(Array.from({ length: 1000 }, () => /nonce="([^"]+)"/.exec(signRequest(key, request)['signature-input'] ?? '')?.[1]));
    expect(nonces.size).toBe(1000);
  });
});
