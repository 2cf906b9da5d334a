import type { Agency, ConsentFieldsFragment, DataCategory } from '../gql/graphql.js';
import { agencyName, categoryName, purposeName } from '../words/terms.js';

/** Skatteverket's OIDs for a personnummer and a samordningsnummer (the day of birth plus 60). */
export const personnummerSystem = 'urn:oid:1.2.752.129.2.1.3.1';
export const samordningsnummerSystem = 'urn:oid:1.2.752.129.2.1.3.3';
/** Lotsen's own code system for the kinds of data a consent covers (DataCategory). */
export const dataCategorySystem = 'urn:lotsen:fhir:datakategori';

const actCode = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
const participationType = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';
const actReason = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';

export interface FhirChild {
  personnummer: string;
  givenName: string;
  familyName: string;
}

export const identifierOf = (number: string) => ({ system: Number(number.slice(6, 8)) > 60 ? samordningsnummerSystem : personnummerSystem, value: number });

/** R4 Consent.status from Lotsen's derived status; a refusal by any party is a rejected consent. */
function statusOf(consent: ConsentFieldsFragment): 'proposed' | 'active' | 'rejected' | 'inactive' {
  if (consent.status === 'ACTIVE') return 'active';
  if (consent.status === 'EXPIRED' || consent.status === 'REVOKED') return 'inactive';
  return consent.parties.some((p) => p.decision === 'REFUSED') ? 'rejected' : 'proposed';
}

const purposeCoding = {
  COORDINATION: { system: actReason, code: 'COC', display: 'coordination of care' },
  SIP: { system: actReason, code: 'CAREMGT', display: 'care management' },
  // Follow-up statistics: counting outcomes, never a person shown.
  FOLLOW_UP: { system: actReason, code: 'HOUTCOMS', display: 'health outcome measure' },
} as const;

const categoryClass = (category: DataCategory) => ({ system: dataCategorySystem, code: category, display: categoryName[category] });

const agencyActor = (agency: Agency) => ({
  role: { coding: [{ system: participationType, code: 'CST', display: 'custodian' }] },
  reference: { display: agencyName[agency] },
});

/**
 * A consent as an HL7 FHIR R4 Consent resource: the child as patient (by personnummer or
 * samordningsnummer), the guardians and the child who gave it as performers and verifications,
 * the recipient teams as organisation and recipients, the validity as the provision's period, and
 * one nested provision per agency whose data classes are the categories it covers.
 */
export function toFhirConsent(consent: ConsentFieldsFragment, child: FhirChild) {
  const given = consent.parties.filter((p) => p.decision === 'GIVEN');
  const partyReference = (p: (typeof consent.parties)[number]) =>
    p.role === 'CHILD' ? { type: 'Patient', identifier: identifierOf(p.personnummer) } : { type: 'RelatedPerson', identifier: identifierOf(p.personnummer), display: 'Vårdnadshavare' };
  return {
    resourceType: 'Consent' as const,
    id: consent.id,
    status: statusOf(consent),
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy', display: 'Privacy Consent' }] },
    category: [
      { coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] },
      { coding: [{ system: actCode, code: 'IDSCL', display: 'information disclosure' }], text: 'Sekretessmedgivande' },
    ],
    patient: { type: 'Patient', identifier: identifierOf(child.personnummer), display: `${child.givenName} ${child.familyName}` },
    dateTime: consent.recordedAt,
    performer: given.map(partyReference),
    organization: consent.recipientTeams.map((t) => ({ type: 'Organization', display: `${t.name}, ${t.municipality}` })),
    sourceReference: { type: 'DocumentReference', identifier: { value: consent.evidence.documentRef }, display: 'Underlag för samtycket' },
    policyRule: { coding: [{ system: actCode, code: 'OPTIN', display: 'opt-in' }], text: 'Samtycke enligt offentlighets- och sekretesslagen 12 kap. 2 §' },
    verification: given.map((p) => ({ verified: true, verifiedWith: partyReference(p), ...(p.decidedAt ? { verificationDate: p.decidedAt } : {}) })),
    provision: {
      type: 'permit' as const,
      period: { start: consent.validFrom, end: consent.validUntil },
      actor: consent.recipientTeams.map((t) => ({
        role: { coding: [{ system: participationType, code: 'IRCP', display: 'information recipient' }] },
        reference: { type: 'Organization', display: `${t.name}, ${t.municipality}` },
      })),
      purpose: [{ ...purposeCoding[consent.purpose] }],
      provision: consent.scope.map((s) => ({
        type: 'permit' as const,
        actor: [agencyActor(s.agency)],
        class: s.categories.map(categoryClass),
      })),
    },
    text: {
      status: 'generated' as const,
      div: `<div xmlns="http://www.w3.org/1999/xhtml">Samtycke för ${escapeXml(child.givenName)}: ${escapeXml(purposeName[consent.purpose])}, ${consent.validFrom} till och med ${consent.validUntil}.</div>`,
    },
  };
}

const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/** The file name the consent is downloaded as. */
export const fhirFileName = (consentId: string) => `samtycke-${consentId}.fhir.json`;
