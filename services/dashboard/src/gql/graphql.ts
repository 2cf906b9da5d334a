/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActionStatus = 'CANCELLED' | 'DONE' | 'IN_PROGRESS' | 'PLANNED';

/** Agency whose system owns a piece of data (myndighet / verksamhet). */
export type Agency =
  /** Hälso- och sjukvård (BUP, habilitering, primärvård) */
  | 'HEALTH_CARE'
  /** Skola och elevhälsa */
  | 'SCHOOL'
  /** Socialtjänst */
  | 'SOCIAL_SERVICES';

/** Kind of failure of an agency system. */
export type AgencyFailureKind = 'CIRCUIT_OPEN' | 'TIMEOUT' | 'UNAVAILABLE';

export type AttentionKind =
  /** En SIP-insats är försenad */
  | 'ACTION_OVERDUE'
  /** Samtycket upphör inom 30 dagar */
  | 'CONSENT_EXPIRING'
  /** Samtycke väntar på en part (or custody could not be checked) */
  | 'CONSENT_PENDING'
  /** Uppföljning av SIP försenad */
  | 'FOLLOW_UP_OVERDUE'
  /** Ingen avstämning mellan verksamheterna inom teamets intervall */
  | 'NO_CHECK_IN'
  /** Inget gemensamt hembesök inom teamets intervall */
  | 'NO_JOINT_HOME_VISIT';

export type CaseStatus = 'CLOSED' | 'OPEN';

export type ConsentDecisionInput = {
  consentId: string | number;
  decision: PartyDecision;
  method: ConsentMethod;
  personnummer: string;
};

export type ConsentEvidenceInput = {
  /** Reference to the signed form or the journal note (dokumentreferens). */
  documentRef: string;
  method: ConsentMethod;
};

export type ConsentMethod = 'DIGITAL_SIGNATURE' | 'DOCUMENTED_VERBAL' | 'WRITTEN';

export type ConsentScopeInput = {
  agency: Agency;
  categories: Array<DataCategory>;
};

export type ConsentStatus =
  | 'ACTIVE'
  | 'EXPIRED'
  /** A required party has not consented yet, or validity has not begun. */
  | 'PENDING'
  /** Återkallat */
  | 'REVOKED';

export type CreateFamilyInput = {
  /** The children's personnummer or samordningsnummer; names and guardians come from folkbokföringen. */
  children: Array<string>;
};

export type CustodyKind =
  /** Gemensam vårdnad */
  | 'JOINT'
  /** The register names no guardian with custody: nobody can consent for the child. */
  | 'NONE'
  /** Ensam vårdnad */
  | 'SOLE';

/** Kind of data that a consent (samtycke) covers, per agency. */
export type DataCategory =
  /** HEALTH_CARE: booked appointments */
  | 'APPOINTMENTS'
  /** SCHOOL: aggregated attendance and absence (frånvaro) */
  | 'ATTENDANCE'
  /** HEALTH_CARE: care contacts (vårdkontakter) */
  | 'CARE_CONTACTS'
  /** SOCIAL_SERVICES: open cases (ärenden) and caseworker (handläggare) */
  | 'CASE'
  /** HEALTH_CARE: diagnoses */
  | 'DIAGNOSES'
  /** SCHOOL: school unit, school type, year and class */
  | 'ENROLMENT'
  /** SOCIAL_SERVICES: interventions (insatser): familjebehandling, boendestöd, kontaktperson */
  | 'INTERVENTIONS'
  /** SCHOOL: student health (elevhälsa) contacts */
  | 'STUDENT_HEALTH'
  /** SCHOOL: extra adaptations (extra anpassningar), special support (särskilt stöd), action programmes (åtgärdsprogram) */
  | 'SUPPORT_MEASURES';

/** Why a section was not released. A dashboard turns each into a sentence. */
export type DenialReason =
  /** A consent exists for the agency but does not cover this kind of data. */
  | 'CATEGORY_NOT_COVERED'
  /** The consent's validity has ended. */
  | 'EXPIRED'
  /** The asking user is not assigned to the child's family. */
  | 'NOT_ASSIGNED'
  /** No consent (samtycke) is recorded for this child and agency. */
  | 'NO_CONSENT'
  /** A required party (vårdnadshavare or the child) has not yet consented. */
  | 'PENDING'
  /**
   * The asker is the child's vårdnadshavare: a guardian reads the agency's own records at the
   * agency itself (the school, the social services office, 1177 for health care), not through
   * Lotsen. The message says where.
   */
  | 'READ_AT_AGENCY'
  /** The consent does not name the asking team or person as a recipient. */
  | 'RECIPIENT_NOT_COVERED'
  /** The consent was revoked (återkallat). */
  | 'REVOKED'
  /** Consent or audit could not be checked, so nothing is released (fail closed). */
  | 'UNAVAILABLE';

export type InterventionKind =
  /** Kontaktfamilj */
  | 'CONTACT_FAMILY'
  /** Kontaktperson */
  | 'CONTACT_PERSON'
  /** Familjebehandling */
  | 'FAMILY_THERAPY'
  /** Boendestöd */
  | 'HOUSING_SUPPORT'
  | 'OTHER';

export type MeetingKind =
  /** Avstämning mellan verksamheterna, utan familjen */
  | 'CHECK_IN'
  /** Samverkansmöte med familjen */
  | 'COORDINATION'
  /** Uppföljningsmöte */
  | 'FOLLOW_UP'
  /** Gemensamt hembesök (koordinatorn och en verksamhet hos familjen) */
  | 'JOINT_HOME_VISIT'
  /** SIP-möte */
  | 'SIP';

export type NarrowConsentInput = {
  consentId: string | number;
  reason: string;
  /** The scope that remains: a subset of the current one. */
  scope: Array<ConsentScopeInput>;
};

export type OutcomeArea =
  /** Vardagen hemma */
  | 'HOME_LIFE'
  /** Barnens fritid */
  | 'LEISURE'
  /** Föräldrarnas sysselsättning */
  | 'PARENTS_OCCUPATION'
  /** Barnens skolgång */
  | 'SCHOOL';

export type PartyDecision = 'GIVEN' | 'REFUSED';

export type PartyDecisionInput = {
  decision: PartyDecision;
  method: ConsentMethod;
  personnummer: string;
};

export type PartyRole = 'CHILD' | 'GUARDIAN';

export type PlanStatus = 'ACTIVE' | 'CLOSED' | 'DRAFT';

export type Purpose =
  /** Samordning: the coordination team reads the agencies' data about the child. */
  | 'COORDINATION'
  /** Uppföljning: the child may be counted in the agencies' follow-up statistics (never shown as a person). */
  | 'FOLLOW_UP'
  /** SIP: the plan is shared with the agencies that take part in it. */
  | 'SIP';

export type ReassignFamilyInput = {
  /** The coordinator's username; their team becomes the family's team. */
  coordinator: string;
  familyId: string | number;
};

export type RecordChildViewInput = {
  consentId: string | number;
  /** The child's view in the child's or the coordinator's words (at most 2,000 characters). */
  view: string;
};

export type RecordConsentInput = {
  child: string;
  childView?: string | null | undefined;
  decisions?: Array<PartyDecisionInput> | null | undefined;
  evidence: ConsentEvidenceInput;
  purpose: Purpose;
  /** Teams that may receive the data; the family's own team when left out. */
  recipientTeamIds?: Array<string | number> | null | undefined;
  scope: Array<ConsentScopeInput>;
  validFrom: string;
  /** At most 12 months after validFrom (policy), and not in the past. */
  validUntil: string;
};

export type RecordFollowUpInput = {
  area: OutcomeArea;
  comment?: string | null | undefined;
  date: string;
  familyId: string | number;
  rating: number;
};

export type RecordMeetingInput = {
  agencies: Array<Agency>;
  date: string;
  familyId: string | number;
  kind: MeetingKind;
  summary: string;
};

export type RevokeConsentInput = {
  consentId: string | number;
  reason: string;
  /** The party who revokes: one who gave the consent. */
  revokedBy: string;
};

export type Role =
  | 'AGENCY_STAFF'
  | 'ANALYST'
  /** Koordinator / familjelots */
  | 'COORDINATOR'
  /** Vårdnadshavare */
  | 'GUARDIAN'
  /** Teamledare */
  | 'TEAM_LEAD';

export type SupportMeasureKind =
  /** Extra anpassningar */
  | 'EXTRA_ADAPTATIONS'
  /** Särskilt stöd */
  | 'SPECIAL_SUPPORT';

export type ConsentFieldsFragment = {
  __typename: 'Consent';
  id: string;
  status: ConsentStatus;
  statusText: string | null;
  purpose: Purpose;
  validFrom: string;
  validUntil: string;
  recordedAt: string;
  recordedBy: string;
  childView: string | null;
  parties: Array<{ __typename: 'ConsentParty'; personnummer: string; role: PartyRole; decision: PartyDecision | null; decidedAt: string | null; method: ConsentMethod | null }>;
  scope: Array<{ __typename: 'ConsentScope'; agency: Agency; categories: Array<DataCategory> }>;
  recipientTeams: Array<{ __typename: 'Team'; id: string; name: string; municipality: string }>;
  evidence: { __typename: 'ConsentEvidence'; method: ConsentMethod; documentRef: string };
  revocation: { __typename: 'Revocation'; at: string; reason: string } | null;
  events: Array<{ __typename: 'ConsentEvent'; at: string; kind: string; actor: string }>;
};

export type ChildIdentityFragment = {
  __typename: 'Child';
  personnummer: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  age: number;
  custody: { __typename: 'Custody'; kind: CustodyKind; guardians: Array<{ __typename: 'Guardian'; personnummer: string; givenName: string; familyName: string }> } | null;
};

export type FamilyConsentsQueryVariables = Exact<{
  reference: string;
}>;

export type FamilyConsentsQuery = {
  __typename: 'Query';
  familyByReference: {
    __typename: 'Family';
    id: string;
    reference: string;
    team: { __typename: 'Team'; id: string; name: string; municipality: string };
    guardians: Array<{ __typename: 'Guardian'; personnummer: string; givenName: string; familyName: string }> | null;
    children: Array<{
      __typename: 'Child';
      personnummer: string;
      givenName: string;
      familyName: string;
      birthDate: string;
      age: number;
      consents: Array<{
        __typename: 'Consent';
        id: string;
        status: ConsentStatus;
        statusText: string | null;
        purpose: Purpose;
        validFrom: string;
        validUntil: string;
        recordedAt: string;
        recordedBy: string;
        childView: string | null;
        parties: Array<{ __typename: 'ConsentParty'; personnummer: string; role: PartyRole; decision: PartyDecision | null; decidedAt: string | null; method: ConsentMethod | null }>;
        scope: Array<{ __typename: 'ConsentScope'; agency: Agency; categories: Array<DataCategory> }>;
        recipientTeams: Array<{ __typename: 'Team'; id: string; name: string; municipality: string }>;
        evidence: { __typename: 'ConsentEvidence'; method: ConsentMethod; documentRef: string };
        revocation: { __typename: 'Revocation'; at: string; reason: string } | null;
        events: Array<{ __typename: 'ConsentEvent'; at: string; kind: string; actor: string }>;
      }>;
      custody: { __typename: 'Custody'; kind: CustodyKind; guardians: Array<{ __typename: 'Guardian'; personnummer: string; givenName: string; familyName: string }> } | null;
    }>;
  };
};

export type RecordConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;

export type RecordConsentMutation = {
  __typename: 'Mutation';
  recordConsent: {
    __typename: 'Consent';
    id: string;
    status: ConsentStatus;
    statusText: string | null;
    purpose: Purpose;
    validFrom: string;
    validUntil: string;
    recordedAt: string;
    recordedBy: string;
    childView: string | null;
    parties: Array<{ __typename: 'ConsentParty'; personnummer: string; role: PartyRole; decision: PartyDecision | null; decidedAt: string | null; method: ConsentMethod | null }>;
    scope: Array<{ __typename: 'ConsentScope'; agency: Agency; categories: Array<DataCategory> }>;
    recipientTeams: Array<{ __typename: 'Team'; id: string; name: string; municipality: string }>;
    evidence: { __typename: 'ConsentEvidence'; method: ConsentMethod; documentRef: string };
    revocation: { __typename: 'Revocation'; at: string; reason: string } | null;
    events: Array<{ __typename: 'ConsentEvent'; at: string; kind: string; actor: string }>;
  };
};

export type RecordConsentDecisionMutationVariables = Exact<{
  input: ConsentDecisionInput;
}>;

export type RecordConsentDecisionMutation = {
  __typename: 'Mutation';
  recordConsentDecision: {
    __typename: 'Consent';
    id: string;
    status: ConsentStatus;
    statusText: string | null;
    purpose: Purpose;
    validFrom: string;
    validUntil: string;
    recordedAt: string;
    recordedBy: string;
    childView: string | null;
    parties: Array<{ __typename: 'ConsentParty'; personnummer: string; role: PartyRole; decision: PartyDecision | null; decidedAt: string | null; method: ConsentMethod | null }>;
    scope: Array<{ __typename: 'ConsentScope'; agency: Agency; categories: Array<DataCategory> }>;
    recipientTeams: Array<{ __typename: 'Team'; id: string; name: string; municipality: string }>;
    evidence: { __typename: 'ConsentEvidence'; method: ConsentMethod; documentRef: string };
    revocation: { __typename: 'Revocation'; at: string; reason: string } | null;
    events: Array<{ __typename: 'ConsentEvent'; at: string; kind: string; actor: string }>;
  };
};

export type NarrowConsentMutationVariables = Exact<{
  input: NarrowConsentInput;
}>;

export type NarrowConsentMutation = {
  __typename: 'Mutation';
  narrowConsent: {
    __typename: 'Consent';
    id: string;
    status: ConsentStatus;
    statusText: string | null;
    purpose: Purpose;
    validFrom: string;
    validUntil: string;
    recordedAt: string;
    recordedBy: string;
    childView: string | null;
    parties: Array<{ __typename: 'ConsentParty'; personnummer: string; role: PartyRole; decision: PartyDecision | null; decidedAt: string | null; method: ConsentMethod | null }>;
    scope: Array<{ __typename: 'ConsentScope'; agency: Agency; categories: Array<DataCategory> }>;
    recipientTeams: Array<{ __typename: 'Team'; id: string; name: string; municipality: string }>;
    evidence: { __typename: 'ConsentEvidence'; method: ConsentMethod; documentRef: string };
    revocation: { __typename: 'Revocation'; at: string; reason: string } | null;
    events: Array<{ __typename: 'ConsentEvent'; at: string; kind: string; actor: string }>;
  };
};

export type RevokeConsentMutationVariables = Exact<{
  input: RevokeConsentInput;
}>;

export type RevokeConsentMutation = {
  __typename: 'Mutation';
  revokeConsent: {
    __typename: 'Consent';
    id: string;
    status: ConsentStatus;
    statusText: string | null;
    purpose: Purpose;
    validFrom: string;
    validUntil: string;
    recordedAt: string;
    recordedBy: string;
    childView: string | null;
    parties: Array<{ __typename: 'ConsentParty'; personnummer: string; role: PartyRole; decision: PartyDecision | null; decidedAt: string | null; method: ConsentMethod | null }>;
    scope: Array<{ __typename: 'ConsentScope'; agency: Agency; categories: Array<DataCategory> }>;
    recipientTeams: Array<{ __typename: 'Team'; id: string; name: string; municipality: string }>;
    evidence: { __typename: 'ConsentEvidence'; method: ConsentMethod; documentRef: string };
    revocation: { __typename: 'Revocation'; at: string; reason: string } | null;
    events: Array<{ __typename: 'ConsentEvent'; at: string; kind: string; actor: string }>;
  };
};

export type RecordChildViewMutationVariables = Exact<{
  input: RecordChildViewInput;
}>;

export type RecordChildViewMutation = {
  __typename: 'Mutation';
  recordChildView: {
    __typename: 'Consent';
    id: string;
    status: ConsentStatus;
    statusText: string | null;
    purpose: Purpose;
    validFrom: string;
    validUntil: string;
    recordedAt: string;
    recordedBy: string;
    childView: string | null;
    parties: Array<{ __typename: 'ConsentParty'; personnummer: string; role: PartyRole; decision: PartyDecision | null; decidedAt: string | null; method: ConsentMethod | null }>;
    scope: Array<{ __typename: 'ConsentScope'; agency: Agency; categories: Array<DataCategory> }>;
    recipientTeams: Array<{ __typename: 'Team'; id: string; name: string; municipality: string }>;
    evidence: { __typename: 'ConsentEvidence'; method: ConsentMethod; documentRef: string };
    revocation: { __typename: 'Revocation'; at: string; reason: string } | null;
    events: Array<{ __typename: 'ConsentEvent'; at: string; kind: string; actor: string }>;
  };
};

export type DeniedFragment = { __typename: 'AccessDenied'; reason: DenialReason; message: string };

export type UnavailableSectionFragment = { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind };

export type AccessLogFragment = {
  __typename: 'AccessLogEntry';
  at: string;
  agency: Agency;
  categories: Array<DataCategory>;
  accessedBy: string;
  role: string;
  team: string | null;
  consentIds: Array<string>;
};

export type FamilyQueryVariables = Exact<{
  reference: string;
}>;

export type FamilyQuery = {
  __typename: 'Query';
  familyByReference: {
    __typename: 'Family';
    id: string;
    reference: string;
    team: { __typename: 'Team'; id: string; name: string; municipality: string };
    coordinators: Array<{ __typename: 'User'; username: string; name: string }>;
    guardians: Array<{ __typename: 'Guardian'; personnummer: string; givenName: string; familyName: string }> | null;
    plan: {
      __typename: 'SipPlan';
      id: string;
      leadAgency: Agency;
      status: PlanStatus;
      createdOn: string;
      nextFollowUp: string | null;
      participants: Array<{ __typename: 'SipParticipant'; name: string; agency: Agency | null; role: string }>;
      goals: Array<{
        __typename: 'SipGoal';
        id: string;
        area: OutcomeArea;
        description: string;
        actions: Array<{ __typename: 'SipAction'; id: string; description: string; responsibleAgency: Agency; dueDate: string | null; status: ActionStatus; followUpDate: string | null }>;
      }>;
    } | null;
    children: Array<{
      __typename: 'Child';
      protectedIdentity: boolean | null;
      personnummer: string;
      givenName: string;
      familyName: string;
      birthDate: string;
      age: number;
      consents: Array<{
        __typename: 'Consent';
        id: string;
        status: ConsentStatus;
        statusText: string | null;
        purpose: Purpose;
        validFrom: string;
        validUntil: string;
        recordedAt: string;
        recordedBy: string;
        childView: string | null;
        parties: Array<{ __typename: 'ConsentParty'; personnummer: string; role: PartyRole; decision: PartyDecision | null; decidedAt: string | null; method: ConsentMethod | null }>;
        scope: Array<{ __typename: 'ConsentScope'; agency: Agency; categories: Array<DataCategory> }>;
        recipientTeams: Array<{ __typename: 'Team'; id: string; name: string; municipality: string }>;
        evidence: { __typename: 'ConsentEvidence'; method: ConsentMethod; documentRef: string };
        revocation: { __typename: 'Revocation'; at: string; reason: string } | null;
        events: Array<{ __typename: 'ConsentEvent'; at: string; kind: string; actor: string }>;
      }>;
      school: {
        __typename: 'SchoolSection';
        enrolment:
          | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
          | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
          | { __typename: 'NotRecorded' }
          | { __typename: 'SchoolEnrolment'; schoolUnit: string; schoolType: string; schoolYear: number | null; group: string | null; since: string };
        attendance:
          | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
          | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
          | { __typename: 'NotRecorded' }
          | {
              __typename: 'SchoolAttendance';
              from: string;
              to: string;
              offeredMinutes: number;
              attendedMinutes: number;
              validAbsenceMinutes: number;
              invalidAbsenceMinutes: number;
              absencePercent: number;
            };
        supportMeasures:
          | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
          | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
          | { __typename: 'NotRecorded' }
          | { __typename: 'SupportMeasures'; items: Array<{ __typename: 'SupportMeasure'; kind: SupportMeasureKind; description: string; decidedOn: string; actionProgramme: boolean }> };
        studentHealth:
          | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
          | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
          | { __typename: 'NotRecorded' }
          | { __typename: 'StudentHealthContacts'; items: Array<{ __typename: 'StudentHealthContact'; date: string; profession: string; reason: string }> };
      };
      socialServices: {
        __typename: 'SocialServicesSection';
        cases:
          | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
          | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
          | { __typename: 'NotRecorded' }
          | {
              __typename: 'SocialCases';
              items: Array<{ __typename: 'SocialCase'; caseId: string; subject: string; openedOn: string; status: CaseStatus; caseworker: { __typename: 'Caseworker'; name: string; phone: string } }>;
            };
        interventions:
          | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
          | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
          | {
              __typename: 'Interventions';
              items: Array<{ __typename: 'Intervention'; id: string; kind: InterventionKind; label: string; startDate: string; endDate: string | null; provider: string }>;
            }
          | { __typename: 'NotRecorded' };
      };
      healthCare: {
        __typename: 'HealthCareSection';
        careContacts:
          | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
          | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
          | {
              __typename: 'CareContacts';
              items: Array<{ __typename: 'CareContact'; date: string; organisation: string; kind: string; practitionerRole: string | null }>;
              careTeams: Array<{ __typename: 'CareTeam'; name: string; organisation: string | null }>;
            }
          | { __typename: 'NotRecorded' };
        appointments:
          | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
          | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
          | { __typename: 'Appointments'; items: Array<{ __typename: 'Appointment'; start: string; organisation: string | null; status: string; serviceType: string | null }> }
          | { __typename: 'NotRecorded' };
        diagnoses:
          | { __typename: 'AccessDenied'; reason: DenialReason; message: string }
          | { __typename: 'AgencyUnavailable'; kind: AgencyFailureKind }
          | { __typename: 'Diagnoses'; items: Array<{ __typename: 'Diagnosis'; code: string; display: string; recordedDate: string | null }> }
          | { __typename: 'NotRecorded' };
      };
      custody: { __typename: 'Custody'; kind: CustodyKind; guardians: Array<{ __typename: 'Guardian'; personnummer: string; givenName: string; familyName: string }> } | null;
    }>;
    meetings: Array<{ __typename: 'Meeting'; id: string; date: string; kind: MeetingKind; agencies: Array<Agency>; summary: string }>;
    followUps: Array<{ __typename: 'FollowUp'; id: string; date: string; area: OutcomeArea; rating: number; comment: string }>;
    attention: Array<{ __typename: 'Attention'; kind: AttentionKind; text: string; since: string | null }>;
  };
};

export type FamilyAccessLogQueryVariables = Exact<{
  reference: string;
}>;

export type FamilyAccessLogQuery = {
  __typename: 'Query';
  familyByReference: {
    __typename: 'Family';
    id: string;
    children: Array<{
      __typename: 'Child';
      personnummer: string;
      school: {
        __typename: 'SchoolSection';
        accessLog: Array<{
          __typename: 'AccessLogEntry';
          at: string;
          agency: Agency;
          categories: Array<DataCategory>;
          accessedBy: string;
          role: string;
          team: string | null;
          consentIds: Array<string>;
        }> | null;
      };
      socialServices: {
        __typename: 'SocialServicesSection';
        accessLog: Array<{
          __typename: 'AccessLogEntry';
          at: string;
          agency: Agency;
          categories: Array<DataCategory>;
          accessedBy: string;
          role: string;
          team: string | null;
          consentIds: Array<string>;
        }> | null;
      };
      healthCare: {
        __typename: 'HealthCareSection';
        accessLog: Array<{
          __typename: 'AccessLogEntry';
          at: string;
          agency: Agency;
          categories: Array<DataCategory>;
          accessedBy: string;
          role: string;
          team: string | null;
          consentIds: Array<string>;
        }> | null;
      };
    }>;
  };
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  __typename: 'Query';
  me: { __typename: 'User'; username: string; name: string; role: Role; personnummer: string | null; team: { __typename: 'Team'; id: string; name: string; municipality: string } | null };
};

export type CreateFamilyMutationVariables = Exact<{
  input: CreateFamilyInput;
}>;

export type CreateFamilyMutation = { __typename: 'Mutation'; createFamily: { __typename: 'Family'; id: string; reference: string } };

export type FamilyRhythmFieldsFragment = {
  __typename: 'Family';
  meetings: Array<{ __typename: 'Meeting'; id: string; date: string; kind: MeetingKind; agencies: Array<Agency>; summary: string }>;
  followUps: Array<{ __typename: 'FollowUp'; id: string; date: string; area: OutcomeArea; rating: number; comment: string }>;
  attention: Array<{ __typename: 'Attention'; kind: AttentionKind; text: string; since: string | null }>;
};

export type RecordMeetingMutationVariables = Exact<{
  input: RecordMeetingInput;
}>;

export type RecordMeetingMutation = { __typename: 'Mutation'; recordMeeting: { __typename: 'Meeting'; id: string; date: string; kind: MeetingKind; agencies: Array<Agency>; summary: string } };

export type RecordFollowUpMutationVariables = Exact<{
  input: RecordFollowUpInput;
}>;

export type RecordFollowUpMutation = { __typename: 'Mutation'; recordFollowUp: { __typename: 'FollowUp'; id: string; date: string; area: OutcomeArea; rating: number; comment: string } };

export type FamilyRhythmQueryVariables = Exact<{
  reference: string;
}>;

export type FamilyRhythmQuery = {
  __typename: 'Query';
  familyByReference: {
    __typename: 'Family';
    id: string;
    meetings: Array<{ __typename: 'Meeting'; id: string; date: string; kind: MeetingKind; agencies: Array<Agency>; summary: string }>;
    followUps: Array<{ __typename: 'FollowUp'; id: string; date: string; area: OutcomeArea; rating: number; comment: string }>;
    attention: Array<{ __typename: 'Attention'; kind: AttentionKind; text: string; since: string | null }>;
  };
};

export type TeamsQueryVariables = Exact<{ [key: string]: never }>;

export type TeamsQuery = {
  __typename: 'Query';
  teams: Array<{ __typename: 'Team'; id: string; name: string; municipality: string; coordinators: Array<{ __typename: 'User'; username: string; name: string }> }>;
};

export type ReassignFamilyMutationVariables = Exact<{
  input: ReassignFamilyInput;
}>;

export type ReassignFamilyMutation = {
  __typename: 'Mutation';
  reassignFamily: {
    __typename: 'FamilyAssignment';
    familyReference: string;
    team: { __typename: 'Team'; id: string; name: string };
    coordinator: { __typename: 'User'; username: string; name: string };
  };
};

export type WorkListQueryVariables = Exact<{ [key: string]: never }>;

export type WorkListQuery = {
  __typename: 'Query';
  caseload: Array<{
    __typename: 'Family';
    id: string;
    reference: string;
    team: { __typename: 'Team'; id: string; name: string };
    coordinators: Array<{ __typename: 'User'; username: string; name: string }>;
    children: Array<{ __typename: 'Child'; personnummer: string; givenName: string; familyName: string; age: number }>;
    plan: { __typename: 'SipPlan'; status: PlanStatus; nextFollowUp: string | null } | null;
    meetings: Array<{ __typename: 'Meeting'; id: string; date: string; kind: MeetingKind }>;
    attention: Array<{ __typename: 'Attention'; kind: AttentionKind; text: string; since: string | null }>;
  }>;
};

export type FindFamilyQueryVariables = Exact<{
  reference: string;
}>;

export type FindFamilyQuery = { __typename: 'Query'; familyByReference: { __typename: 'Family'; id: string; reference: string } };

export const ConsentFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parties' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scope' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientTeams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentRef' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'childView' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConsentFieldsFragment, unknown>;
export const ChildIdentityFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChildIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Child' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'age' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'custody' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guardians' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChildIdentityFragment, unknown>;
export const DeniedFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Denied' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AccessDenied' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeniedFragment, unknown>;
export const UnavailableSectionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnavailableSection' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgencyUnavailable' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UnavailableSectionFragment, unknown>;
export const AccessLogFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessLog' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AccessLogEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'team' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentIds' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AccessLogFragment, unknown>;
export const FamilyRhythmFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FamilyRhythmFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Family' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meetings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agencies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attention' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'since' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyRhythmFieldsFragment, unknown>;
export const FamilyConsentsDocument = {
  __meta__: { hash: 'sha256:9ab71403585fd077e746420dd9b5f7ec2d39e9f4f1e35af39e0a12f7bf91cc73' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FamilyConsents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyByReference' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'reference' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guardians' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChildIdentity' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'consents' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsentFields' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChildIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Child' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'age' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'custody' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guardians' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parties' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scope' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientTeams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentRef' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'childView' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyConsentsQuery, FamilyConsentsQueryVariables>;
export const RecordConsentDocument = {
  __meta__: { hash: 'sha256:dee8ef79f25193d20903678fce538b4492662bf4189abc98a62b41f611581b8f' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordConsent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordConsentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordConsent' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsentFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parties' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scope' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientTeams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentRef' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'childView' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordConsentMutation, RecordConsentMutationVariables>;
export const RecordConsentDecisionDocument = {
  __meta__: { hash: 'sha256:7c0b0955fa07c28c066a42143295e0d603c0ef1dbd788280fa58d12599772154' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordConsentDecision' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ConsentDecisionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordConsentDecision' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsentFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parties' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scope' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientTeams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentRef' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'childView' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordConsentDecisionMutation, RecordConsentDecisionMutationVariables>;
export const NarrowConsentDocument = {
  __meta__: { hash: 'sha256:6374025142154c31954d84e832e100a5b1af785832b9d573408f2497e9af452b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'NarrowConsent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'NarrowConsentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'narrowConsent' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsentFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parties' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scope' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientTeams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentRef' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'childView' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NarrowConsentMutation, NarrowConsentMutationVariables>;
export const RevokeConsentDocument = {
  __meta__: { hash: 'sha256:d5bb2c4c6047d7a52b3d5e1a560be35139a817a8d9e5f3b919201a8beb931dc2' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeConsent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RevokeConsentInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeConsent' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsentFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parties' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scope' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientTeams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentRef' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'childView' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeConsentMutation, RevokeConsentMutationVariables>;
export const RecordChildViewDocument = {
  __meta__: { hash: 'sha256:c06616390c14d1bf0047eda9c8bf6e7a4eeb74c11d95df1d4dc0471b87048dd4' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordChildView' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordChildViewInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordChildView' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsentFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parties' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scope' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientTeams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentRef' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'childView' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordChildViewMutation, RecordChildViewMutationVariables>;
export const FamilyDocument = {
  __meta__: { hash: 'sha256:d18a66e5903b3640b97fdbe25189442e8b6a4cb8ef4cf560aa41a15b9033a19b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Family' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyByReference' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'reference' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coordinators' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guardians' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'leadAgency' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'createdOn' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nextFollowUp' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'participants' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'goals' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'actions' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'responsibleAgency' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'dueDate' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'followUpDate' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FamilyRhythmFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChildIdentity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'protectedIdentity' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'consents' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ConsentFields' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'school' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'enrolment' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolEnrolment' } },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'schoolUnit' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'schoolType' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'schoolYear' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'group' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                                      ],
                                    },
                                  },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'attendance' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SchoolAttendance' } },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'offeredMinutes' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'attendedMinutes' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'validAbsenceMinutes' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'invalidAbsenceMinutes' } },
                                        { kind: 'Field', name: { kind: 'Name', value: 'absencePercent' } },
                                      ],
                                    },
                                  },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'supportMeasures' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SupportMeasures' } },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'items' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'decidedOn' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'actionProgramme' } },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'studentHealth' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StudentHealthContacts' } },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'items' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'profession' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'socialServices' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'cases' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SocialCases' } },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'items' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'caseId' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'subject' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'openedOn' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'caseworker' },
                                                selectionSet: {
                                                  kind: 'SelectionSet',
                                                  selections: [
                                                    { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                                    { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                                    { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
                                                  ],
                                                },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'interventions' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Interventions' } },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'items' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'startDate' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'endDate' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'provider' } },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'healthCare' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'careContacts' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CareContacts' } },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'items' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'organisation' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'practitionerRole' } },
                                            ],
                                          },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'careTeams' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'organisation' } },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'appointments' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Appointments' } },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'items' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'start' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'organisation' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'serviceType' } },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'diagnoses' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  {
                                    kind: 'InlineFragment',
                                    typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Diagnoses' } },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'items' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'display' } },
                                              { kind: 'Field', name: { kind: 'Name', value: 'recordedDate' } },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'Denied' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UnavailableSection' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FamilyRhythmFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Family' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meetings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agencies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attention' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'since' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChildIdentity' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Child' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'birthDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'age' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'custody' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'guardians' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ConsentFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Consent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'statusText' } },
          { kind: 'Field', name: { kind: 'Name', value: 'purpose' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
          { kind: 'Field', name: { kind: 'Name', value: 'validUntil' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'parties' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decision' } },
                { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scope' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recipientTeams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'evidence' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'documentRef' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'recordedBy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revocation' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'childView' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'events' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'at' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'actor' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'Denied' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AccessDenied' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'message' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UnavailableSection' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AgencyUnavailable' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyQuery, FamilyQueryVariables>;
export const FamilyAccessLogDocument = {
  __meta__: { hash: 'sha256:3be259941afbb2204da5cf49ffdaeb1ac328dc5ca7a38a0b324ed1d0aed436f6' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FamilyAccessLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyByReference' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'reference' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'school' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'accessLog' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessLog' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'socialServices' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'accessLog' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessLog' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'healthCare' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'accessLog' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                                  { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AccessLog' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AccessLog' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AccessLogEntry' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          { kind: 'Field', name: { kind: 'Name', value: 'at' } },
          { kind: 'Field', name: { kind: 'Name', value: 'agency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
          { kind: 'Field', name: { kind: 'Name', value: 'accessedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'team' } },
          { kind: 'Field', name: { kind: 'Name', value: 'consentIds' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyAccessLogQuery, FamilyAccessLogQueryVariables>;
export const MeDocument = {
  __meta__: { hash: 'sha256:6f50f7e8d4d4f7f2fd3d8517d9960bac4d441370a93de50a7c99e58fa9abc498' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CreateFamilyDocument = {
  __meta__: { hash: 'sha256:997baf57d43f6964d8889cf058aad92770a68265c24a46f0aef67cd88a517b73' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateFamily' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateFamilyInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createFamily' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateFamilyMutation, CreateFamilyMutationVariables>;
export const RecordMeetingDocument = {
  __meta__: { hash: 'sha256:cbf87b415c511376a08db033d501acb92bf4b05123cd5ef8c929d8f4b7bf8a4b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordMeeting' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordMeetingInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordMeeting' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agencies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordMeetingMutation, RecordMeetingMutationVariables>;
export const RecordFollowUpDocument = {
  __meta__: { hash: 'sha256:e9a3fec73ed2cab00556c1fbaca756450712ecb5796d01d3376a5d495fd10c55' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordFollowUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordFollowUpInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordFollowUp' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordFollowUpMutation, RecordFollowUpMutationVariables>;
export const FamilyRhythmDocument = {
  __meta__: { hash: 'sha256:9763113ff448c91c982142ad7d2518fe7f2a4ca9cb0c816af16cba8ade1f23c3' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FamilyRhythm' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyByReference' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'reference' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FamilyRhythmFields' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FamilyRhythmFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Family' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'meetings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'agencies' } },
                { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'followUps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'area' } },
                { kind: 'Field', name: { kind: 'Name', value: 'rating' } },
                { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'attention' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                { kind: 'Field', name: { kind: 'Name', value: 'since' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FamilyRhythmQuery, FamilyRhythmQueryVariables>;
export const TeamsDocument = {
  __meta__: { hash: 'sha256:7cab28c753378a4f289281e64f92cddc1cee783105be2cd9f69e693d1cc5572b' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Teams' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'teams' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'municipality' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coordinators' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TeamsQuery, TeamsQueryVariables>;
export const ReassignFamilyDocument = {
  __meta__: { hash: 'sha256:e6fef3f4b3c1203aa7c98987dab2d5f95895401c820fea36fca2ecbae5a533ca' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReassignFamily' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReassignFamilyInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reassignFamily' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'familyReference' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coordinator' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReassignFamilyMutation, ReassignFamilyMutationVariables>;
export const WorkListDocument = {
  __meta__: { hash: 'sha256:768dfc2ba1fa296de506de403e1757a295bcf0a2aa05c07d134618e1b3485dcc' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WorkList' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'caseload' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'team' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'coordinators' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'username' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'children' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'personnummer' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'age' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nextFollowUp' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'meetings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'attention' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'text' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'since' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WorkListQuery, WorkListQueryVariables>;
export const FindFamilyDocument = {
  __meta__: { hash: 'sha256:fa43cf588b631a9d876dcac2fc1d1af3e9fe6a9cef997f4754d17fb1e1b3fefc' },
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FindFamily' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'familyByReference' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'reference' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reference' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reference' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FindFamilyQuery, FindFamilyQueryVariables>;
