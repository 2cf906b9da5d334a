import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { grantIssuer } from '../src/consent/grant.js';
import { type Cohort, checkCohort, cohortType, generateRegistryKeys, grantKeysOf, grantSigningKey, issueCohort } from '../src/index.js';

const keys = await generateRegistryKeys();
const signing = await grantSigningKey(keys);
const binding = { subject: 'analytiker1', requestId: 'req-1' };
const check = (token: unknown) => checkCohort(grantKeysOf(keys.publicJwk), binding, 'SCHOOL', token);
/** Children by month as the token carries them: JSON, deflated, base64url. */
const deflated = (children: unknown, text = JSON.stringify(children)) => deflateRawSync(text).toString('base64url');
const inflated = (text: string) => JSON.parse(inflateRawSync(Buffer.from(text, 'base64url')).toString()) as Record<string, string[]>;

// Test identity numbers; the months their families' coordination began.
const attendance = { '2025-03': ['201001012386', '201207142382'], '2026-01': ['201405202384'] };
const cohort: Cohort = {
  agency: 'SCHOOL',
  members: { ATTENDANCE: attendance, SUPPORT_MEASURES: { '2025-03': ['201207142382'], '2026-02': ['201509112387'] } },
  from: '2026-01-01',
  to: '2026-12-31',
  threshold: 5,
  filter: { municipality: null, teamId: 'team-1' },
};

/** A cohort signed with the registry's key whatever its members: what only a faulty registry would issue. */
const sign = (members: unknown) =>
  new SignJWT({ rid: binding.requestId, cohort: { ...cohort, members } })
    .setProtectedHeader({ alg: 'EdDSA', kid: signing.kid, typ: cohortType })
    .setIssuer(grantIssuer)
    .setSubject(binding.subject)
    .setIssuedAt()
    .setExpirationTime('10s')
    .sign(signing.key);

describe('a cohort as it travels', () => {
  it('arrives with the same members for every category, each child named once in the token', async () => {
    const token = await issueCohort(signing, binding, cohort);
    expect(await check(token)).toEqual(cohort);
    const claims = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()) as { cohort: { members: { children: string } } };
    expect(Object.values(inflated(claims.cohort.members.children)).flat().sort()).toEqual(['201001012386', '201207142382', '201405202384', '201509112387']);
  });

  it('costs a category a bit per child: two categories naming the same children are hardly larger than one', async () => {
    const many = { '2025-01': Array.from({ length: 5000 }, (_, i) => `2010${String(i).padStart(8, '0')}`) };
    const one = await issueCohort(signing, binding, { ...cohort, members: { ATTENDANCE: many } });
    const two = await issueCohort(signing, binding, { ...cohort, members: { ATTENDANCE: many, SUPPORT_MEASURES: many } });
    expect(two.length - one.length).toBeLessThan(1200);
    expect((await check(two)).members).toEqual({ ATTENDANCE: many, SUPPORT_MEASURES: many });
  });

  it('names each child once, in order, however the registry listed them', async () => {
    const members = { ATTENDANCE: { '2025-03': ['201207142382', '201001012386', '201207142382'] }, SUPPORT_MEASURES: { '2025-03': ['201405202384', '201001012386'] } };
    const token = await issueCohort(signing, binding, { ...cohort, members });
    expect((await check(token)).members).toEqual({ ATTENDANCE: { '2025-03': ['201001012386', '201207142382'] }, SUPPORT_MEASURES: { '2025-03': ['201001012386', '201405202384'] } });
  });

  it('refuses a signed cohort whose category does not fit its children, and one with children that are not numbers', async () => {
    await expect(check(await sign({ children: deflated({ '2025-03': ['201001012386'] }), categories: { ATTENDANCE: 'AAAA' } }))).rejects.toThrow(/does not fit/);
    await expect(check(await sign({ children: deflated({ '2025-03': [201001012386] }), categories: { ATTENDANCE: 'AQ' } }))).rejects.toThrow(/identity numbers/);
    await expect(check(await sign({ children: deflated([['201001012386']]), categories: { ATTENDANCE: 'AQ' } }))).rejects.toThrow(/names no children/);
    await expect(check(await sign(cohort.members))).rejects.toThrow(/names no children/);
    // Children as they travelled before they were deflated: not read as children.
    await expect(check(await sign({ children: { '2025-03': ['201001012386'] }, categories: { ATTENDANCE: 'AQ' } }))).rejects.toThrow(/names no children/);
  });

  it('refuses children that are not deflated JSON, and children that would inflate past any region', async () => {
    const signChildren = (children: string) => sign({ children, categories: { ATTENDANCE: 'AQ' } });
    await expect(check(await signChildren('not deflate data'))).rejects.toThrow(/cannot be read/);
    await expect(check(await signChildren(deflated(null, '{"2025-03": ["201001012386"')))).rejects.toThrow(/cannot be read/);
    // 80 MB of spaces deflate to about 80 kB: refused before they are all inflated.
    const bomb = deflated(null, `{"2025-03": ["201001012386"]${' '.repeat(80 * 1024 * 1024)}}`);
    expect(bomb.length).toBeLessThan(200_000);
    await expect(check(await signChildren(bomb))).rejects.toThrow(/cannot be read/);
  });
});
