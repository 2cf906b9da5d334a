import { describe, expect, it } from 'vitest';
import { type AgencyContext, type AuditEvent, type AuditLog, AuditRecorder, createLogger, type DataCategory, gated, type RequestContext } from '../src/index.js';

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
    const { ctx, appends } = context(async (_, category) => category === 'DIAGNOSES');
    const load = (category: DataCategory) => async () => {
      asked.push(category);
      return { items: [] };
    };
    const [diagnoses, contacts] = await Promise.all([gated(ctx, child, 'DIAGNOSES', 'Diagnoses', load('DIAGNOSES')), gated(ctx, child, 'CARE_CONTACTS', 'CareContacts', load('CARE_CONTACTS'))]);
    expect(diagnoses).toEqual({
      __typename: 'AccessDenied',
      agency: 'HEALTH_CARE',
      category: 'DIAGNOSES',
      reason: 'BLOCKED_AT_AGENCY',
      message: 'Uppgifterna är spärrade hos hälso- och sjukvården och visas inte här, oavsett samtycke',
    });
    expect(contacts).toEqual({ __typename: 'CareContacts', items: [] });
    expect(asked).toEqual(['CARE_CONTACTS']);
    const events = appends.flat().map((e) => [e.kind, e.categories, e.reason, e.consentIds]);
    expect(events).toEqual(
      expect.arrayContaining([
        ['DENIAL', ['DIAGNOSES'], 'BLOCKED_AT_AGENCY', []],
        ['DISCLOSURE', ['CARE_CONTACTS'], null, ['c1']],
      ]),
    );
  });

  it('withholds the section when the blocks cannot be read (fail closed): the agency did not answer, nothing asked, nothing released', async () => {
    let loaded = false;
    const { ctx, appends } = context(async () => {
      throw Object.assign(new Error('timeout of 800ms exceeded'), { code: 'ECONNABORTED' });
    });
    const section = await gated(ctx, child, 'DIAGNOSES', 'Diagnoses', async () => {
      loaded = true;
      return { items: [] };
    });
    expect(section).toMatchObject({ __typename: 'AgencyUnavailable', agency: 'HEALTH_CARE', category: 'DIAGNOSES' });
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
      { permit: false, reason: 'READ_AT_AGENCY', message: 'Vårdens journal om ditt barn visas inte här.' },
    );
    expect(await gated(ctx, child, 'DIAGNOSES', 'Diagnoses', async () => ({ items: [] }))).toMatchObject({ reason: 'READ_AT_AGENCY' });
    expect(asked).toBe(false);
  });
});
