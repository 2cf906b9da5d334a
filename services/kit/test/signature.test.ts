import { hostname } from 'node:os';
import { createSigner, httpbis } from 'http-message-signatures';
import { describe, expect, it, vi } from 'vitest';
import { contentDigest, createSignatureVerifier, generateSharedKey, InProcessReplayCache, signRequest } from '../src/index.js';
import { normaliseAuthority, operationHeaders, ownAuthorities } from '../src/trust/signature.js';

const key = generateSharedKey('gw-1');
const body = JSON.stringify({ query: '{ _service { sdl } }' });
const request = { method: 'POST', url: 'http://school.internal:4002/graphql', headers: { 'content-type': 'application/json', authorization: 'Bearer user-token' }, body };
/** What a client sending `request` puts in Host (undici and node:http alike). */
const schoolHost = { host: 'school.internal:4002' };
const incoming = async (over: { body?: string; authorization?: string; signed?: Record<string, string> } = {}) => {
  const signed = over.signed ?? signRequest(key, request);
  return {
    method: 'POST',
    path: '/graphql',
    search: '',
    headers: { ...request.headers, ...schoolHost, ...signed, ...(over.authorization ? { authorization: over.authorization } : {}) },
    body: over.body ?? body,
  };
};
/** The verifier of the school subgraph, or of a service reached at `authorities`, trusting `key`. */
const verifierAt = (authorities: Iterable<string> = ['school.internal:4002']) => createSignatureVerifier([key], new InProcessReplayCache(), { authorities: () => new Set(authorities) });

describe('gateway request signatures (RFC 9421, hmac-sha256)', () => {
  it('accepts a fresh signed request once, and refuses its replay', async () => {
    const verify = verifierAt();
    const req = await incoming();
    await expect(verify(req)).resolves.toBeUndefined();
    await expect(verify(req)).rejects.toThrow(/replayed/);
  });

  it.each([
    ['an unsigned request', async () => ({ method: 'POST', path: '/graphql', search: '', headers: { ...request.headers, ...schoolHost }, body }), /not signed/],
    ['a changed body', async () => incoming({ body: JSON.stringify({ query: '{ x }' }) }), /content digest/],
    ['another user’s token', async () => incoming({ authorization: 'Bearer other-token' }), /does not verify/],
    ['a forged signature', async () => incoming({ signed: signRequest(generateSharedKey('gw-1'), request) }), /does not verify/],
    ['an unknown key', async () => incoming({ signed: signRequest(generateSharedKey('gw-9'), request) }), /signature/],
  ])('refuses %s', async (_, make, message) => {
    const verify = verifierAt();
    await expect(verify(await make())).rejects.toThrow(message);
  });

  it('covers the operation headers the audit trail records: changed on the way it does not verify, added on the way it is dropped', async () => {
    const verify = verifierAt();
    const operation = { 'x-request-id': 'r-1', 'x-lotsen-operation-name': 'Caseload', 'x-lotsen-document-hash': 'abc' };
    const withOperation = { ...request, headers: { ...request.headers, ...operation } };
    const signed = signRequest(key, withOperation);
    const arriving = (headers: Record<string, string>) => ({ method: 'POST', path: '/graphql', search: '', headers: { ...headers, ...schoolHost, ...signed }, body });
    await expect(verify(arriving(withOperation.headers))).resolves.toBeUndefined();
    await expect(verify(arriving({ ...withOperation.headers, 'x-lotsen-operation-name': 'Innocent' }))).rejects.toThrow(/does not verify/);
    const added = { method: 'POST', path: '/graphql', search: '', headers: { ...request.headers, ...schoolHost, ...signRequest(key, request), 'x-request-id': 'r-2' }, body };
    await expect(verify(added)).resolves.toBeUndefined();
    expect(added.headers).not.toHaveProperty('x-request-id');
  });

  it('refuses a stale signature', async () => {
    vi.useFakeTimers({ now: Date.now() - 120_000, toFake: ['Date'] });
    const old = await incoming();
    vi.useRealTimers();
    await expect(verifierAt()(old)).rejects.toThrow(/signature/);
  });

  it.each<[string, { method: string; url: string; headers: Record<string, string>; body: string }]>([
    ['a bearer token', request],
    ['no authorization header', { ...request, headers: { 'content-type': 'application/json' } }],
    ['a query string and padded token', { ...request, url: 'http://127.0.0.1:4001/graphql?x=1', headers: { authorization: '  Bearer t  ' } }],
    ['the operation headers', { ...request, headers: { ...request.headers, 'x-request-id': 'r-1', 'x-lotsen-operation-name': 'Caseload', 'x-lotsen-document-hash': 'abc' } }],
    ['an uppercase host', { ...request, url: 'http://School.Internal:4002/graphql' }],
    ['the default port of http', { ...request, url: 'http://school.internal:80/graphql' }],
    ['the default port of https', { ...request, url: 'https://school.internal:443/graphql' }],
    ['https on another port', { ...request, url: 'https://school.internal:8443/graphql' }],
    ['port 443 over http', { ...request, url: 'http://school.internal:443/graphql' }],
    ['an IPv6 address', { ...request, url: 'http://[::1]:4002/graphql' }],
    ['a long IPv6 address', { ...request, url: 'http://[2001:DB8:0:0::1]:4002/graphql' }],
  ])('writes the same signature as http-message-signatures for %s', async (_, req) => {
    const now = 1_795_000_000_123;
    const nonce = 'n-0001';
    const ours = signRequest(key, req, { now, nonce });
    const headers = { ...req.headers, 'content-digest': contentDigest(req.body), authorization: req.headers.authorization ?? '' };
    const reference = await httpbis.signMessage(
      {
        key: createSigner(key.secret, 'hmac-sha256', key.id),
        fields: ['@method', '@authority', '@path', 'content-digest', 'authorization', ...operationHeaders.filter((h) => h in req.headers)],
        params: ['created', 'expires', 'nonce', 'keyid', 'alg'],
        paramValues: { created: new Date(now), expires: new Date(now + 30_000), nonce },
      },
      { method: req.method, url: req.url, headers },
    );
    const out = reference.headers as Record<string, string>;
    expect(ours).toEqual({ 'content-digest': headers['content-digest'], 'signature-input': out['Signature-Input'], signature: out.Signature });
  });

  it('covers the authority, host and port, as the target URL names it', () => {
    const input = (url: string) => signRequest(key, { ...request, url }, { now: 1_795_000_000_000, nonce: 'n' })['signature-input'];
    expect(input(request.url)).toMatch(/^sig=\("@method" "@authority" "@path" "content-digest" "authorization"\);/);
    const sig = (url: string) => signRequest(key, { ...request, url }, { now: 1_795_000_000_000, nonce: 'n' }).signature;
    expect(sig('http://school.internal:4002/graphql')).not.toBe(sig('http://school.internal:4004/graphql'));
    expect(sig('http://school.internal:4002/graphql')).not.toBe(sig('http://health-care.internal:4002/graphql'));
    expect(sig('http://SCHOOL.internal:80/graphql')).toBe(sig('http://school.internal/graphql'));
  });

  it('refuses a signature made for one service at another: with its Host kept, and with the Host rewritten', async () => {
    const signed = signRequest(key, request);
    const healthCare = verifierAt(['health-care.internal:4004']);
    const kept = { method: 'POST', path: '/graphql', search: '', headers: { ...request.headers, ...schoolHost, ...signed }, body };
    await expect(healthCare(kept)).rejects.toThrow(/addressed to another service/);
    const rewritten = { ...kept, headers: { ...kept.headers, host: 'health-care.internal:4004' } };
    await expect(healthCare(rewritten)).rejects.toThrow(/does not verify/);
    // Same path, same port, another host: the signature still names the host it was made for.
    const samePort = verifierAt(['health-care.internal:4002']);
    await expect(samePort({ ...kept, headers: { ...kept.headers, host: 'health-care.internal:4002' } })).rejects.toThrow(/does not verify/);
    // Refused, it used up nothing: the service it was made for still takes it (once).
    const school = verifierAt();
    await expect(school(kept)).resolves.toBeUndefined();
  });

  it.each([
    ['another service’s authority, though signed for it', 'health-care.internal:4004', 'http://health-care.internal:4004/graphql'],
    ['another port of the same host', 'school.internal:4003', 'http://school.internal:4003/graphql'],
    ['no Host header', undefined, request.url],
    ['a Host with user information', 'x@school.internal:4002', request.url],
    ['a Host with a path', 'school.internal:4002/graphql', request.url],
  ])('refuses a Host that is not one of the service’s authorities: %s', async (_, host, url) => {
    const signed = signRequest(key, { ...request, url });
    const headers: Record<string, string> = { ...request.headers, ...signed, ...(host === undefined ? {} : { host }) };
    await expect(verifierAt()({ method: 'POST', path: '/graphql', search: '', headers, body })).rejects.toThrow(/addressed to another service/);
  });

  it('compares authorities as RFC 9421 does: lowercased host, no default port, bracketed IPv6', async () => {
    expect(normaliseAuthority('School.Internal:80')).toBe('school.internal');
    expect(normaliseAuthority('school.internal:443', 'https')).toBe('school.internal');
    expect(normaliseAuthority('school.internal:443')).toBe('school.internal:443');
    expect(normaliseAuthority('[::1]:4002')).toBe('[::1]:4002');
    expect(normaliseAuthority('[2001:DB8::1]')).toBe('[2001:db8::1]');
    for (const bad of ['', 'a b', 'x@school', 'school/graphql', 'school?x', 'http://school:4002', '[::1']) expect(normaliseAuthority(bad), bad).toBeNull();
    const verify = verifierAt(ownAuthorities(0, { configured: 'School.Internal:80' }));
    const url = 'http://school.internal/graphql';
    await expect(
      verify({ method: 'POST', path: '/graphql', search: '', headers: { ...request.headers, host: 'SCHOOL.INTERNAL', ...signRequest(key, { ...request, url }) }, body }),
    ).resolves.toBeUndefined();
    const v6 = verifierAt(ownAuthorities(4002));
    await expect(
      v6({ method: 'POST', path: '/graphql', search: '', headers: { ...request.headers, host: '[::1]:4002', ...signRequest(key, { ...request, url: 'http://[::1]:4002/graphql' }) }, body }),
    ).resolves.toBeUndefined();
  });

  it('knows its own authorities: SUBGRAPH_AUTHORITY when set, else the local names on the port it listens on', () => {
    expect([...ownAuthorities(40123)].sort()).toEqual(['localhost:40123', '127.0.0.1:40123', '[::1]:40123', `${hostname().toLowerCase()}:40123`].sort());
    expect([...ownAuthorities(40123, { listenHost: '10.0.0.7' })]).toContain('10.0.0.7:40123');
    expect([...ownAuthorities(40123, { listenHost: '0.0.0.0' })]).not.toContain('0.0.0.0:40123');
    expect([...ownAuthorities(40123, { configured: ' school.lotsen.svc:80, School.example.org:4002 ,' })]).toEqual(['school.lotsen.svc', 'school.example.org:4002']);
    expect([...ownAuthorities(40123, { configured: '' })]).toContain('127.0.0.1:40123');
    expect(() => ownAuthorities(40123, { configured: 'http://school:4002/' })).toThrow(/SUBGRAPH_AUTHORITY/);
  });

  it('gives every signature its own nonce', () => {
    const nonces = new Set(Array.from({ length: 1000 }, () => /nonce="([^"]+)"/.exec(signRequest(key, request)['signature-input'] ?? '')?.[1]));
    expect(nonces.size).toBe(1000);
  });
});
