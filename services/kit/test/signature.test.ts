import { describe, expect, it, vi } from 'vitest';
import { createSignatureVerifier, generateSharedKey, InProcessReplayCache, signRequest } from '../src/index.js';

const key = generateSharedKey('gw-1');
const body = JSON.stringify({ query: '{ _service { sdl } }' });
const request = { method: 'POST', url: 'http://school.internal:4002/graphql', headers: { 'content-type': 'application/json', authorization: 'Bearer user-token' }, body };
const incoming = async (over: { body?: string; authorization?: string; signed?: Record<string, string> } = {}) => {
  const signed = over.signed ?? (await signRequest(key, request));
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
    ['a forged signature', async () => incoming({ signed: { ...(await signRequest(generateSharedKey('gw-1'), request)) } }), /does not verify/],
    ['an unknown key', async () => incoming({ signed: await signRequest(generateSharedKey('gw-9'), request) }), /signature/],
  ])('refuses %s', async (_, make, message) => {
    const verify = createSignatureVerifier([key], new InProcessReplayCache());
    await expect(verify(await make())).rejects.toThrow(message);
  });

  it('refuses a stale signature', async () => {
    vi.useFakeTimers({ now: Date.now() - 120_000, toFake: ['Date'] });
    const old = await incoming();
    vi.useRealTimers();
    await expect(createSignatureVerifier([key], new InProcessReplayCache())(old)).rejects.toThrow(/signature/);
  });
});
