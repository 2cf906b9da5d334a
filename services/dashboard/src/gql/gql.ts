/* eslint-disable */

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment ConsentFields on Consent {\n    id\n    status\n    statusText\n    purpose\n    validFrom\n    validUntil\n    parties {\n      personnummer\n      role\n      decision\n      decidedAt\n      method\n    }\n    scope {\n      agency\n      categories\n    }\n    recipientTeams {\n      id\n      name\n      municipality\n    }\n    evidence {\n      method\n      documentRef\n    }\n    recordedAt\n    recordedBy\n    revocation {\n      at\n      reason\n    }\n    childView\n    events {\n      at\n      kind\n      actor\n    }\n  }\n': typeof types.ConsentFieldsFragmentDoc;
  '\n  fragment ChildIdentity on Child {\n    personnummer\n    givenName\n    familyName\n    birthDate\n    age\n    custody {\n      kind\n      guardians {\n        personnummer\n        givenName\n        familyName\n      }\n    }\n  }\n': typeof types.ChildIdentityFragmentDoc;
  '\n  query FamilyConsents($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n      team {\n        id\n        name\n        municipality\n      }\n      guardians {\n        personnummer\n        givenName\n        familyName\n      }\n      children {\n        ...ChildIdentity\n        consents {\n          ...ConsentFields\n        }\n      }\n    }\n  }\n': typeof types.FamilyConsentsDocument;
  '\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n': typeof types.RecordConsentDocument;
  '\n  mutation RecordConsentDecision($input: ConsentDecisionInput!) {\n    recordConsentDecision(input: $input) {\n      ...ConsentFields\n    }\n  }\n': typeof types.RecordConsentDecisionDocument;
  '\n  mutation NarrowConsent($input: NarrowConsentInput!) {\n    narrowConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n': typeof types.NarrowConsentDocument;
  '\n  mutation RevokeConsent($input: RevokeConsentInput!) {\n    revokeConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n': typeof types.RevokeConsentDocument;
  '\n  mutation RecordChildView($input: RecordChildViewInput!) {\n    recordChildView(input: $input) {\n      ...ConsentFields\n    }\n  }\n': typeof types.RecordChildViewDocument;
  '\n  fragment Denied on AccessDenied {\n    reason\n    message\n  }\n': typeof types.DeniedFragmentDoc;
  '\n  fragment UnavailableSection on AgencyUnavailable {\n    kind\n  }\n': typeof types.UnavailableSectionFragmentDoc;
  '\n  fragment AccessLog on AccessLogEntry {\n    at\n    agency\n    categories\n    accessedBy\n    role\n    team\n    consentIds\n  }\n': typeof types.AccessLogFragmentDoc;
  '\n  query Family($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n      team {\n        id\n        name\n        municipality\n      }\n      coordinators {\n        username\n        name\n      }\n      guardians {\n        personnummer\n        givenName\n        familyName\n      }\n      plan {\n        id\n        leadAgency\n        status\n        createdOn\n        nextFollowUp\n        participants {\n          name\n          agency\n          role\n        }\n        goals {\n          id\n          area\n          description\n          actions {\n            id\n            description\n            responsibleAgency\n            dueDate\n            status\n            followUpDate\n          }\n        }\n      }\n      ...FamilyRhythmFields\n      children {\n        ...ChildIdentity\n        protectedIdentity\n        consents {\n          ...ConsentFields\n        }\n        school {\n          enrolment {\n            ... on SchoolEnrolment {\n              schoolUnit\n              schoolType\n              schoolYear\n              group\n              since\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          attendance {\n            ... on SchoolAttendance {\n              from\n              to\n              offeredMinutes\n              attendedMinutes\n              validAbsenceMinutes\n              invalidAbsenceMinutes\n              absencePercent\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          supportMeasures {\n            ... on SupportMeasures {\n              items {\n                kind\n                description\n                decidedOn\n                actionProgramme\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          studentHealth {\n            ... on StudentHealthContacts {\n              items {\n                date\n                profession\n                reason\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n        socialServices {\n          cases {\n            ... on SocialCases {\n              items {\n                caseId\n                subject\n                openedOn\n                status\n                caseworker {\n                  name\n                  phone\n                }\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          interventions {\n            ... on Interventions {\n              items {\n                id\n                kind\n                label\n                startDate\n                endDate\n                provider\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n        healthCare {\n          careContacts {\n            ... on CareContacts {\n              items {\n                date\n                organisation\n                kind\n                practitionerRole\n              }\n              careTeams {\n                name\n                organisation\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          appointments {\n            ... on Appointments {\n              items {\n                start\n                organisation\n                status\n                serviceType\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          diagnoses {\n            ... on Diagnoses {\n              items {\n                code\n                display\n                recordedDate\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n      }\n    }\n  }\n': typeof types.FamilyDocument;
  '\n  query FamilyAccessLog($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      children {\n        personnummer\n        school {\n          accessLog {\n            ...AccessLog\n          }\n        }\n        socialServices {\n          accessLog {\n            ...AccessLog\n          }\n        }\n        healthCare {\n          accessLog {\n            ...AccessLog\n          }\n        }\n      }\n    }\n  }\n': typeof types.FamilyAccessLogDocument;
  '\n  query Me {\n    me {\n      username\n      name\n      role\n      personnummer\n      team {\n        id\n        name\n        municipality\n      }\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation CreateFamily($input: CreateFamilyInput!) {\n    createFamily(input: $input) {\n      id\n      reference\n    }\n  }\n': typeof types.CreateFamilyDocument;
  '\n  fragment FamilyRhythmFields on Family {\n    meetings {\n      id\n      date\n      kind\n      agencies\n      summary\n    }\n    followUps {\n      id\n      date\n      area\n      rating\n      comment\n    }\n    attention {\n      kind\n      text\n      since\n    }\n  }\n': typeof types.FamilyRhythmFieldsFragmentDoc;
  '\n  mutation RecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      id\n      date\n      kind\n      agencies\n      summary\n    }\n  }\n': typeof types.RecordMeetingDocument;
  '\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n      date\n      area\n      rating\n      comment\n    }\n  }\n': typeof types.RecordFollowUpDocument;
  '\n  query FamilyRhythm($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      ...FamilyRhythmFields\n    }\n  }\n': typeof types.FamilyRhythmDocument;
  '\n  query Teams {\n    teams {\n      id\n      name\n      municipality\n      coordinators {\n        username\n        name\n      }\n    }\n  }\n': typeof types.TeamsDocument;
  '\n  mutation ReassignFamily($input: ReassignFamilyInput!) {\n    reassignFamily(input: $input) {\n      familyReference\n      team {\n        id\n        name\n      }\n      coordinator {\n        username\n        name\n      }\n    }\n  }\n': typeof types.ReassignFamilyDocument;
  '\n  query WorkList {\n    caseload {\n      id\n      reference\n      team {\n        id\n        name\n      }\n      coordinators {\n        username\n        name\n      }\n      children {\n        personnummer\n        givenName\n        familyName\n        age\n      }\n      plan {\n        status\n        nextFollowUp\n      }\n      meetings {\n        id\n        date\n        kind\n      }\n      attention {\n        kind\n        text\n        since\n      }\n    }\n  }\n': typeof types.WorkListDocument;
  '\n  query FindFamily($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n': typeof types.FindFamilyDocument;
};
const documents: Documents = {
  '\n  fragment ConsentFields on Consent {\n    id\n    status\n    statusText\n    purpose\n    validFrom\n    validUntil\n    parties {\n      personnummer\n      role\n      decision\n      decidedAt\n      method\n    }\n    scope {\n      agency\n      categories\n    }\n    recipientTeams {\n      id\n      name\n      municipality\n    }\n    evidence {\n      method\n      documentRef\n    }\n    recordedAt\n    recordedBy\n    revocation {\n      at\n      reason\n    }\n    childView\n    events {\n      at\n      kind\n      actor\n    }\n  }\n':
    types.ConsentFieldsFragmentDoc,
  '\n  fragment ChildIdentity on Child {\n    personnummer\n    givenName\n    familyName\n    birthDate\n    age\n    custody {\n      kind\n      guardians {\n        personnummer\n        givenName\n        familyName\n      }\n    }\n  }\n':
    types.ChildIdentityFragmentDoc,
  '\n  query FamilyConsents($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n      team {\n        id\n        name\n        municipality\n      }\n      guardians {\n        personnummer\n        givenName\n        familyName\n      }\n      children {\n        ...ChildIdentity\n        consents {\n          ...ConsentFields\n        }\n      }\n    }\n  }\n':
    types.FamilyConsentsDocument,
  '\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n': types.RecordConsentDocument,
  '\n  mutation RecordConsentDecision($input: ConsentDecisionInput!) {\n    recordConsentDecision(input: $input) {\n      ...ConsentFields\n    }\n  }\n': types.RecordConsentDecisionDocument,
  '\n  mutation NarrowConsent($input: NarrowConsentInput!) {\n    narrowConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n': types.NarrowConsentDocument,
  '\n  mutation RevokeConsent($input: RevokeConsentInput!) {\n    revokeConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n': types.RevokeConsentDocument,
  '\n  mutation RecordChildView($input: RecordChildViewInput!) {\n    recordChildView(input: $input) {\n      ...ConsentFields\n    }\n  }\n': types.RecordChildViewDocument,
  '\n  fragment Denied on AccessDenied {\n    reason\n    message\n  }\n': types.DeniedFragmentDoc,
  '\n  fragment UnavailableSection on AgencyUnavailable {\n    kind\n  }\n': types.UnavailableSectionFragmentDoc,
  '\n  fragment AccessLog on AccessLogEntry {\n    at\n    agency\n    categories\n    accessedBy\n    role\n    team\n    consentIds\n  }\n': types.AccessLogFragmentDoc,
  '\n  query Family($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n      team {\n        id\n        name\n        municipality\n      }\n      coordinators {\n        username\n        name\n      }\n      guardians {\n        personnummer\n        givenName\n        familyName\n      }\n      plan {\n        id\n        leadAgency\n        status\n        createdOn\n        nextFollowUp\n        participants {\n          name\n          agency\n          role\n        }\n        goals {\n          id\n          area\n          description\n          actions {\n            id\n            description\n            responsibleAgency\n            dueDate\n            status\n            followUpDate\n          }\n        }\n      }\n      ...FamilyRhythmFields\n      children {\n        ...ChildIdentity\n        protectedIdentity\n        consents {\n          ...ConsentFields\n        }\n        school {\n          enrolment {\n            ... on SchoolEnrolment {\n              schoolUnit\n              schoolType\n              schoolYear\n              group\n              since\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          attendance {\n            ... on SchoolAttendance {\n              from\n              to\n              offeredMinutes\n              attendedMinutes\n              validAbsenceMinutes\n              invalidAbsenceMinutes\n              absencePercent\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          supportMeasures {\n            ... on SupportMeasures {\n              items {\n                kind\n                description\n                decidedOn\n                actionProgramme\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          studentHealth {\n            ... on StudentHealthContacts {\n              items {\n                date\n                profession\n                reason\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n        socialServices {\n          cases {\n            ... on SocialCases {\n              items {\n                caseId\n                subject\n                openedOn\n                status\n                caseworker {\n                  name\n                  phone\n                }\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          interventions {\n            ... on Interventions {\n              items {\n                id\n                kind\n                label\n                startDate\n                endDate\n                provider\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n        healthCare {\n          careContacts {\n            ... on CareContacts {\n              items {\n                date\n                organisation\n                kind\n                practitionerRole\n              }\n              careTeams {\n                name\n                organisation\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          appointments {\n            ... on Appointments {\n              items {\n                start\n                organisation\n                status\n                serviceType\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          diagnoses {\n            ... on Diagnoses {\n              items {\n                code\n                display\n                recordedDate\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n      }\n    }\n  }\n':
    types.FamilyDocument,
  '\n  query FamilyAccessLog($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      children {\n        personnummer\n        school {\n          accessLog {\n            ...AccessLog\n          }\n        }\n        socialServices {\n          accessLog {\n            ...AccessLog\n          }\n        }\n        healthCare {\n          accessLog {\n            ...AccessLog\n          }\n        }\n      }\n    }\n  }\n':
    types.FamilyAccessLogDocument,
  '\n  query Me {\n    me {\n      username\n      name\n      role\n      personnummer\n      team {\n        id\n        name\n        municipality\n      }\n    }\n  }\n': types.MeDocument,
  '\n  mutation CreateFamily($input: CreateFamilyInput!) {\n    createFamily(input: $input) {\n      id\n      reference\n    }\n  }\n': types.CreateFamilyDocument,
  '\n  fragment FamilyRhythmFields on Family {\n    meetings {\n      id\n      date\n      kind\n      agencies\n      summary\n    }\n    followUps {\n      id\n      date\n      area\n      rating\n      comment\n    }\n    attention {\n      kind\n      text\n      since\n    }\n  }\n':
    types.FamilyRhythmFieldsFragmentDoc,
  '\n  mutation RecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      id\n      date\n      kind\n      agencies\n      summary\n    }\n  }\n':
    types.RecordMeetingDocument,
  '\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n      date\n      area\n      rating\n      comment\n    }\n  }\n':
    types.RecordFollowUpDocument,
  '\n  query FamilyRhythm($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      ...FamilyRhythmFields\n    }\n  }\n': types.FamilyRhythmDocument,
  '\n  query Teams {\n    teams {\n      id\n      name\n      municipality\n      coordinators {\n        username\n        name\n      }\n    }\n  }\n': types.TeamsDocument,
  '\n  mutation ReassignFamily($input: ReassignFamilyInput!) {\n    reassignFamily(input: $input) {\n      familyReference\n      team {\n        id\n        name\n      }\n      coordinator {\n        username\n        name\n      }\n    }\n  }\n':
    types.ReassignFamilyDocument,
  '\n  query WorkList {\n    caseload {\n      id\n      reference\n      team {\n        id\n        name\n      }\n      coordinators {\n        username\n        name\n      }\n      children {\n        personnummer\n        givenName\n        familyName\n        age\n      }\n      plan {\n        status\n        nextFollowUp\n      }\n      meetings {\n        id\n        date\n        kind\n      }\n      attention {\n        kind\n        text\n        since\n      }\n    }\n  }\n':
    types.WorkListDocument,
  '\n  query FindFamily($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n': types.FindFamilyDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ConsentFields on Consent {\n    id\n    status\n    statusText\n    purpose\n    validFrom\n    validUntil\n    parties {\n      personnummer\n      role\n      decision\n      decidedAt\n      method\n    }\n    scope {\n      agency\n      categories\n    }\n    recipientTeams {\n      id\n      name\n      municipality\n    }\n    evidence {\n      method\n      documentRef\n    }\n    recordedAt\n    recordedBy\n    revocation {\n      at\n      reason\n    }\n    childView\n    events {\n      at\n      kind\n      actor\n    }\n  }\n',
): (typeof documents)['\n  fragment ConsentFields on Consent {\n    id\n    status\n    statusText\n    purpose\n    validFrom\n    validUntil\n    parties {\n      personnummer\n      role\n      decision\n      decidedAt\n      method\n    }\n    scope {\n      agency\n      categories\n    }\n    recipientTeams {\n      id\n      name\n      municipality\n    }\n    evidence {\n      method\n      documentRef\n    }\n    recordedAt\n    recordedBy\n    revocation {\n      at\n      reason\n    }\n    childView\n    events {\n      at\n      kind\n      actor\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ChildIdentity on Child {\n    personnummer\n    givenName\n    familyName\n    birthDate\n    age\n    custody {\n      kind\n      guardians {\n        personnummer\n        givenName\n        familyName\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ChildIdentity on Child {\n    personnummer\n    givenName\n    familyName\n    birthDate\n    age\n    custody {\n      kind\n      guardians {\n        personnummer\n        givenName\n        familyName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FamilyConsents($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n      team {\n        id\n        name\n        municipality\n      }\n      guardians {\n        personnummer\n        givenName\n        familyName\n      }\n      children {\n        ...ChildIdentity\n        consents {\n          ...ConsentFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FamilyConsents($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n      team {\n        id\n        name\n        municipality\n      }\n      guardians {\n        personnummer\n        givenName\n        familyName\n      }\n      children {\n        ...ChildIdentity\n        consents {\n          ...ConsentFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordConsentDecision($input: ConsentDecisionInput!) {\n    recordConsentDecision(input: $input) {\n      ...ConsentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordConsentDecision($input: ConsentDecisionInput!) {\n    recordConsentDecision(input: $input) {\n      ...ConsentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation NarrowConsent($input: NarrowConsentInput!) {\n    narrowConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation NarrowConsent($input: NarrowConsentInput!) {\n    narrowConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeConsent($input: RevokeConsentInput!) {\n    revokeConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeConsent($input: RevokeConsentInput!) {\n    revokeConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordChildView($input: RecordChildViewInput!) {\n    recordChildView(input: $input) {\n      ...ConsentFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordChildView($input: RecordChildViewInput!) {\n    recordChildView(input: $input) {\n      ...ConsentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: '\n  fragment Denied on AccessDenied {\n    reason\n    message\n  }\n'): (typeof documents)['\n  fragment Denied on AccessDenied {\n    reason\n    message\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UnavailableSection on AgencyUnavailable {\n    kind\n  }\n',
): (typeof documents)['\n  fragment UnavailableSection on AgencyUnavailable {\n    kind\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AccessLog on AccessLogEntry {\n    at\n    agency\n    categories\n    accessedBy\n    role\n    team\n    consentIds\n  }\n',
): (typeof documents)['\n  fragment AccessLog on AccessLogEntry {\n    at\n    agency\n    categories\n    accessedBy\n    role\n    team\n    consentIds\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Family($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n      team {\n        id\n        name\n        municipality\n      }\n      coordinators {\n        username\n        name\n      }\n      guardians {\n        personnummer\n        givenName\n        familyName\n      }\n      plan {\n        id\n        leadAgency\n        status\n        createdOn\n        nextFollowUp\n        participants {\n          name\n          agency\n          role\n        }\n        goals {\n          id\n          area\n          description\n          actions {\n            id\n            description\n            responsibleAgency\n            dueDate\n            status\n            followUpDate\n          }\n        }\n      }\n      ...FamilyRhythmFields\n      children {\n        ...ChildIdentity\n        protectedIdentity\n        consents {\n          ...ConsentFields\n        }\n        school {\n          enrolment {\n            ... on SchoolEnrolment {\n              schoolUnit\n              schoolType\n              schoolYear\n              group\n              since\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          attendance {\n            ... on SchoolAttendance {\n              from\n              to\n              offeredMinutes\n              attendedMinutes\n              validAbsenceMinutes\n              invalidAbsenceMinutes\n              absencePercent\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          supportMeasures {\n            ... on SupportMeasures {\n              items {\n                kind\n                description\n                decidedOn\n                actionProgramme\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          studentHealth {\n            ... on StudentHealthContacts {\n              items {\n                date\n                profession\n                reason\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n        socialServices {\n          cases {\n            ... on SocialCases {\n              items {\n                caseId\n                subject\n                openedOn\n                status\n                caseworker {\n                  name\n                  phone\n                }\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          interventions {\n            ... on Interventions {\n              items {\n                id\n                kind\n                label\n                startDate\n                endDate\n                provider\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n        healthCare {\n          careContacts {\n            ... on CareContacts {\n              items {\n                date\n                organisation\n                kind\n                practitionerRole\n              }\n              careTeams {\n                name\n                organisation\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          appointments {\n            ... on Appointments {\n              items {\n                start\n                organisation\n                status\n                serviceType\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          diagnoses {\n            ... on Diagnoses {\n              items {\n                code\n                display\n                recordedDate\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Family($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n      team {\n        id\n        name\n        municipality\n      }\n      coordinators {\n        username\n        name\n      }\n      guardians {\n        personnummer\n        givenName\n        familyName\n      }\n      plan {\n        id\n        leadAgency\n        status\n        createdOn\n        nextFollowUp\n        participants {\n          name\n          agency\n          role\n        }\n        goals {\n          id\n          area\n          description\n          actions {\n            id\n            description\n            responsibleAgency\n            dueDate\n            status\n            followUpDate\n          }\n        }\n      }\n      ...FamilyRhythmFields\n      children {\n        ...ChildIdentity\n        protectedIdentity\n        consents {\n          ...ConsentFields\n        }\n        school {\n          enrolment {\n            ... on SchoolEnrolment {\n              schoolUnit\n              schoolType\n              schoolYear\n              group\n              since\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          attendance {\n            ... on SchoolAttendance {\n              from\n              to\n              offeredMinutes\n              attendedMinutes\n              validAbsenceMinutes\n              invalidAbsenceMinutes\n              absencePercent\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          supportMeasures {\n            ... on SupportMeasures {\n              items {\n                kind\n                description\n                decidedOn\n                actionProgramme\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          studentHealth {\n            ... on StudentHealthContacts {\n              items {\n                date\n                profession\n                reason\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n        socialServices {\n          cases {\n            ... on SocialCases {\n              items {\n                caseId\n                subject\n                openedOn\n                status\n                caseworker {\n                  name\n                  phone\n                }\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          interventions {\n            ... on Interventions {\n              items {\n                id\n                kind\n                label\n                startDate\n                endDate\n                provider\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n        healthCare {\n          careContacts {\n            ... on CareContacts {\n              items {\n                date\n                organisation\n                kind\n                practitionerRole\n              }\n              careTeams {\n                name\n                organisation\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          appointments {\n            ... on Appointments {\n              items {\n                start\n                organisation\n                status\n                serviceType\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          diagnoses {\n            ... on Diagnoses {\n              items {\n                code\n                display\n                recordedDate\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FamilyAccessLog($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      children {\n        personnummer\n        school {\n          accessLog {\n            ...AccessLog\n          }\n        }\n        socialServices {\n          accessLog {\n            ...AccessLog\n          }\n        }\n        healthCare {\n          accessLog {\n            ...AccessLog\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FamilyAccessLog($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      children {\n        personnummer\n        school {\n          accessLog {\n            ...AccessLog\n          }\n        }\n        socialServices {\n          accessLog {\n            ...AccessLog\n          }\n        }\n        healthCare {\n          accessLog {\n            ...AccessLog\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Me {\n    me {\n      username\n      name\n      role\n      personnummer\n      team {\n        id\n        name\n        municipality\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Me {\n    me {\n      username\n      name\n      role\n      personnummer\n      team {\n        id\n        name\n        municipality\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateFamily($input: CreateFamilyInput!) {\n    createFamily(input: $input) {\n      id\n      reference\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateFamily($input: CreateFamilyInput!) {\n    createFamily(input: $input) {\n      id\n      reference\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FamilyRhythmFields on Family {\n    meetings {\n      id\n      date\n      kind\n      agencies\n      summary\n    }\n    followUps {\n      id\n      date\n      area\n      rating\n      comment\n    }\n    attention {\n      kind\n      text\n      since\n    }\n  }\n',
): (typeof documents)['\n  fragment FamilyRhythmFields on Family {\n    meetings {\n      id\n      date\n      kind\n      agencies\n      summary\n    }\n    followUps {\n      id\n      date\n      area\n      rating\n      comment\n    }\n    attention {\n      kind\n      text\n      since\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      id\n      date\n      kind\n      agencies\n      summary\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      id\n      date\n      kind\n      agencies\n      summary\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n      date\n      area\n      rating\n      comment\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n      date\n      area\n      rating\n      comment\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FamilyRhythm($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      ...FamilyRhythmFields\n    }\n  }\n',
): (typeof documents)['\n  query FamilyRhythm($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      ...FamilyRhythmFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Teams {\n    teams {\n      id\n      name\n      municipality\n      coordinators {\n        username\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Teams {\n    teams {\n      id\n      name\n      municipality\n      coordinators {\n        username\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReassignFamily($input: ReassignFamilyInput!) {\n    reassignFamily(input: $input) {\n      familyReference\n      team {\n        id\n        name\n      }\n      coordinator {\n        username\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReassignFamily($input: ReassignFamilyInput!) {\n    reassignFamily(input: $input) {\n      familyReference\n      team {\n        id\n        name\n      }\n      coordinator {\n        username\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkList {\n    caseload {\n      id\n      reference\n      team {\n        id\n        name\n      }\n      coordinators {\n        username\n        name\n      }\n      children {\n        personnummer\n        givenName\n        familyName\n        age\n      }\n      plan {\n        status\n        nextFollowUp\n      }\n      meetings {\n        id\n        date\n        kind\n      }\n      attention {\n        kind\n        text\n        since\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkList {\n    caseload {\n      id\n      reference\n      team {\n        id\n        name\n      }\n      coordinators {\n        username\n        name\n      }\n      children {\n        personnummer\n        givenName\n        familyName\n        age\n      }\n      plan {\n        status\n        nextFollowUp\n      }\n      meetings {\n        id\n        date\n        kind\n      }\n      attention {\n        kind\n        text\n        since\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FindFamily($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n',
): (typeof documents)['\n  query FindFamily($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
