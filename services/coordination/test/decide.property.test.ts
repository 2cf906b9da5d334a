import { type Agency, agencyOf, type DataCategory, type Decision } from '@lotsen/kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ConsentRecord, type DecisionRequest, decide, defaultPolicy } from '../src/index.js';

/**
 * The reference model: the consent rules of docs/consent.md written as plainly as possible,
 * independently of decide(). The property is that both agree everywhere.
 */
function reference(consents: ConsentRecord[], req: DecisionRequest, now: Date): Decision['permit'] | string {
  if (!req.assigned) return 'NOT_ASSIGNED';
  const today = now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
  const isRevoked = (c: ConsentRecord) => c.revocation !== null && Date.parse(c.revocation.at) <= now.getTime();
  const isExpired = (c: ConsentRecord) => !isRevoked(c) && today > c.validUntil;
  const yearsOld = (pnr: string) => {
    const born = `${pnr.slice(0, 4)}-${pnr.slice(4, 6)}-${pnr.slice(6, 8)}`;
    let age = Number(today.slice(0, 4)) - Number(born.slice(0, 4));
    if (today.slice(5) < born.slice(5)) age -= 1;
    return age;
  };
  const allGiven = (c: ConsentRecord) => {
    // Every guardian with custody today (the register's), whoever the recorded parties are.
    if (req.custodians.length === 0) return false;
    // A decision counts from the day the guardian's present custody began.
    const inCustody = (decidedAt: string | null | undefined, since: string) => !decidedAt || new Date(decidedAt).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' }) >= since;
    const given = (g: { personnummer: string; since: string }) =>
      c.parties.some((p) => p.role === 'GUARDIAN' && p.personnummer === g.personnummer && p.decision === 'GIVEN' && inCustody(p.decidedAt, g.since));
    if (!req.custodians.every(given)) return false;
    if (yearsOld(c.childPersonnummer) >= defaultPolicy.childConsentAge) return c.parties.some((p) => p.role === 'CHILD' && p.decision === 'GIVEN');
    return true;
  };
  const isActive = (c: ConsentRecord) => !isRevoked(c) && !isExpired(c) && allGiven(c) && today >= c.validFrom;
  const covers = (c: ConsentRecord) => c.scope.some((s) => s.agency === req.agency && s.category === req.category);
  const mine = consents.filter((c) => c.purpose === req.purpose);

  const grants = mine.filter((c) => isActive(c) && covers(c) && req.recipientTeamId !== null && c.recipientTeamIds.includes(req.recipientTeamId));
  if (grants.length > 0) return true;
  if (mine.some((c) => isActive(c) && covers(c))) return 'RECIPIENT_NOT_COVERED';
  const covering = mine.filter(covers);
  if (covering.length === 0) return mine.some(isActive) ? 'CATEGORY_NOT_COVERED' : 'NO_CONSENT';
  const latest = [...covering].sort((a, b) => (a.recordedAt === b.recordedAt ? (a.id < b.id ? -1 : 1) : a.recordedAt > b.recordedAt ? -1 : 1))[0] as ConsentRecord;
  if (isRevoked(latest)) return 'REVOKED';
  if (isExpired(latest)) return 'EXPIRED';
  return 'PENDING';
}

const start = Date.parse('2026-01-01T00:00:00Z');
const day = 86_400_000;
const isoDay = (offset: number) => new Date(start + offset * day).toISOString().slice(0, 10);
const children = ['201503152389', '201009282387', '201112302383']; // 11, 16 and 14 years old in late 2026
const teams = ['team-1', 'team-2'];

// Four categories over the three agencies: enough to tell agencies and categories apart, few
// enough that random consents often cover the request and both sides of the decision are reached.
const categories: DataCategory[] = ['ENROLMENT', 'ATTENDANCE', 'CASE', 'DIAGNOSES'];
const scopeArb = fc.uniqueArray(fc.constantFrom(...categories), { minLength: 1, maxLength: 4 }).map((cats) => cats.map((category) => ({ agency: agencyOf(category) as Agency, category })));
const partyArb = (role: 'GUARDIAN' | 'CHILD', personnummer: string, position: number) =>
  fc
    .record({
      decision: fc.constantFrom<'GIVEN' | 'REFUSED' | null>('GIVEN', 'GIVEN', 'GIVEN', 'GIVEN', 'GIVEN', 'REFUSED', null),
      decided: fc.integer({ min: 0, max: 400 }),
    })
    .map(({ decision, decided }) => ({ personnummer, role, decision, position, decidedAt: `${isoDay(decided)}T12:00:00.000Z` }));

const consentArb = (child: string): fc.Arbitrary<ConsentRecord> =>
  fc
    .record({
      id: fc.uuid(),
      purpose: fc.constantFrom<'COORDINATION' | 'SIP'>('COORDINATION', 'COORDINATION', 'COORDINATION', 'SIP'),
      recipientTeamIds: fc.subarray(teams, { minLength: 1 }),
      from: fc.integer({ min: 0, max: 400 }),
      length: fc.integer({ min: 30, max: 364 }),
      recorded: fc.integer({ min: 0, max: 400 * 24 }),
      scope: scopeArb,
      guardians: fc.constantFrom(0, 1, 2, 2, 2, 2, 2).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => partyArb('GUARDIAN', `19800101000${i}`, i)))),
      childParty: fc.oneof({ weight: 3, arbitrary: partyArb('CHILD', child, 9) }, { weight: 1, arbitrary: fc.constant(null) }),
      revokedAt: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 500 * 24 }) }),
    })
    .map((r) => ({
      id: r.id,
      childPersonnummer: child,
      subjectPersonnummer: null,
      purpose: r.purpose,
      recipientTeamIds: r.recipientTeamIds,
      validFrom: isoDay(r.from),
      validUntil: isoDay(r.from + r.length),
      recordedAt: new Date(start + r.recorded * 3_600_000).toISOString(),
      scope: r.scope,
      parties: [...r.guardians, ...(r.childParty ? [r.childParty] : [])],
      revocation: r.revokedAt === null ? null : { at: new Date(start + r.revokedAt * 3_600_000).toISOString(), by: '198001010000', reason: 'återkallat' },
    }));

const caseArb = fc.constantFrom(...children).chain((child) =>
  fc.record({
    consents: fc.array(consentArb(child), { minLength: 1, maxLength: 4 }),
    request: fc.record({
      category: fc.constantFrom(...categories),
      purpose: fc.constantFrom<'COORDINATION' | 'SIP'>('COORDINATION', 'COORDINATION', 'COORDINATION', 'SIP'),
      recipientTeamId: fc.constantFrom<string | null>('team-1', 'team-1', 'team-2', null),
      assigned: fc.constantFrom(true, true, true, true, false),
      // Usually the recorded guardians; sometimes custody has changed since (one left, one new, none).
      custodians: fc
        .tuple(
          fc.oneof(
            { weight: 16, arbitrary: fc.constant(['198001010000', '198001010001']) },
            { weight: 1, arbitrary: fc.constant(['198001010000']) },
            { weight: 1, arbitrary: fc.constant(['198001010001', '198001010002']) },
            { weight: 1, arbitrary: fc.constant<string[]>([]) },
          ),
          // Usually custody long held; sometimes begun (again) within the consents' days.
          fc.oneof({ weight: 6, arbitrary: fc.constant('1970-01-01') }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 400 }).map(isoDay) }),
        )
        .map(([who, since]) => who.map((personnummer) => ({ personnummer, since }))),
    }),
    now: fc.integer({ min: 100 * 24 * 60, max: 450 * 24 * 60 }).map((m) => new Date(start + m * 60_000)),
  }),
);

const numRuns = 2000;
// A fixed seed (FC_SEED to try another): the share of permits asserted below is then the same on every run.
const seed = Number(process.env.FC_SEED ?? 20261126);

describe('decide, against the reference model', () => {
  it(`agrees with it on random consents, requests and times (${numRuns} cases)`, () => {
    let permits = 0;
    const reasons = new Map<string, number>();
    fc.assert(
      fc.property(caseArb, ({ consents, request, now }) => {
        const req: DecisionRequest = { ...request, agency: agencyOf(request.category as DataCategory) };
        const decision = decide(consents, req, now);
        const expected = reference(consents, req, now);
        if (decision.permit) permits += 1;
        reasons.set(decision.permit ? 'PERMIT' : decision.reason, (reasons.get(decision.permit ? 'PERMIT' : decision.reason) ?? 0) + 1);
        expect(decision.permit ? true : decision.reason).toBe(expected);
      }),
      { numRuns, seed },
    );
    // Every outcome but UNAVAILABLE (the registry's, not the decision's) is reached, permits often.
    expect([...reasons.keys()].sort()).toEqual(['CATEGORY_NOT_COVERED', 'EXPIRED', 'NOT_ASSIGNED', 'NO_CONSENT', 'PENDING', 'PERMIT', 'RECIPIENT_NOT_COVERED', 'REVOKED']);
    expect(permits).toBeGreaterThan(numRuns / 50);
  });

  it('a permit always names an active consent that covers the request', () => {
    fc.assert(
      fc.property(caseArb, ({ consents, request, now }) => {
        const req: DecisionRequest = { ...request, agency: agencyOf(request.category as DataCategory) };
        const decision = decide(consents, req, now);
        if (!decision.permit) return;
        const consent = consents.find((c) => c.id === decision.consentId);
        expect(consent?.scope.some((s) => s.category === req.category)).toBe(true);
        expect(consent?.recipientTeamIds).toContain(req.recipientTeamId);
        expect(consent?.revocation === null || Date.parse(consent?.revocation.at ?? '') > now.getTime()).toBe(true);
      }),
      { numRuns },
    );
  });

  it('revoking any consent never turns a denial into a permit', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), ({ consents, request, now }, pick) => {
        const req: DecisionRequest = { ...request, agency: agencyOf(request.category as DataCategory) };
        if (consents.length === 0 || decide(consents, req, now).permit) return;
        const i = pick % consents.length;
        const revoked = consents.map((c, j) => (j === i ? { ...c, revocation: { at: new Date(now.getTime() - 1000).toISOString(), by: 'x', reason: 'x' } } : c));
        expect(decide(revoked, req, now).permit).toBe(false);
      }),
      { numRuns },
    );
  });
});
