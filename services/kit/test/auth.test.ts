import { importJWK, SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { type Agency, agencies, createTokenVerifier, defaultAudience, devIssuer, generateDevKeys, type Identity, signToken } from '../src/index.js';

const keys = await generateDevKeys();
const verify = createTokenVerifier({ issuer: devIssuer, audience: defaultAudience, jwks: { keys: [keys.publicJwk] } });
const coordinator: Identity = { username: 'koordinator1', role: 'COORDINATOR', teamId: 'team-1', agency: null, personnummer: null, municipality: null };

describe('bearer token verification', () => {
  it('reads the identity from a valid token', async () => {
    expect(await verify(`Bearer ${await signToken(coordinator, keys)}`)).toEqual(coordinator);
  });

  it("reads an agency staff member's or analyst's organisation: a municipality, or a region (docs/tenancy.md)", async () => {
    const municipal: Identity = { username: 'skola2', role: 'AGENCY_STAFF', teamId: null, agency: agencies[0] as Agency, personnummer: null, municipality: 'Grannkommun' };
    const regional: Identity = { username: 'analytiker1', role: 'ANALYST', teamId: null, agency: null, personnummer: null, municipality: null, region: 'Region Exempel' };
    expect(await verify(`Bearer ${await signToken(municipal, keys)}`)).toEqual(municipal);
    expect(await verify(`Bearer ${await signToken(regional, keys)}`)).toEqual(regional);
  });

  it.each([
    ['no header', async () => undefined, /missing bearer token/],
    ['an expired token', async () => `Bearer ${await signToken(coordinator, keys, { expiresIn: '-5 minutes' })}`, /token expired/],
    ['another issuer', async () => `Bearer ${await signToken(coordinator, keys, { issuer: 'https://evil.example' })}`, /invalid token/],
    ['another audience', async () => `Bearer ${await signToken(coordinator, keys, { audience: 'other' })}`, /invalid token/],
    ['a key it does not know', async () => `Bearer ${await signToken(coordinator, await generateDevKeys())}`, /invalid token/],
    ['alg none', async () => `Bearer ${new UnsecuredJWT({ role: 'COORDINATOR' }).setSubject('x').setIssuer(devIssuer).setAudience(defaultAudience).setExpirationTime('1h').encode()}`, /invalid token/],
    [
      'an unknown role',
      async () =>
        `Bearer ${await new SignJWT({ role: 'ADMIN' })
          .setProtectedHeader({ alg: 'ES256', kid: keys.privateJwk.kid as string })
          .setSubject('x')
          .setIssuer(devIssuer)
          .setAudience(defaultAudience)
          .setExpirationTime('1h')
          .sign(await importJWK(keys.privateJwk, 'ES256'))}`,
      /no known role/,
    ],
  ])('refuses %s', async (_, header, message) => {
    await expect(verify(await header())).rejects.toThrow(message);
  });

  it('remembers a verified token, but never past its expiry', async () => {
    const header = `Bearer ${await signToken(coordinator, keys, { expiresIn: '10 minutes' })}`;
    expect(await verify(header)).toEqual(coordinator);
    expect(await verify(header)).toEqual(coordinator);
    vi.useFakeTimers({ now: Date.now() + 11 * 60_000, toFake: ['Date'] });
    try {
      await expect(verify(header)).rejects.toThrow(/token expired/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('checks a token again when one character of its signature changes', async () => {
    const token = await signToken(coordinator, keys);
    expect(await verify(`Bearer ${token}`)).toEqual(coordinator);
    const tampered = `${token.slice(0, -2)}${token.at(-2) === 'A' ? 'B' : 'A'}${token.at(-1)}`;
    await expect(verify(`Bearer ${tampered}`)).rejects.toThrow(/invalid token/);
  });
});
