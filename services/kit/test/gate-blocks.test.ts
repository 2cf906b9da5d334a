import { describe, expect, it } from 'vitest';
import { agencyManifest } from '../src/domain/agency-manifest.js';
import { type AgencyContext, type AuditEvent, type AuditLog, AuditRecorder, agencies, categoriesByAgency, createLogger, type DataCategory, gated, type RequestContext } from '../src/index.js';

const request: RequestContext = {
  identity: { username: 'koordinator1', role: 'COORDINATOR', teamId: 'team-1' } as RequestContext['identity'],
  authorization: 'Bearer t',
  requestId: 'r-1',
  operationName: 'FamilyOverview',
  documentHash: 'abc',
  log: createLogger('test'),
};
const child = { personnummer: '201009282387', grant: 'g' };
const permit = { permit: true, consentId: 'c1' } as const;
// An agency whose system records blocks, as the manifest declares it, and two of its categories.
const agency = agencies.find((a) => agencyManifest[a].blocks !== null) as (typeof agencies)[number];
const [blockedCategory, otherCategory] = categoriesByAgency[agency] as readonly DataCategory[] as [DataCategory, DataCategory];

/** A request's context whose grant permits every category, with the agency's blocks as given. */
function context(blocked?: AgencyContext['blocked'], decision: object = permit) {
  const appends: AuditEvent[][] = [];
  const log = { append: async (events: readonly AuditEvent[]) => void appends.push([...events]) } as unknown as AuditLog;
  const ctx = {
    ...request,
    granted: async () => ({ decisions: new Proxy({}, { get: () => decision }), guardian: false }),
    audit: new AuditRecorder(log, request),
    auditLog: log,
    cohort: async () => {
      throw new Error('not here');
    },
    ...(blocked ? { blocked } : {}),
  } as unknown as AgencyContext;
  return { ctx, appends };
}

describe('the consent gate and the agency’s own blocks (spärr)', () => {
  it('withholds a blocked category whatever the consent says, never asks for its records, and writes the denial with its reason', async () => {
    const asked: string[] = [];
    const { ctx, appends } = context(async (_, category) => category === blockedCategory);
    const load = (category: DataCategory) => async () => {
      asked.push(category);
      return { items: [] };
    };
    const [blocked, other] = await Promise.all([gated(ctx, child, blockedCategory, 'Blocked', load(blockedCategory)), gated(ctx, child, otherCategory, 'Other', load(otherCategory))]);
    expect(blocked).toEqual({
      __typename: 'AccessDenied',
      agency,
      category: blockedCategory,
      reason: 'BLOCKED_AT_AGENCY',
      message: `Uppgifterna är spärrade hos ${agencyManifest[agency].inSentence} och visas inte här, oavsett samtycke`,
    });
    expect(other).toEqual({ __typename: 'Other', items: [] });
    expect(asked).toEqual([otherCategory]);
    const events = appends.flat().map((e) => [e.kind, e.categories, e.reason, e.consentIds]);
    expect(events).toEqual(
      expect.arrayContaining([
        ['DENIAL', [blockedCategory], 'BLOCKED_AT_AGENCY', []],
        ['DISCLOSURE', [otherCategory], null, ['c1']],
      ]),
    );
  });

  it('withholds the section when the blocks cannot be read (fail closed): the agency did not answer, nothing asked, nothing released', async () => {
    let loaded = false;
    const { ctx, appends } = context(async () => {
      throw Object.assign(new Error('timeout of 800ms exceeded'), { code: 'ECONNABORTED' });
    });
    const section = await gated(ctx, child, blockedCategory, 'Blocked', async () => {
      loaded = true;
      return { items: [] };
    });
    expect(section).toMatchObject({ __typename: 'AgencyUnavailable', agency, category: blockedCategory });
    expect(loaded).toBe(false);
    expect(appends.flat().filter((e) => e.kind === 'DISCLOSURE')).toEqual([]);
  });

  it('asks no block when the consent already denies: the registry’s reason stands, and the agency is not asked at all', async () => {
    let asked = false;
    const { ctx } = context(
      async () => {
        asked = true;
        return true;
      },
      { permit: false, reason: 'READ_AT_AGENCY', message: agencyManifest[agency].readAtAgency },
    );
    expect(await gated(ctx, child, blockedCategory, 'Blocked', async () => ({ items: [] }))).toMatchObject({ reason: 'READ_AT_AGENCY' });
    expect(asked).toBe(false);
  });
});
