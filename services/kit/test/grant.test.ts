import { generateKeyPair, jwtVerify, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { type GrantBody, GrantError, grantChecker, issueGrants } from '../src/consent/grant.js';

const binding = { subject: 'koordinator1', requestId: 'req-1' };
const body = (pnr: string, permit = true): GrantBody => ({
  pnr,
  guardian: false,
  decisions: { ENROLMENT: permit ? { permit: true, consentId: `consent-${pnr}` } : { permit: false, reason: 'PENDING', message: 'Väntar på vårdnadshavare 2' } },
});
const children = ['201503152389', '201009282387', '201112302383', '201401616451', '201212862393'];

let registry: Awaited<ReturnType<typeof generateKeyPair>>;
let other: Awaited<ReturnType<typeof generateKeyPair>>;
const keysOf = (k: typeof registry) => async () => k.publicKey;

beforeAll(async () => {
  registry = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
  other = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
});

describe('grants', () => {
  it('each child’s grant verifies with one signature check per request, for any number of children', async () => {
    for (const n of [1, 2, 3, 5]) {
      const bodies = children.slice(0, n).map((c, i) => body(c, i % 2 === 0));
      const grants = await issueGrants({ key: registry.privateKey, kid: 'r1' }, binding, bodies);
      const check = grantChecker(keysOf(registry), binding);
      for (const [i, g] of grants.entries()) expect(await check(g, children[i] as string)).toEqual(bodies[i]);
    }
  });

  it('refuses a missing, malformed, forged, other-child, other-user, other-request, expired or wrongly signed grant', async () => {
    const bodies = children.map((c) => body(c, false));
    const [grant, second] = await issueGrants({ key: registry.privateKey, kid: 'r1' }, binding, bodies);
    const check = grantChecker(keysOf(registry), binding);
    const refused = async (g: string | null | undefined, pnr = children[0] as string, c = check) => {
      const error = await c(g, pnr).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(GrantError);
      return (error as Error).message;
    };
    expect(await refused(undefined)).toMatch(/no grant/);
    expect(await refused('garbage')).toMatch(/malformed/);
    // A body changed to a permit: its hash no longer leads to the signed root.
    const [jws, , index, path] = (grant as string).split('~');
    const forged = [jws, Buffer.from(JSON.stringify(body(children[0] as string, true))).toString('base64url'), index, path].join('~');
    expect(await refused(forged)).toMatch(/does not match/);
    // Another child's grant, or this grant's body at another place in the tree.
    expect(await refused(second)).toMatch(/another child|does not match/);
    expect(await refused([jws, (second as string).split('~')[1], index, path].join('~'), children[1])).toMatch(/does not match/);
    expect(await refused(grant, children[1])).toMatch(/another child/);
    expect(await refused(grant, children[0], grantChecker(keysOf(registry), { ...binding, subject: 'koordinator2' }))).toMatch(/sub/);
    expect(await refused(grant, children[0], grantChecker(keysOf(registry), { ...binding, requestId: 'req-2' }))).toMatch(/another request/);
    expect(await refused(grant, children[0], grantChecker(keysOf(other), binding))).toMatch(/signature/);
    const [expired] = await issueGrants({ key: registry.privateKey, kid: 'r1' }, binding, bodies, -5);
    expect(await refused(expired)).toMatch(/exp/);
  });

  it('still refuses a forged body once its siblings have been verified in the same request', async () => {
    const bodies = children.map((c) => body(c, false));
    const grants = await issueGrants({ key: registry.privateKey, kid: 'r1' }, binding, bodies);
    const check = grantChecker(keysOf(registry), binding);
    for (const [i, g] of grants.entries()) await check(g, children[i] as string);
    for (const [i, g] of grants.entries()) {
      const [jws, , index, path] = g.split('~');
      const permitted = Buffer.from(JSON.stringify({ c: children[i], g: 0, p: { forged: ['ENROLMENT'] }, d: [] })).toString('base64url');
      await expect(check([jws, permitted, index, path].join('~'), children[i] as string)).rejects.toBeInstanceOf(GrantError);
    }
  });

  it('refuses a statement signed with the key the gateways share, with the same claims', async () => {
    const [grant] = await issueGrants({ key: registry.privateKey, kid: 'r1' }, binding, [body(children[0] as string)]);
    const [jws, ...rest] = (grant as string).split('~');
    const { payload } = await jwtVerify(jws as string, registry.publicKey);
    const shared = new TextEncoder().encode('a key shared with the gateways, 32 bytes long');
    const forged = await new SignJWT(payload).setProtectedHeader({ alg: 'HS256', kid: 'r1', typ: 'lotsen-grant+jwt' }).sign(shared);
    const check = grantChecker(keysOf(registry), binding);
    await expect(check([forged, ...rest].join('~'), children[0] as string)).rejects.toBeInstanceOf(GrantError);
  });
});
