import { beforeAll, describe, expect, it } from 'vitest';
import { personnummerSystem, samordningsnummerSystem, toFhirConsent } from '../src/fhir/to-fhir-consent.js';
import type { ConsentFieldsFragment } from '../src/gql/graphql.js';
import { fhirR4Problems, indexR4 } from './fhir-r4.js';

const consent: ConsentFieldsFragment = {
  __typename: 'Consent',
  id: 'c0ffee00-0000-4000-8000-000000000001',
  status: 'ACTIVE',
  statusText: null,
  purpose: 'COORDINATION',
  validFrom: '2026-01-01',
  validUntil: '2026-12-31',
  parties: [
    {
      __typename: 'ConsentParty',
      personnummer: '198112189876',
      name: 'Anna Andersson',
      revokedAt: null,
      role: 'GUARDIAN',
      decision: 'GIVEN',
      decidedAt: '2026-01-01T10:00:00+01:00',
      method: 'WRITTEN',
    },
    { __typename: 'ConsentParty', personnummer: '198203032383', name: 'Erik Andersson', revokedAt: null, role: 'GUARDIAN', decision: null, decidedAt: null, method: null },
  ],
  scope: [
    { __typename: 'ConsentScope', agency: 'SCHOOL', categories: ['ENROLMENT', 'ATTENDANCE'] },
    { __typename: 'ConsentScope', agency: 'HEALTH_CARE', categories: ['DIAGNOSES'] },
  ],
  recipientTeams: [{ __typename: 'Team', id: 't1', name: 'Familjesamverkansteamet Nord', municipality: 'Exempelkommun' }],
  evidence: { __typename: 'ConsentEvidence', method: 'WRITTEN', documentRef: 'DOK-1' },
  recordedAt: '2026-01-01T09:00:00+01:00',
  recordedBy: 'koordinator1',
  revocation: null,
  childView: null,
  events: [],
};
const child = { personnummer: '201509152386', givenName: 'Saga', familyName: 'Hassan' };

describe('a consent as an HL7 FHIR R4 Consent', () => {
  beforeAll(indexR4, 60_000);
  const fhir = toFhirConsent(consent, child);

  it('is a privacy consent about the child, identified by personnummer', () => {
    expect(fhir).toMatchObject({ resourceType: 'Consent', status: 'active', patient: { identifier: { system: personnummerSystem, value: '201509152386' } } });
    expect(fhir.scope.coding[0]?.code).toBe('patient-privacy');
    expect(fhir.policyRule.coding[0]?.code).toBe('OPTIN');
  });

  it('identifies a child with a samordningsnummer by its own system', () => {
    expect(toFhirConsent(consent, { ...child, personnummer: '201509752381' }).patient.identifier.system).toBe(samordningsnummerSystem);
  });

  it('gives the validity as the period, the team as recipient and one provision per agency with its data classes', () => {
    expect(fhir.provision.period).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(fhir.provision.actor[0]?.role.coding[0]?.code).toBe('IRCP');
    expect(fhir.provision.provision.map((p) => p.class.map((c) => c.code))).toEqual([['ENROLMENT', 'ATTENDANCE'], ['DIAGNOSES']]);
  });

  it('names as performers only the parties who gave it', () => {
    expect(fhir.performer).toEqual([{ type: 'RelatedPerson', identifier: { system: personnummerSystem, value: '198112189876' }, display: 'Vårdnadshavare' }]);
  });

  it('is proposed while waiting, rejected when a party refused, inactive once revoked', () => {
    expect(toFhirConsent({ ...consent, status: 'PENDING' }, child).status).toBe('proposed');
    const refused = consent.parties.map((p) => ({ ...p, decision: 'REFUSED' as const }));
    expect(toFhirConsent({ ...consent, status: 'PENDING', parties: refused }, child).status).toBe('rejected');
    expect(toFhirConsent({ ...consent, status: 'REVOKED' }, child).status).toBe('inactive');
  });

  it('is valid against the HL7 FHIR R4 definitions, active, waiting, refused, revoked, with a child party and a samordningsnummer', () => {
    const refused = consent.parties.map((p) => ({ ...p, decision: 'REFUSED' as const }));
    const withChild = {
      ...consent,
      childView: 'Vill att skolan vet',
      parties: [
        ...consent.parties,
        { __typename: 'ConsentParty' as const, personnummer: '201509752381', role: 'CHILD' as const, decision: 'GIVEN' as const, decidedAt: '2026-01-02T10:00:00Z', method: 'WRITTEN' as const },
      ],
    };
    const revoked = { ...consent, status: 'REVOKED' as const, revocation: { __typename: 'Revocation' as const, at: '2026-03-01T10:00:00Z', reason: 'Familjen vill inte längre' } };
    for (const [c, who] of [
      [consent, child],
      [{ ...consent, status: 'PENDING' as const }, child],
      [{ ...consent, status: 'PENDING' as const, parties: refused }, child],
      [revoked, child],
      [withChild, { ...child, personnummer: '201509752381' }],
    ] as const) {
      expect(fhirR4Problems(toFhirConsent(c as ConsentFieldsFragment, who)), c.status).toEqual([]);
    }
  });
});
