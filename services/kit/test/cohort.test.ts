import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { grantIssuer } from '../src/consent/grant.js';
import { type Cohort, checkCohort, cohortType, generateRegistryKeys, grantKeysOf, grantSigningKey, issueCohort } from '../src/index.js';

const keys = await generateRegistryKeys();
const signing = await grantSigningKey(keys);
const binding = { subject: 'analytiker1', requestId: 'req-1' };
const check = (token: unknown) => checkCohort(grantKeysOf(keys.publicJwk), binding, 'SCHOOL', token);

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

describe('a cohort as it travels', () => {
  it('arrives with the same members for every category, each child named once in the token', async () => {
    const token = await issueCohort(signing, binding, cohort);
    expect(await check(token)).toEqual(cohort);
    const claims = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString()) as { cohort: { members: { children: Record<string, string[]> } } };
    expect(Object.values(claims.cohort.members.children).flat().sort()).toEqual(['201001012386', '201207142382', '201405202384', '201509112387']);
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
    const sign = (members: unknown) =>
      new SignJWT({ rid: binding.requestId, cohort: { ...cohort, members } })
        .setProtectedHeader({ alg: 'EdDSA', kid: signing.kid, typ: cohortType })
        .setIssuer(grantIssuer)
        .setSubject(binding.subject)
        .setIssuedAt()
        .setExpirationTime('10s')
        .sign(signing.key);
    await expect(check(await sign({ children: { '2025-03': ['201001012386'] }, categories: { ATTENDANCE: 'AAAA' } }))).rejects.toThrow(/does not fit/);
    await expect(check(await sign({ children: { '2025-03': [201001012386] }, categories: { ATTENDANCE: 'AQ' } }))).rejects.toThrow(/identity numbers/);
    await expect(check(await sign(cohort.members))).rejects.toThrow(/names no children/);
  });
});
