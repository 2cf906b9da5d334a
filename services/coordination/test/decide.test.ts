import { describe, expect, it } from 'vitest';
import { type ConsentRecord, consentStatus, type DecisionRequest, decide } from '../src/index.js';

const now = new Date('2026-11-23T12:00:00+01:00');
const child = '201503152389'; // 11 years old on that day
const teen = '201009282387'; // 16 years old

const consent = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  id: 'c1',
  childPersonnummer: child,
  subjectPersonnummer: null,
  purpose: 'COORDINATION',
  recipientTeamIds: ['team-1'],
  validFrom: '2026-06-01',
  validUntil: '2027-05-31',
  recordedAt: '2026-06-01T09:00:00.000Z',
  scope: [
    { agency: 'SCHOOL', category: 'ATTENDANCE' },
    { agency: 'HEALTH_CARE', category: 'DIAGNOSES' },
  ],
  parties: [
    { personnummer: '198301152388', role: 'GUARDIAN', decision: 'GIVEN', position: 0 },
    { personnummer: '199401152393', role: 'GUARDIAN', decision: 'GIVEN', position: 1 },
  ],
  revocation: null,
  ...over,
});

const held = (personnummer: string, since = '2015-03-15') => ({ personnummer, since });
const custodians = [held('198301152388'), held('199401152393')];
const request = (over: Partial<DecisionRequest> = {}): DecisionRequest => ({
  agency: 'SCHOOL',
  category: 'ATTENDANCE',
  purpose: 'COORDINATION',
  recipientTeamId: 'team-1',
  assigned: true,
  custodians,
  ...over,
});

describe('decide', () => {
  it('permits with the consent id when an active consent covers agency, category and recipient', () => {
    expect(decide([consent()], request(), now)).toEqual({ permit: true, consentId: 'c1' });
  });

  it('denies NO_CONSENT without any consent', () => {
    expect(decide([], request(), now)).toMatchObject({ permit: false, reason: 'NO_CONSENT' });
  });

  it('denies NOT_ASSIGNED before anything else', () => {
    expect(decide([consent()], request({ assigned: false }), now)).toMatchObject({ permit: false, reason: 'NOT_ASSIGNED' });
  });

  it('denies CATEGORY_NOT_COVERED for data outside an active consent', () => {
    expect(decide([consent()], request({ category: 'SUPPORT_MEASURES' }), now)).toMatchObject({ reason: 'CATEGORY_NOT_COVERED' });
    expect(decide([consent()], request({ agency: 'SOCIAL_SERVICES', category: 'CASE' }), now)).toMatchObject({ reason: 'CATEGORY_NOT_COVERED' });
  });

  it('denies RECIPIENT_NOT_COVERED for another team', () => {
    expect(decide([consent()], request({ recipientTeamId: 'team-2' }), now)).toMatchObject({ reason: 'RECIPIENT_NOT_COVERED' });
    expect(decide([consent()], request({ recipientTeamId: null }), now)).toMatchObject({ reason: 'RECIPIENT_NOT_COVERED' });
  });

  it('denies PENDING with joint custody and one guardian only, naming who is missing', () => {
    const c = consent({
      parties: [
        { personnummer: '198301152388', role: 'GUARDIAN', decision: 'GIVEN', position: 0 },
        { personnummer: '199401152393', role: 'GUARDIAN', decision: null, position: 1 },
      ],
    });
    expect(decide([c], request(), now)).toEqual({ permit: false, reason: 'PENDING', message: 'Väntar på vårdnadshavare 2' });
  });

  it('requires the child’s own consent from 15', () => {
    const parties = consent().parties;
    expect(decide([consent({ childPersonnummer: teen })], request(), now)).toEqual({ permit: false, reason: 'PENDING', message: 'Väntar på barnets samtycke' });
    expect(decide([consent({ childPersonnummer: teen, parties: [...parties, { personnummer: teen, role: 'CHILD', decision: 'GIVEN', position: 2 }] })], request(), now)).toMatchObject({
      permit: true,
    });
  });

  it('denies EXPIRED the day after validity ends (Swedish calendar)', () => {
    const c = consent({ validFrom: '2025-11-23', validUntil: '2026-11-22' });
    expect(decide([c], request(), now)).toEqual({ permit: false, reason: 'EXPIRED', message: 'Samtycket gällde till och med 2026-11-22' });
    expect(decide([c], request(), new Date('2026-11-22T23:30:00+01:00'))).toMatchObject({ permit: true });
  });

  it('denies REVOKED from the moment of revocation', () => {
    const c = consent({ revocation: { at: '2026-11-23T10:00:00.000Z', by: '198301152388', reason: 'vill inte' } });
    expect(decide([c], request(), now)).toMatchObject({ reason: 'REVOKED' });
    expect(decide([c], request(), new Date('2026-11-23T09:59:59Z'))).toMatchObject({ permit: true });
  });

  it('asks the guardians with custody today, per the register, whatever parties were recorded', () => {
    // A guardian recorded as a party who has since lost custody no longer counts...
    expect(decide([consent()], request({ custodians: [held('198301152388')] }), now)).toMatchObject({ permit: true });
    // ...and a new custodian who has not consented makes the consent PENDING, naming them.
    expect(decide([consent()], request({ custodians: [held('198301152388'), held('197001012384')] }), now)).toEqual({ permit: false, reason: 'PENDING', message: 'Väntar på vårdnadshavare 2' });
    // A party typed in who never had custody decides nothing.
    const typed = consent({ parties: [{ personnummer: '197001012384', role: 'GUARDIAN', decision: 'GIVEN', position: 0 }] });
    expect(decide([typed], request(), now)).toEqual({ permit: false, reason: 'PENDING', message: 'Väntar på vårdnadshavare 1' });
    // Custody that began again after the decision: the earlier decision no longer counts.
    const decided = consent({
      parties: [
        { personnummer: '198301152388', role: 'GUARDIAN', decision: 'GIVEN', position: 0, decidedAt: '2026-06-01T09:00:00.000Z' },
        { personnummer: '199401152393', role: 'GUARDIAN', decision: 'GIVEN', position: 1, decidedAt: '2026-06-01T09:00:00.000Z' },
      ],
    });
    expect(decide([decided], request(), now)).toMatchObject({ permit: true });
    expect(decide([decided], request({ custodians: [held('198301152388'), held('199401152393', '2026-11-20')] }), now)).toEqual({
      permit: false,
      reason: 'PENDING',
      message: 'Väntar på vårdnadshavare 2',
    });
    // Nobody with custody in the register: nobody can consent.
    expect(decide([consent()], request({ custodians: [] }), now)).toEqual({ permit: false, reason: 'PENDING', message: 'Ingen vårdnadshavare finns i folkbokföringen' });
  });

  it('a refusal is never a permit', () => {
    const c = consent({ parties: [{ personnummer: '198301152388', role: 'GUARDIAN', decision: 'REFUSED', position: 0 }] });
    expect(decide([c], request(), now)).toMatchObject({ permit: false, reason: 'PENDING' });
  });

  it('permits on a new consent although an older one was revoked', () => {
    const old = consent({ id: 'old', revocation: { at: '2026-10-01T10:00:00.000Z', by: 'x', reason: '' } });
    const renewed = consent({ id: 'new', recordedAt: '2026-10-02T09:00:00.000Z' });
    expect(decide([old, renewed], request(), now)).toEqual({ permit: true, consentId: 'new' });
  });

  it('ignores consents given for another purpose', () => {
    expect(decide([consent({ purpose: 'SIP' })], request(), now)).toMatchObject({ reason: 'NO_CONSENT' });
  });

  it('decides a consent about a guardian’s own data on that guardian’s decision alone', () => {
    const [first, second] = ['198301152388', '199401152393'];
    const own = (subject: string, decision: 'GIVEN' | null) =>
      consent({
        childPersonnummer: teen,
        subjectPersonnummer: subject,
        parties: [{ personnummer: subject, role: 'GUARDIAN', decision, position: 0 }],
      });
    // The child is 16 and the other guardian has not consented: neither is asked about a parent's own data.
    expect(decide([own(first, 'GIVEN')], request(), now)).toMatchObject({ permit: true });
    expect(decide([own(first, null)], request(), now)).toEqual({ permit: false, reason: 'PENDING', message: 'Väntar på vårdnadshavarens eget samtycke' });
    // The other guardian's own decision, recorded as a party of the first one's consent, counts for nothing.
    const othersDecision = consent({
      childPersonnummer: teen,
      subjectPersonnummer: first,
      parties: [
        { personnummer: first, role: 'GUARDIAN', decision: null, position: 0 },
        { personnummer: second, role: 'GUARDIAN', decision: 'GIVEN', position: 1 },
      ],
    });
    expect(decide([othersDecision], request(), now)).toMatchObject({ permit: false, reason: 'PENDING' });
  });
});

describe('consentStatus', () => {
  it('is derived from the time asked, never stored', () => {
    const c = consent({ validFrom: '2026-12-01' });
    expect(consentStatus(c, custodians, now).status).toBe('PENDING');
    expect(consentStatus(c, custodians, new Date('2026-12-01T08:00:00+01:00')).status).toBe('ACTIVE');
    expect(consentStatus(c, custodians, new Date('2027-06-01T08:00:00+02:00')).status).toBe('EXPIRED');
  });
});
