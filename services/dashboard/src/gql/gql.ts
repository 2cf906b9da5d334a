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
  '\n  fragment GuardianSections on Guardian {\n    personnummer\n    ...EmploymentSupportOfGuardian\n  }\n': typeof types.GuardianSectionsFragmentDoc;
  '\n  query AgencyActions {\n    agencyActions {\n      familyReference\n      children\n      area\n      goal\n      nextFollowUp\n      action {\n        id\n        description\n        responsibleAgency\n        dueDate\n        status\n        followUpDate\n        latestNote {\n          ...ActionNoteFields\n        }\n      }\n    }\n  }\n': typeof types.AgencyActionsDocument;
  '\n  mutation UpdateActionStatus($actionId: ID!, $status: ActionStatus!, $note: String) {\n    updateActionStatus(actionId: $actionId, status: $status, note: $note) {\n      id\n      status\n      latestNote {\n        ...ActionNoteFields\n      }\n    }\n  }\n': typeof types.UpdateActionStatusDocument;
  '\n  fragment FamilyClosingFields on FamilyClosing {\n    date\n    reason\n    reasonText\n    closedBy\n    readableUntil\n  }\n': typeof types.FamilyClosingFieldsFragmentDoc;
  '\n  mutation CloseFamily($input: CloseFamilyInput!) {\n    closeFamily(input: $input) {\n      id\n      closing {\n        ...FamilyClosingFields\n      }\n    }\n  }\n': typeof types.CloseFamilyDocument;
  '\n  mutation ReopenFamily($familyId: ID!) {\n    reopenFamily(familyId: $familyId) {\n      id\n      closing {\n        ...FamilyClosingFields\n      }\n    }\n  }\n': typeof types.ReopenFamilyDocument;
  '\n  fragment ConsentFields on Consent {\n    id\n    status\n    statusText\n    purpose\n    validFrom\n    validUntil\n    parties {\n      personnummer\n      name\n      revokedAt\n      role\n      decision\n      decidedAt\n      method\n    }\n    scope {\n      agency\n      categories\n    }\n    recipientTeams {\n      id\n      name\n      municipality\n    }\n    evidence {\n      method\n      documentRef\n    }\n    recordedAt\n    recordedBy\n    revocation {\n      at\n      reason\n    }\n    childView\n    events {\n      at\n      kind\n      actor\n    }\n  }\n': typeof types.ConsentFieldsFragmentDoc;
  '\n  fragment ChildIdentity on Child {\n    personnummer\n    givenName\n    familyName\n    birthDate\n    age\n    custody {\n      kind\n      guardians {\n        personnummer\n        givenName\n        familyName\n      }\n    }\n  }\n': typeof types.ChildIdentityFragmentDoc;
  '\n  query FamilyConsents($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n      team {\n        id\n        name\n        municipality\n      }\n      guardians {\n        personnummer\n        givenName\n        familyName\n        consents {\n          ...ConsentFields\n        }\n      }\n      children {\n        ...ChildIdentity\n        consents {\n          ...ConsentFields\n        }\n      }\n    }\n  }\n': typeof types.FamilyConsentsDocument;
  '\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n': typeof types.RecordConsentDocument;
  '\n  mutation RecordConsentDecision($input: ConsentDecisionInput!) {\n    recordConsentDecision(input: $input) {\n      ...ConsentFields\n    }\n  }\n': typeof types.RecordConsentDecisionDocument;
  '\n  mutation NarrowConsent($input: NarrowConsentInput!) {\n    narrowConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n': typeof types.NarrowConsentDocument;
  '\n  mutation RevokeConsent($input: RevokeConsentInput!) {\n    revokeConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n': typeof types.RevokeConsentDocument;
  '\n  mutation RecordChildView($input: RecordChildViewInput!) {\n    recordChildView(input: $input) {\n      ...ConsentFields\n    }\n  }\n': typeof types.RecordChildViewDocument;
  '\n  fragment ConsultationCaseFields on ConsultationCase {\n    id\n    reference\n    status\n    ageBand\n    schoolYear\n    schoolUnit\n    question\n    requestedByName\n    requestedByAgency\n    requestedAt\n    priority\n    priorityReason\n    meeting {\n      id\n      date\n    }\n    agendaPosition\n    agendaNote\n    advice {\n      agency\n      advice\n      recordedByName\n      recordedAt\n    }\n    outcome\n    outcomeNote\n    becameFamilyOn\n    history {\n      at\n      kind\n      byName\n      agency\n      priority\n      meetingDate\n      outcome\n    }\n  }\n': typeof types.ConsultationCaseFieldsFragmentDoc;
  '\n  query Consultations {\n    consultations {\n      ...ConsultationCaseFields\n    }\n    consultationMeetings {\n      id\n      date\n      team {\n        id\n        name\n      }\n      agenda {\n        id\n        reference\n      }\n    }\n    consultationTeams {\n      id\n      name\n      municipality\n    }\n  }\n': typeof types.ConsultationsDocument;
  '\n  mutation RequestConsultation($input: RequestConsultationInput!) {\n    requestConsultation(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n': typeof types.RequestConsultationDocument;
  '\n  mutation PrioritiseConsultation($input: PrioritiseConsultationInput!) {\n    prioritiseConsultation(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n': typeof types.PrioritiseConsultationDocument;
  '\n  mutation PlanConsultationMeeting($input: PlanConsultationMeetingInput!) {\n    planConsultationMeeting(input: $input) {\n      id\n      date\n    }\n  }\n': typeof types.PlanConsultationMeetingDocument;
  '\n  mutation PlaceConsultationOnAgenda($input: PlaceOnAgendaInput!) {\n    placeConsultationOnAgenda(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n': typeof types.PlaceConsultationOnAgendaDocument;
  '\n  mutation RecordConsultationAdvice($input: RecordConsultationAdviceInput!) {\n    recordConsultationAdvice(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n': typeof types.RecordConsultationAdviceDocument;
  '\n  mutation RecordConsultationOutcome($input: RecordConsultationOutcomeInput!) {\n    recordConsultationOutcome(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n': typeof types.RecordConsultationOutcomeDocument;
  '\n  query ConsultationFamily($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n': typeof types.ConsultationFamilyDocument;
  '\n  mutation LinkConsultationToFamily($input: LinkConsultationInput!) {\n    linkConsultationToFamily(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n': typeof types.LinkConsultationToFamilyDocument;
  '\n  query FamilySurvey($id: ID!) {\n    family(id: $id) {\n      id\n      surveyRounds {\n        id\n        followUpDate\n        closesOn\n        open\n        respondents {\n          kind\n          personnummer\n          name\n          answered\n          mayAnswer\n          questions {\n            id\n            text\n            required\n            options {\n              value\n              text\n            }\n          }\n          answer {\n            support\n            repeated\n            knowsWhom\n            freeText\n            submittedAt\n            submittedBy\n          }\n        }\n      }\n    }\n  }\n': typeof types.FamilySurveyDocument;
  '\n  mutation AnswerSurvey($input: SurveyAnswerInput!) {\n    answerSurvey(input: $input) {\n      support\n      repeated\n      knowsWhom\n      freeText\n      submittedAt\n    }\n  }\n': typeof types.AnswerSurveyDocument;
  '\n  query StatisticsFamilySurvey($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      familySurvey {\n        period {\n          answers {\n            ...StatisticsCount\n          }\n          guardians {\n            ...StatisticsCount\n          }\n          children {\n            ...StatisticsCount\n          }\n          support {\n            veryBad {\n              ...StatisticsCount\n            }\n            bad {\n              ...StatisticsCount\n            }\n            neither {\n              ...StatisticsCount\n            }\n            good {\n              ...StatisticsCount\n            }\n            veryGood {\n              ...StatisticsCount\n            }\n          }\n          goodSupport {\n            ...StatisticsRatio\n          }\n          repeated {\n            manyTimes {\n              ...StatisticsCount\n            }\n            sometimes {\n              ...StatisticsCount\n            }\n            no {\n              ...StatisticsCount\n            }\n          }\n          didNotRepeat {\n            ...StatisticsRatio\n          }\n          knowsWhom {\n            ...StatisticsCount\n          }\n          knowsWhomShare {\n            ...StatisticsRatio\n          }\n        }\n        byQuarter {\n          quarter\n          answers {\n            ...StatisticsCount\n          }\n          guardians {\n            ...StatisticsCount\n          }\n          children {\n            ...StatisticsCount\n          }\n          goodSupport {\n            ...StatisticsRatio\n          }\n          didNotRepeat {\n            ...StatisticsRatio\n          }\n          knowsWhomShare {\n            ...StatisticsRatio\n          }\n        }\n      }\n    }\n  }\n': typeof types.StatisticsFamilySurveyDocument;
  '\n  fragment Denied on AccessDenied {\n    reason\n    message\n  }\n': typeof types.DeniedFragmentDoc;
  '\n  fragment UnavailableSection on AgencyUnavailable {\n    kind\n  }\n': typeof types.UnavailableSectionFragmentDoc;
  '\n  fragment AccessLog on AccessLogEntry {\n    at\n    agency\n    categories\n    accessedBy\n    role\n    team\n    consentIds\n  }\n': typeof types.AccessLogFragmentDoc;
  '\n  query Family($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n      municipality\n      team {\n        id\n        name\n        municipality\n      }\n      coordinators {\n        username\n        name\n      }\n      guardians {\n        personnummer\n        givenName\n        familyName\n      }\n      closing {\n        ...FamilyClosingFields\n      }\n      ...FamilyRhythmFields\n      children {\n        ...ChildIdentity\n        protectedIdentity\n        consents {\n          ...ConsentFields\n        }\n        school {\n          enrolment {\n            ... on SchoolEnrolment {\n              schoolUnit\n              schoolType\n              schoolYear\n              group\n              since\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          attendance {\n            ... on SchoolAttendance {\n              from\n              to\n              offeredMinutes\n              attendedMinutes\n              validAbsenceMinutes\n              invalidAbsenceMinutes\n              absencePercent\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          supportMeasures {\n            ... on SupportMeasures {\n              items {\n                kind\n                description\n                decidedOn\n                actionProgramme\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          studentHealth {\n            ... on StudentHealthContacts {\n              items {\n                date\n                profession\n                reason\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n        socialServices {\n          cases {\n            ... on SocialCases {\n              items {\n                caseId\n                subject\n                openedOn\n                status\n                caseworker {\n                  name\n                  phone\n                }\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          interventions {\n            ... on Interventions {\n              items {\n                id\n                kind\n                label\n                startDate\n                endDate\n                provider\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n        healthCare {\n          careContacts {\n            ... on CareContacts {\n              items {\n                date\n                organisation\n                kind\n                practitionerRole\n              }\n              careTeams {\n                name\n                organisation\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          appointments {\n            ... on Appointments {\n              items {\n                start\n                organisation\n                status\n                serviceType\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          diagnoses {\n            ... on Diagnoses {\n              items {\n                code\n                display\n                recordedDate\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n      }\n    }\n  }\n': typeof types.FamilyDocument;
  '\n  query FamilyGuardianSections($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      guardians {\n        ...GuardianSections\n      }\n    }\n  }\n': typeof types.FamilyGuardianSectionsDocument;
  '\n  query FamilyAccessLog($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      children {\n        personnummer\n        school {\n          accessLog {\n            ...AccessLog\n          }\n        }\n        socialServices {\n          accessLog {\n            ...AccessLog\n          }\n        }\n        healthCare {\n          accessLog {\n            ...AccessLog\n          }\n        }\n      }\n    }\n  }\n': typeof types.FamilyAccessLogDocument;
  '\n  query FamilyAssignments($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      assignments {\n        at\n        kind\n        fromTeam {\n          id\n          name\n          municipality\n          municipalities\n          region\n        }\n        fromCoordinator {\n          username\n          name\n        }\n        toTeam {\n          id\n          name\n          municipality\n          municipalities\n          region\n        }\n        toCoordinator {\n          username\n          name\n        }\n        byName\n      }\n    }\n  }\n': typeof types.FamilyAssignmentsDocument;
  '\n  query Me {\n    me {\n      username\n      name\n      role\n      personnummer\n      team {\n        id\n        name\n        municipality\n      }\n    }\n  }\n': typeof types.MeDocument;
  '\n  mutation CreateFamily($input: CreateFamilyInput!) {\n    createFamily(input: $input) {\n      id\n      reference\n    }\n  }\n': typeof types.CreateFamilyDocument;
  '\n  fragment ObstacleFields on Obstacle {\n    id\n    agency\n    kind\n    description\n    occurredOn\n    recordedAt\n    recordedByRole\n    handling {\n      at\n      measure\n      byName\n    }\n  }\n': typeof types.ObstacleFieldsFragmentDoc;
  '\n  query FamilyObstacles($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      obstacles {\n        ...ObstacleFields\n      }\n    }\n  }\n': typeof types.FamilyObstaclesDocument;
  '\n  mutation RecordObstacle($input: RecordObstacleInput!) {\n    recordObstacle(input: $input) {\n      ...ObstacleFields\n    }\n  }\n': typeof types.RecordObstacleDocument;
  '\n  query ObstacleOverview($months: Int!) {\n    obstacleOverview(months: $months) {\n      municipality\n      from\n      to\n      obstacles {\n        ...ObstacleFields\n      }\n      byAgencyAndKind {\n        agency\n        kind\n        count\n        open\n      }\n      perMonth {\n        period\n        count\n        handled\n      }\n      perQuarter {\n        period\n        count\n        handled\n      }\n    }\n  }\n': typeof types.ObstacleOverviewDocument;
  '\n  mutation HandleObstacle($input: HandleObstacleInput!) {\n    handleObstacle(input: $input) {\n      ...ObstacleFields\n    }\n  }\n': typeof types.HandleObstacleDocument;
  '\n  query StatisticsObstacles($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      obstacles {\n        from\n        total {\n          ...StatisticsCount\n        }\n        handled {\n          ...StatisticsCount\n        }\n        byAgency {\n          agency\n          count {\n            ...StatisticsCount\n          }\n        }\n        byKind {\n          kind\n          count {\n            ...StatisticsCount\n          }\n        }\n      }\n    }\n  }\n': typeof types.StatisticsObstaclesDocument;
  '\n  mutation RecordParentsOccupation($input: ParentsOccupationInput!) {\n    recordParentsOccupation(input: $input) {\n      date\n      parents\n    }\n  }\n': typeof types.RecordParentsOccupationDocument;
  '\n  fragment SipPlanFields on SipPlan {\n    id\n    leadAgency\n    status\n    createdOn\n    nextFollowUp\n    version\n    participants {\n      name\n      agency\n      role\n    }\n    familyRepresentatives {\n      name\n      role\n    }\n    goals {\n      id\n      area\n      description\n      actions {\n        id\n        description\n        responsibleAgency\n        dueDate\n        status\n        followUpDate\n        latestNote {\n          ...ActionNoteFields\n        }\n      }\n    }\n  }\n': typeof types.SipPlanFieldsFragmentDoc;
  '\n  fragment ActionNoteFields on ActionStatusChange {\n    at\n    status\n    note\n    byName\n    agency\n  }\n': typeof types.ActionNoteFieldsFragmentDoc;
  '\n  mutation UpdatePlan($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      ...SipPlanFields\n    }\n  }\n': typeof types.UpdatePlanDocument;
  '\n  query FamilyPlan($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      plan {\n        ...SipPlanFields\n      }\n      attention {\n        kind\n        text\n        since\n      }\n    }\n  }\n': typeof types.FamilyPlanDocument;
  '\n  query PlanVersions($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      plan {\n        id\n        versions {\n          number\n          savedAt\n          savedByName\n          leadAgency\n          status\n          nextFollowUp\n          participants {\n            name\n            agency\n            role\n          }\n          goals {\n            id\n            area\n            description\n            actions {\n              id\n              description\n              responsibleAgency\n              dueDate\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.PlanVersionsDocument;
  '\n  query FamilyRepresentatives($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      representatives {\n        username\n        name\n        permissions\n        guardians {\n          name\n          isSelf\n          allows\n        }\n        history {\n          at\n          kind\n          permissions\n          byName\n        }\n      }\n    }\n  }\n': typeof types.FamilyRepresentativesDocument;
  '\n  query RepresentativeChoices {\n    representativeChoices {\n      username\n      name\n    }\n  }\n': typeof types.RepresentativeChoicesDocument;
  '\n  mutation GiveRepresentative($input: GiveRepresentativeInput!) {\n    giveRepresentative(input: $input) {\n      username\n      permissions\n    }\n  }\n': typeof types.GiveRepresentativeDocument;
  '\n  mutation WithdrawRepresentative($familyId: ID!, $representative: String!) {\n    withdrawRepresentative(familyId: $familyId, representative: $representative) {\n      username\n      permissions\n    }\n  }\n': typeof types.WithdrawRepresentativeDocument;
  '\n  query RepresentedFamilies {\n    representedFamilies {\n      id\n      reference\n      teamName\n      municipality\n      coordinators\n      permissions\n      children\n      closedOn\n      plan {\n        id\n        leadAgency\n        status\n        nextFollowUp\n        participants {\n          name\n          role\n          agency\n        }\n        familyRepresentatives {\n          name\n          role\n        }\n        goals {\n          id\n          area\n          description\n          actions {\n            id\n            description\n            responsibleAgency\n            dueDate\n            status\n          }\n        }\n      }\n      meetings {\n        id\n        date\n        time\n        kind\n        place\n        summary\n      }\n      obstacles {\n        ...ObstacleFields\n      }\n      contacts {\n        ...FamilyContactFields\n      }\n    }\n  }\n': typeof types.RepresentedFamiliesDocument;
  '\n  fragment MeetingFields on Meeting {\n    id\n    date\n    time\n    endTime\n    place\n    kind\n    agencies\n    summary\n    calendarFile\n  }\n': typeof types.MeetingFieldsFragmentDoc;
  '\n  fragment FamilyRhythmFields on Family {\n    meetings {\n      ...MeetingFields\n    }\n    followUps {\n      id\n      date\n      area\n      rating\n      comment\n    }\n    attention {\n      kind\n      text\n      since\n    }\n  }\n': typeof types.FamilyRhythmFieldsFragmentDoc;
  '\n  mutation RecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n': typeof types.RecordMeetingDocument;
  '\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n      date\n      area\n      rating\n      comment\n    }\n  }\n': typeof types.RecordFollowUpDocument;
  '\n  query FamilyRhythm($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      ...FamilyRhythmFields\n    }\n  }\n': typeof types.FamilyRhythmDocument;
  '\n  fragment StatisticsCount on Count {\n    value\n    suppressed\n    reason\n    perturbed\n  }\n': typeof types.StatisticsCountFragmentDoc;
  '\n  fragment StatisticsRatio on Ratio {\n    value\n    suppressed\n    reason\n    perturbed\n  }\n': typeof types.StatisticsRatioFragmentDoc;
  '\n  fragment StatisticsApplied on Statistics {\n    from\n    to\n    municipality\n    teamId\n    threshold\n  }\n': typeof types.StatisticsAppliedFragmentDoc;
  '\n  fragment StatisticsConsentCounts on ConsentCounts {\n    active {\n      ...StatisticsCount\n    }\n    pending {\n      ...StatisticsCount\n    }\n    expired {\n      ...StatisticsCount\n    }\n    revoked {\n      ...StatisticsCount\n    }\n    total {\n      ...StatisticsCount\n    }\n  }\n': typeof types.StatisticsConsentCountsFragmentDoc;
  '\n  fragment StatisticsOccupationCounts on OccupationCounts {\n    work {\n      ...StatisticsCount\n    }\n    studies {\n      ...StatisticsCount\n    }\n    sickLeave {\n      ...StatisticsCount\n    }\n    unemployed {\n      ...StatisticsCount\n    }\n    other {\n      ...StatisticsCount\n    }\n    total {\n      ...StatisticsCount\n    }\n  }\n': typeof types.StatisticsOccupationCountsFragmentDoc;
  '\n  query StatisticsFamilies($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      families {\n        started {\n          ...StatisticsCount\n        }\n        ongoing {\n          ...StatisticsCount\n        }\n        closed {\n          ...StatisticsCount\n        }\n      }\n      children {\n        started {\n          ...StatisticsCount\n        }\n        ongoing {\n          ...StatisticsCount\n        }\n        closed {\n          ...StatisticsCount\n        }\n      }\n    }\n  }\n': typeof types.StatisticsFamiliesDocument;
  '\n  query StatisticsConsentsByPurpose($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      consents {\n        all {\n          ...StatisticsConsentCounts\n        }\n        byPurpose {\n          purpose\n          counts {\n            ...StatisticsConsentCounts\n          }\n        }\n      }\n    }\n  }\n': typeof types.StatisticsConsentsByPurposeDocument;
  '\n  query StatisticsConsentsByAgency($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      consents {\n        byAgency {\n          agency\n          counts {\n            ...StatisticsConsentCounts\n          }\n        }\n      }\n    }\n  }\n': typeof types.StatisticsConsentsByAgencyDocument;
  '\n  query StatisticsWaiting($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      daysToFirstMeeting {\n        families {\n          ...StatisticsCount\n        }\n        mean {\n          ...StatisticsRatio\n        }\n        median {\n          ...StatisticsRatio\n        }\n      }\n      daysToAgreedSip {\n        families {\n          ...StatisticsCount\n        }\n        mean {\n          ...StatisticsRatio\n        }\n        median {\n          ...StatisticsRatio\n        }\n      }\n    }\n  }\n': typeof types.StatisticsWaitingDocument;
  '\n  query StatisticsMeetings($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      meetingsPerMonth {\n        month\n        coordination {\n          ...StatisticsCount\n        }\n        sip {\n          ...StatisticsCount\n        }\n        followUp {\n          ...StatisticsCount\n        }\n        jointHomeVisit {\n          ...StatisticsCount\n        }\n        checkIn {\n          ...StatisticsCount\n        }\n        total {\n          ...StatisticsCount\n        }\n        perFamily {\n          ...StatisticsRatio\n        }\n      }\n    }\n  }\n': typeof types.StatisticsMeetingsDocument;
  '\n  query StatisticsRatings($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      followUpRatings {\n        area\n        families {\n          ...StatisticsCount\n        }\n        atStart {\n          ...StatisticsRatio\n        }\n        followedUp {\n          ...StatisticsCount\n        }\n        latest {\n          ...StatisticsRatio\n        }\n        change {\n          ...StatisticsRatio\n        }\n      }\n    }\n  }\n': typeof types.StatisticsRatingsDocument;
  '\n  query StatisticsOccupation($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      parentsOccupation {\n        atStart {\n          ...StatisticsOccupationCounts\n        }\n        latest {\n          ...StatisticsOccupationCounts\n        }\n        notWorkingAtStart {\n          ...StatisticsCount\n        }\n        backInWorkOrStudies {\n          ...StatisticsRatio\n        }\n      }\n    }\n  }\n': typeof types.StatisticsOccupationDocument;
  '\n  query StatisticsSchoolAbsence($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      school {\n        children {\n          ...StatisticsCount\n        }\n        absenceByTermSinceStart {\n          termsSinceStart\n          children {\n            ...StatisticsCount\n          }\n          absencePercent {\n            ...StatisticsRatio\n          }\n        }\n      }\n    }\n  }\n': typeof types.StatisticsSchoolAbsenceDocument;
  '\n  query StatisticsSchoolSupport($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      school {\n        supportMeasures {\n          children {\n            ...StatisticsCount\n          }\n          byKind {\n            kind\n            atStart {\n              ...StatisticsCount\n            }\n            shareAtStart {\n              ...StatisticsRatio\n            }\n            atEnd {\n              ...StatisticsCount\n            }\n            shareAtEnd {\n              ...StatisticsRatio\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.StatisticsSchoolSupportDocument;
  '\n  query StatisticsInterventions($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      socialServices {\n        children {\n          ...StatisticsCount\n        }\n        interventionsByKind {\n          kind\n          children {\n            ...StatisticsCount\n          }\n          interventions {\n            ...StatisticsCount\n          }\n          meanDays {\n            ...StatisticsRatio\n          }\n        }\n      }\n    }\n  }\n': typeof types.StatisticsInterventionsDocument;
  '\n  query StatisticsCareContacts($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      healthCare {\n        children {\n          ...StatisticsCount\n        }\n        careContactsByYear {\n          year\n          from\n          to\n          childrenWithoutContact {\n            ...StatisticsCount\n          }\n          byUnitType {\n            unitType\n            children {\n              ...StatisticsCount\n            }\n            contacts {\n              ...StatisticsCount\n            }\n            contactsPerChild {\n              ...StatisticsRatio\n            }\n          }\n        }\n      }\n    }\n  }\n': typeof types.StatisticsCareContactsDocument;
  '\n  fragment SupportServiceFields on SupportService {\n    id\n    organisation\n    municipalities\n    agency\n    name\n    offers\n    forWhom\n    contact {\n      phone\n      email\n      web\n      visitingAddress\n    }\n    openingHours {\n      day\n      opens\n      closes\n    }\n    openingNote\n    openNow\n    reviewedOn\n    reviewedByName\n    retiredOn\n  }\n': typeof types.SupportServiceFieldsFragmentDoc;
  '\n  query SupportCatalogue($search: SupportSearch) {\n    supportCatalogue(search: $search) {\n      ...SupportServiceFields\n    }\n    supportMunicipalities\n  }\n': typeof types.SupportCatalogueDocument;
  '\n  query SupportServiceChanges($id: ID!) {\n    supportService(id: $id) {\n      id\n      changes {\n        version\n        at\n        kind\n        byName\n      }\n    }\n  }\n': typeof types.SupportServiceChangesDocument;
  '\n  mutation AddSupportService($input: SupportServiceInput!) {\n    addSupportService(input: $input) {\n      ...SupportServiceFields\n    }\n  }\n': typeof types.AddSupportServiceDocument;
  '\n  mutation UpdateSupportService($id: ID!, $input: SupportServiceInput!) {\n    updateSupportService(id: $id, input: $input) {\n      ...SupportServiceFields\n    }\n  }\n': typeof types.UpdateSupportServiceDocument;
  '\n  mutation RetireSupportService($id: ID!) {\n    retireSupportService(id: $id) {\n      id\n      retiredOn\n    }\n  }\n': typeof types.RetireSupportServiceDocument;
  '\n  fragment FamilyContactFields on FamilyContact {\n    id\n    about\n    addedAt\n    addedByName\n    person {\n      name\n      role\n      organisation\n      agency\n      phone\n      email\n    }\n    service {\n      ...SupportServiceFields\n    }\n  }\n': typeof types.FamilyContactFieldsFragmentDoc;
  '\n  query FamilyContacts($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      contacts {\n        ...FamilyContactFields\n      }\n    }\n  }\n': typeof types.FamilyContactsDocument;
  '\n  query CatalogueChoices {\n    supportCatalogue {\n      id\n      name\n      organisation\n    }\n  }\n': typeof types.CatalogueChoicesDocument;
  '\n  mutation AddFamilyContact($input: FamilyContactInput!) {\n    addFamilyContact(input: $input) {\n      id\n    }\n  }\n': typeof types.AddFamilyContactDocument;
  '\n  mutation RemoveFamilyContact($id: ID!) {\n    removeFamilyContact(id: $id)\n  }\n': typeof types.RemoveFamilyContactDocument;
  '\n  query Teams {\n    teams {\n      id\n      name\n      municipality\n      municipalities\n      region\n      coordinators {\n        username\n        name\n      }\n    }\n  }\n': typeof types.TeamsDocument;
  '\n  mutation ReassignFamily($input: ReassignFamilyInput!) {\n    reassignFamily(input: $input) {\n      familyReference\n      team {\n        id\n        name\n      }\n      coordinator {\n        username\n        name\n      }\n    }\n  }\n': typeof types.ReassignFamilyDocument;
  '\n  query MyOrganisation {\n    myOrganisation {\n      kind\n      name\n      municipalities\n      teams {\n        id\n        name\n        municipality\n        municipalities\n      }\n    }\n  }\n': typeof types.MyOrganisationDocument;
  '\n  query TeamAreas {\n    teams {\n      id\n      municipalities\n      region\n    }\n    caseload {\n      id\n      municipality\n    }\n  }\n': typeof types.TeamAreasDocument;
  '\n  query MyTeamAreas {\n    me {\n      username\n      team {\n        id\n        municipalities\n      }\n    }\n  }\n': typeof types.MyTeamAreasDocument;
  '\n  query WorkList {\n    caseload {\n      id\n      reference\n      municipality\n      team {\n        id\n        name\n      }\n      coordinators {\n        username\n        name\n      }\n      children {\n        personnummer\n        givenName\n        familyName\n        age\n      }\n      plan {\n        status\n        nextFollowUp\n      }\n      meetings {\n        id\n        date\n        time\n        kind\n      }\n      attention {\n        kind\n        text\n        since\n      }\n    }\n  }\n': typeof types.WorkListDocument;
  '\n  query FindFamily($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n': typeof types.FindFamilyDocument;
  '\n  query SearchFamilies($text: String!) {\n    searchFamilies(text: $text) {\n      id\n      reference\n      children {\n        personnummer\n        givenName\n        familyName\n        age\n      }\n    }\n  }\n': typeof types.SearchFamiliesDocument;
  '\n  fragment EmploymentSupportOfGuardian on Guardian {\n    employmentSupport {\n      labourMarketMeasures {\n        ... on LabourMarketMeasures {\n          enrolledOn\n          dischargedOn\n          dischargeReason\n          caseworker {\n            name\n            phone\n          }\n          items {\n            kind\n            label\n            startDate\n            plannedEndDate\n            endDate\n            status\n            coach {\n              name\n              phone\n            }\n          }\n        }\n        ...Denied\n        ...UnavailableSection\n      }\n      occupationStatus {\n        ... on OccupationStatusHistory {\n          periods {\n            status\n            label\n            from\n            to\n          }\n        }\n        ...Denied\n        ...UnavailableSection\n      }\n    }\n  }\n': typeof types.EmploymentSupportOfGuardianFragmentDoc;
};
const documents: Documents = {
  '\n  fragment GuardianSections on Guardian {\n    personnummer\n    ...EmploymentSupportOfGuardian\n  }\n': types.GuardianSectionsFragmentDoc,
  '\n  query AgencyActions {\n    agencyActions {\n      familyReference\n      children\n      area\n      goal\n      nextFollowUp\n      action {\n        id\n        description\n        responsibleAgency\n        dueDate\n        status\n        followUpDate\n        latestNote {\n          ...ActionNoteFields\n        }\n      }\n    }\n  }\n':
    types.AgencyActionsDocument,
  '\n  mutation UpdateActionStatus($actionId: ID!, $status: ActionStatus!, $note: String) {\n    updateActionStatus(actionId: $actionId, status: $status, note: $note) {\n      id\n      status\n      latestNote {\n        ...ActionNoteFields\n      }\n    }\n  }\n':
    types.UpdateActionStatusDocument,
  '\n  fragment FamilyClosingFields on FamilyClosing {\n    date\n    reason\n    reasonText\n    closedBy\n    readableUntil\n  }\n': types.FamilyClosingFieldsFragmentDoc,
  '\n  mutation CloseFamily($input: CloseFamilyInput!) {\n    closeFamily(input: $input) {\n      id\n      closing {\n        ...FamilyClosingFields\n      }\n    }\n  }\n':
    types.CloseFamilyDocument,
  '\n  mutation ReopenFamily($familyId: ID!) {\n    reopenFamily(familyId: $familyId) {\n      id\n      closing {\n        ...FamilyClosingFields\n      }\n    }\n  }\n': types.ReopenFamilyDocument,
  '\n  fragment ConsentFields on Consent {\n    id\n    status\n    statusText\n    purpose\n    validFrom\n    validUntil\n    parties {\n      personnummer\n      name\n      revokedAt\n      role\n      decision\n      decidedAt\n      method\n    }\n    scope {\n      agency\n      categories\n    }\n    recipientTeams {\n      id\n      name\n      municipality\n    }\n    evidence {\n      method\n      documentRef\n    }\n    recordedAt\n    recordedBy\n    revocation {\n      at\n      reason\n    }\n    childView\n    events {\n      at\n      kind\n      actor\n    }\n  }\n':
    types.ConsentFieldsFragmentDoc,
  '\n  fragment ChildIdentity on Child {\n    personnummer\n    givenName\n    familyName\n    birthDate\n    age\n    custody {\n      kind\n      guardians {\n        personnummer\n        givenName\n        familyName\n      }\n    }\n  }\n':
    types.ChildIdentityFragmentDoc,
  '\n  query FamilyConsents($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n      team {\n        id\n        name\n        municipality\n      }\n      guardians {\n        personnummer\n        givenName\n        familyName\n        consents {\n          ...ConsentFields\n        }\n      }\n      children {\n        ...ChildIdentity\n        consents {\n          ...ConsentFields\n        }\n      }\n    }\n  }\n':
    types.FamilyConsentsDocument,
  '\n  mutation RecordConsent($input: RecordConsentInput!) {\n    recordConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n': types.RecordConsentDocument,
  '\n  mutation RecordConsentDecision($input: ConsentDecisionInput!) {\n    recordConsentDecision(input: $input) {\n      ...ConsentFields\n    }\n  }\n': types.RecordConsentDecisionDocument,
  '\n  mutation NarrowConsent($input: NarrowConsentInput!) {\n    narrowConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n': types.NarrowConsentDocument,
  '\n  mutation RevokeConsent($input: RevokeConsentInput!) {\n    revokeConsent(input: $input) {\n      ...ConsentFields\n    }\n  }\n': types.RevokeConsentDocument,
  '\n  mutation RecordChildView($input: RecordChildViewInput!) {\n    recordChildView(input: $input) {\n      ...ConsentFields\n    }\n  }\n': types.RecordChildViewDocument,
  '\n  fragment ConsultationCaseFields on ConsultationCase {\n    id\n    reference\n    status\n    ageBand\n    schoolYear\n    schoolUnit\n    question\n    requestedByName\n    requestedByAgency\n    requestedAt\n    priority\n    priorityReason\n    meeting {\n      id\n      date\n    }\n    agendaPosition\n    agendaNote\n    advice {\n      agency\n      advice\n      recordedByName\n      recordedAt\n    }\n    outcome\n    outcomeNote\n    becameFamilyOn\n    history {\n      at\n      kind\n      byName\n      agency\n      priority\n      meetingDate\n      outcome\n    }\n  }\n':
    types.ConsultationCaseFieldsFragmentDoc,
  '\n  query Consultations {\n    consultations {\n      ...ConsultationCaseFields\n    }\n    consultationMeetings {\n      id\n      date\n      team {\n        id\n        name\n      }\n      agenda {\n        id\n        reference\n      }\n    }\n    consultationTeams {\n      id\n      name\n      municipality\n    }\n  }\n':
    types.ConsultationsDocument,
  '\n  mutation RequestConsultation($input: RequestConsultationInput!) {\n    requestConsultation(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n': types.RequestConsultationDocument,
  '\n  mutation PrioritiseConsultation($input: PrioritiseConsultationInput!) {\n    prioritiseConsultation(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n':
    types.PrioritiseConsultationDocument,
  '\n  mutation PlanConsultationMeeting($input: PlanConsultationMeetingInput!) {\n    planConsultationMeeting(input: $input) {\n      id\n      date\n    }\n  }\n':
    types.PlanConsultationMeetingDocument,
  '\n  mutation PlaceConsultationOnAgenda($input: PlaceOnAgendaInput!) {\n    placeConsultationOnAgenda(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n':
    types.PlaceConsultationOnAgendaDocument,
  '\n  mutation RecordConsultationAdvice($input: RecordConsultationAdviceInput!) {\n    recordConsultationAdvice(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n':
    types.RecordConsultationAdviceDocument,
  '\n  mutation RecordConsultationOutcome($input: RecordConsultationOutcomeInput!) {\n    recordConsultationOutcome(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n':
    types.RecordConsultationOutcomeDocument,
  '\n  query ConsultationFamily($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n': types.ConsultationFamilyDocument,
  '\n  mutation LinkConsultationToFamily($input: LinkConsultationInput!) {\n    linkConsultationToFamily(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n':
    types.LinkConsultationToFamilyDocument,
  '\n  query FamilySurvey($id: ID!) {\n    family(id: $id) {\n      id\n      surveyRounds {\n        id\n        followUpDate\n        closesOn\n        open\n        respondents {\n          kind\n          personnummer\n          name\n          answered\n          mayAnswer\n          questions {\n            id\n            text\n            required\n            options {\n              value\n              text\n            }\n          }\n          answer {\n            support\n            repeated\n            knowsWhom\n            freeText\n            submittedAt\n            submittedBy\n          }\n        }\n      }\n    }\n  }\n':
    types.FamilySurveyDocument,
  '\n  mutation AnswerSurvey($input: SurveyAnswerInput!) {\n    answerSurvey(input: $input) {\n      support\n      repeated\n      knowsWhom\n      freeText\n      submittedAt\n    }\n  }\n':
    types.AnswerSurveyDocument,
  '\n  query StatisticsFamilySurvey($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      familySurvey {\n        period {\n          answers {\n            ...StatisticsCount\n          }\n          guardians {\n            ...StatisticsCount\n          }\n          children {\n            ...StatisticsCount\n          }\n          support {\n            veryBad {\n              ...StatisticsCount\n            }\n            bad {\n              ...StatisticsCount\n            }\n            neither {\n              ...StatisticsCount\n            }\n            good {\n              ...StatisticsCount\n            }\n            veryGood {\n              ...StatisticsCount\n            }\n          }\n          goodSupport {\n            ...StatisticsRatio\n          }\n          repeated {\n            manyTimes {\n              ...StatisticsCount\n            }\n            sometimes {\n              ...StatisticsCount\n            }\n            no {\n              ...StatisticsCount\n            }\n          }\n          didNotRepeat {\n            ...StatisticsRatio\n          }\n          knowsWhom {\n            ...StatisticsCount\n          }\n          knowsWhomShare {\n            ...StatisticsRatio\n          }\n        }\n        byQuarter {\n          quarter\n          answers {\n            ...StatisticsCount\n          }\n          guardians {\n            ...StatisticsCount\n          }\n          children {\n            ...StatisticsCount\n          }\n          goodSupport {\n            ...StatisticsRatio\n          }\n          didNotRepeat {\n            ...StatisticsRatio\n          }\n          knowsWhomShare {\n            ...StatisticsRatio\n          }\n        }\n      }\n    }\n  }\n':
    types.StatisticsFamilySurveyDocument,
  '\n  fragment Denied on AccessDenied {\n    reason\n    message\n  }\n': types.DeniedFragmentDoc,
  '\n  fragment UnavailableSection on AgencyUnavailable {\n    kind\n  }\n': types.UnavailableSectionFragmentDoc,
  '\n  fragment AccessLog on AccessLogEntry {\n    at\n    agency\n    categories\n    accessedBy\n    role\n    team\n    consentIds\n  }\n': types.AccessLogFragmentDoc,
  '\n  query Family($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n      municipality\n      team {\n        id\n        name\n        municipality\n      }\n      coordinators {\n        username\n        name\n      }\n      guardians {\n        personnummer\n        givenName\n        familyName\n      }\n      closing {\n        ...FamilyClosingFields\n      }\n      ...FamilyRhythmFields\n      children {\n        ...ChildIdentity\n        protectedIdentity\n        consents {\n          ...ConsentFields\n        }\n        school {\n          enrolment {\n            ... on SchoolEnrolment {\n              schoolUnit\n              schoolType\n              schoolYear\n              group\n              since\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          attendance {\n            ... on SchoolAttendance {\n              from\n              to\n              offeredMinutes\n              attendedMinutes\n              validAbsenceMinutes\n              invalidAbsenceMinutes\n              absencePercent\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          supportMeasures {\n            ... on SupportMeasures {\n              items {\n                kind\n                description\n                decidedOn\n                actionProgramme\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          studentHealth {\n            ... on StudentHealthContacts {\n              items {\n                date\n                profession\n                reason\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n        socialServices {\n          cases {\n            ... on SocialCases {\n              items {\n                caseId\n                subject\n                openedOn\n                status\n                caseworker {\n                  name\n                  phone\n                }\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          interventions {\n            ... on Interventions {\n              items {\n                id\n                kind\n                label\n                startDate\n                endDate\n                provider\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n        healthCare {\n          careContacts {\n            ... on CareContacts {\n              items {\n                date\n                organisation\n                kind\n                practitionerRole\n              }\n              careTeams {\n                name\n                organisation\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          appointments {\n            ... on Appointments {\n              items {\n                start\n                organisation\n                status\n                serviceType\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          diagnoses {\n            ... on Diagnoses {\n              items {\n                code\n                display\n                recordedDate\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n      }\n    }\n  }\n':
    types.FamilyDocument,
  '\n  query FamilyGuardianSections($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      guardians {\n        ...GuardianSections\n      }\n    }\n  }\n':
    types.FamilyGuardianSectionsDocument,
  '\n  query FamilyAccessLog($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      children {\n        personnummer\n        school {\n          accessLog {\n            ...AccessLog\n          }\n        }\n        socialServices {\n          accessLog {\n            ...AccessLog\n          }\n        }\n        healthCare {\n          accessLog {\n            ...AccessLog\n          }\n        }\n      }\n    }\n  }\n':
    types.FamilyAccessLogDocument,
  '\n  query FamilyAssignments($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      assignments {\n        at\n        kind\n        fromTeam {\n          id\n          name\n          municipality\n          municipalities\n          region\n        }\n        fromCoordinator {\n          username\n          name\n        }\n        toTeam {\n          id\n          name\n          municipality\n          municipalities\n          region\n        }\n        toCoordinator {\n          username\n          name\n        }\n        byName\n      }\n    }\n  }\n':
    types.FamilyAssignmentsDocument,
  '\n  query Me {\n    me {\n      username\n      name\n      role\n      personnummer\n      team {\n        id\n        name\n        municipality\n      }\n    }\n  }\n': types.MeDocument,
  '\n  mutation CreateFamily($input: CreateFamilyInput!) {\n    createFamily(input: $input) {\n      id\n      reference\n    }\n  }\n': types.CreateFamilyDocument,
  '\n  fragment ObstacleFields on Obstacle {\n    id\n    agency\n    kind\n    description\n    occurredOn\n    recordedAt\n    recordedByRole\n    handling {\n      at\n      measure\n      byName\n    }\n  }\n':
    types.ObstacleFieldsFragmentDoc,
  '\n  query FamilyObstacles($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      obstacles {\n        ...ObstacleFields\n      }\n    }\n  }\n':
    types.FamilyObstaclesDocument,
  '\n  mutation RecordObstacle($input: RecordObstacleInput!) {\n    recordObstacle(input: $input) {\n      ...ObstacleFields\n    }\n  }\n': types.RecordObstacleDocument,
  '\n  query ObstacleOverview($months: Int!) {\n    obstacleOverview(months: $months) {\n      municipality\n      from\n      to\n      obstacles {\n        ...ObstacleFields\n      }\n      byAgencyAndKind {\n        agency\n        kind\n        count\n        open\n      }\n      perMonth {\n        period\n        count\n        handled\n      }\n      perQuarter {\n        period\n        count\n        handled\n      }\n    }\n  }\n':
    types.ObstacleOverviewDocument,
  '\n  mutation HandleObstacle($input: HandleObstacleInput!) {\n    handleObstacle(input: $input) {\n      ...ObstacleFields\n    }\n  }\n': types.HandleObstacleDocument,
  '\n  query StatisticsObstacles($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      obstacles {\n        from\n        total {\n          ...StatisticsCount\n        }\n        handled {\n          ...StatisticsCount\n        }\n        byAgency {\n          agency\n          count {\n            ...StatisticsCount\n          }\n        }\n        byKind {\n          kind\n          count {\n            ...StatisticsCount\n          }\n        }\n      }\n    }\n  }\n':
    types.StatisticsObstaclesDocument,
  '\n  mutation RecordParentsOccupation($input: ParentsOccupationInput!) {\n    recordParentsOccupation(input: $input) {\n      date\n      parents\n    }\n  }\n':
    types.RecordParentsOccupationDocument,
  '\n  fragment SipPlanFields on SipPlan {\n    id\n    leadAgency\n    status\n    createdOn\n    nextFollowUp\n    version\n    participants {\n      name\n      agency\n      role\n    }\n    familyRepresentatives {\n      name\n      role\n    }\n    goals {\n      id\n      area\n      description\n      actions {\n        id\n        description\n        responsibleAgency\n        dueDate\n        status\n        followUpDate\n        latestNote {\n          ...ActionNoteFields\n        }\n      }\n    }\n  }\n':
    types.SipPlanFieldsFragmentDoc,
  '\n  fragment ActionNoteFields on ActionStatusChange {\n    at\n    status\n    note\n    byName\n    agency\n  }\n': types.ActionNoteFieldsFragmentDoc,
  '\n  mutation UpdatePlan($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      ...SipPlanFields\n    }\n  }\n': types.UpdatePlanDocument,
  '\n  query FamilyPlan($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      plan {\n        ...SipPlanFields\n      }\n      attention {\n        kind\n        text\n        since\n      }\n    }\n  }\n':
    types.FamilyPlanDocument,
  '\n  query PlanVersions($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      plan {\n        id\n        versions {\n          number\n          savedAt\n          savedByName\n          leadAgency\n          status\n          nextFollowUp\n          participants {\n            name\n            agency\n            role\n          }\n          goals {\n            id\n            area\n            description\n            actions {\n              id\n              description\n              responsibleAgency\n              dueDate\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.PlanVersionsDocument,
  '\n  query FamilyRepresentatives($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      representatives {\n        username\n        name\n        permissions\n        guardians {\n          name\n          isSelf\n          allows\n        }\n        history {\n          at\n          kind\n          permissions\n          byName\n        }\n      }\n    }\n  }\n':
    types.FamilyRepresentativesDocument,
  '\n  query RepresentativeChoices {\n    representativeChoices {\n      username\n      name\n    }\n  }\n': types.RepresentativeChoicesDocument,
  '\n  mutation GiveRepresentative($input: GiveRepresentativeInput!) {\n    giveRepresentative(input: $input) {\n      username\n      permissions\n    }\n  }\n': types.GiveRepresentativeDocument,
  '\n  mutation WithdrawRepresentative($familyId: ID!, $representative: String!) {\n    withdrawRepresentative(familyId: $familyId, representative: $representative) {\n      username\n      permissions\n    }\n  }\n':
    types.WithdrawRepresentativeDocument,
  '\n  query RepresentedFamilies {\n    representedFamilies {\n      id\n      reference\n      teamName\n      municipality\n      coordinators\n      permissions\n      children\n      closedOn\n      plan {\n        id\n        leadAgency\n        status\n        nextFollowUp\n        participants {\n          name\n          role\n          agency\n        }\n        familyRepresentatives {\n          name\n          role\n        }\n        goals {\n          id\n          area\n          description\n          actions {\n            id\n            description\n            responsibleAgency\n            dueDate\n            status\n          }\n        }\n      }\n      meetings {\n        id\n        date\n        time\n        kind\n        place\n        summary\n      }\n      obstacles {\n        ...ObstacleFields\n      }\n      contacts {\n        ...FamilyContactFields\n      }\n    }\n  }\n':
    types.RepresentedFamiliesDocument,
  '\n  fragment MeetingFields on Meeting {\n    id\n    date\n    time\n    endTime\n    place\n    kind\n    agencies\n    summary\n    calendarFile\n  }\n': types.MeetingFieldsFragmentDoc,
  '\n  fragment FamilyRhythmFields on Family {\n    meetings {\n      ...MeetingFields\n    }\n    followUps {\n      id\n      date\n      area\n      rating\n      comment\n    }\n    attention {\n      kind\n      text\n      since\n    }\n  }\n':
    types.FamilyRhythmFieldsFragmentDoc,
  '\n  mutation RecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n': types.RecordMeetingDocument,
  '\n  mutation RecordFollowUp($input: RecordFollowUpInput!) {\n    recordFollowUp(input: $input) {\n      id\n      date\n      area\n      rating\n      comment\n    }\n  }\n':
    types.RecordFollowUpDocument,
  '\n  query FamilyRhythm($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      ...FamilyRhythmFields\n    }\n  }\n': types.FamilyRhythmDocument,
  '\n  fragment StatisticsCount on Count {\n    value\n    suppressed\n    reason\n    perturbed\n  }\n': types.StatisticsCountFragmentDoc,
  '\n  fragment StatisticsRatio on Ratio {\n    value\n    suppressed\n    reason\n    perturbed\n  }\n': types.StatisticsRatioFragmentDoc,
  '\n  fragment StatisticsApplied on Statistics {\n    from\n    to\n    municipality\n    teamId\n    threshold\n  }\n': types.StatisticsAppliedFragmentDoc,
  '\n  fragment StatisticsConsentCounts on ConsentCounts {\n    active {\n      ...StatisticsCount\n    }\n    pending {\n      ...StatisticsCount\n    }\n    expired {\n      ...StatisticsCount\n    }\n    revoked {\n      ...StatisticsCount\n    }\n    total {\n      ...StatisticsCount\n    }\n  }\n':
    types.StatisticsConsentCountsFragmentDoc,
  '\n  fragment StatisticsOccupationCounts on OccupationCounts {\n    work {\n      ...StatisticsCount\n    }\n    studies {\n      ...StatisticsCount\n    }\n    sickLeave {\n      ...StatisticsCount\n    }\n    unemployed {\n      ...StatisticsCount\n    }\n    other {\n      ...StatisticsCount\n    }\n    total {\n      ...StatisticsCount\n    }\n  }\n':
    types.StatisticsOccupationCountsFragmentDoc,
  '\n  query StatisticsFamilies($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      families {\n        started {\n          ...StatisticsCount\n        }\n        ongoing {\n          ...StatisticsCount\n        }\n        closed {\n          ...StatisticsCount\n        }\n      }\n      children {\n        started {\n          ...StatisticsCount\n        }\n        ongoing {\n          ...StatisticsCount\n        }\n        closed {\n          ...StatisticsCount\n        }\n      }\n    }\n  }\n':
    types.StatisticsFamiliesDocument,
  '\n  query StatisticsConsentsByPurpose($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      consents {\n        all {\n          ...StatisticsConsentCounts\n        }\n        byPurpose {\n          purpose\n          counts {\n            ...StatisticsConsentCounts\n          }\n        }\n      }\n    }\n  }\n':
    types.StatisticsConsentsByPurposeDocument,
  '\n  query StatisticsConsentsByAgency($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      consents {\n        byAgency {\n          agency\n          counts {\n            ...StatisticsConsentCounts\n          }\n        }\n      }\n    }\n  }\n':
    types.StatisticsConsentsByAgencyDocument,
  '\n  query StatisticsWaiting($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      daysToFirstMeeting {\n        families {\n          ...StatisticsCount\n        }\n        mean {\n          ...StatisticsRatio\n        }\n        median {\n          ...StatisticsRatio\n        }\n      }\n      daysToAgreedSip {\n        families {\n          ...StatisticsCount\n        }\n        mean {\n          ...StatisticsRatio\n        }\n        median {\n          ...StatisticsRatio\n        }\n      }\n    }\n  }\n':
    types.StatisticsWaitingDocument,
  '\n  query StatisticsMeetings($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      meetingsPerMonth {\n        month\n        coordination {\n          ...StatisticsCount\n        }\n        sip {\n          ...StatisticsCount\n        }\n        followUp {\n          ...StatisticsCount\n        }\n        jointHomeVisit {\n          ...StatisticsCount\n        }\n        checkIn {\n          ...StatisticsCount\n        }\n        total {\n          ...StatisticsCount\n        }\n        perFamily {\n          ...StatisticsRatio\n        }\n      }\n    }\n  }\n':
    types.StatisticsMeetingsDocument,
  '\n  query StatisticsRatings($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      followUpRatings {\n        area\n        families {\n          ...StatisticsCount\n        }\n        atStart {\n          ...StatisticsRatio\n        }\n        followedUp {\n          ...StatisticsCount\n        }\n        latest {\n          ...StatisticsRatio\n        }\n        change {\n          ...StatisticsRatio\n        }\n      }\n    }\n  }\n':
    types.StatisticsRatingsDocument,
  '\n  query StatisticsOccupation($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      parentsOccupation {\n        atStart {\n          ...StatisticsOccupationCounts\n        }\n        latest {\n          ...StatisticsOccupationCounts\n        }\n        notWorkingAtStart {\n          ...StatisticsCount\n        }\n        backInWorkOrStudies {\n          ...StatisticsRatio\n        }\n      }\n    }\n  }\n':
    types.StatisticsOccupationDocument,
  '\n  query StatisticsSchoolAbsence($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      school {\n        children {\n          ...StatisticsCount\n        }\n        absenceByTermSinceStart {\n          termsSinceStart\n          children {\n            ...StatisticsCount\n          }\n          absencePercent {\n            ...StatisticsRatio\n          }\n        }\n      }\n    }\n  }\n':
    types.StatisticsSchoolAbsenceDocument,
  '\n  query StatisticsSchoolSupport($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      school {\n        supportMeasures {\n          children {\n            ...StatisticsCount\n          }\n          byKind {\n            kind\n            atStart {\n              ...StatisticsCount\n            }\n            shareAtStart {\n              ...StatisticsRatio\n            }\n            atEnd {\n              ...StatisticsCount\n            }\n            shareAtEnd {\n              ...StatisticsRatio\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.StatisticsSchoolSupportDocument,
  '\n  query StatisticsInterventions($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      socialServices {\n        children {\n          ...StatisticsCount\n        }\n        interventionsByKind {\n          kind\n          children {\n            ...StatisticsCount\n          }\n          interventions {\n            ...StatisticsCount\n          }\n          meanDays {\n            ...StatisticsRatio\n          }\n        }\n      }\n    }\n  }\n':
    types.StatisticsInterventionsDocument,
  '\n  query StatisticsCareContacts($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      healthCare {\n        children {\n          ...StatisticsCount\n        }\n        careContactsByYear {\n          year\n          from\n          to\n          childrenWithoutContact {\n            ...StatisticsCount\n          }\n          byUnitType {\n            unitType\n            children {\n              ...StatisticsCount\n            }\n            contacts {\n              ...StatisticsCount\n            }\n            contactsPerChild {\n              ...StatisticsRatio\n            }\n          }\n        }\n      }\n    }\n  }\n':
    types.StatisticsCareContactsDocument,
  '\n  fragment SupportServiceFields on SupportService {\n    id\n    organisation\n    municipalities\n    agency\n    name\n    offers\n    forWhom\n    contact {\n      phone\n      email\n      web\n      visitingAddress\n    }\n    openingHours {\n      day\n      opens\n      closes\n    }\n    openingNote\n    openNow\n    reviewedOn\n    reviewedByName\n    retiredOn\n  }\n':
    types.SupportServiceFieldsFragmentDoc,
  '\n  query SupportCatalogue($search: SupportSearch) {\n    supportCatalogue(search: $search) {\n      ...SupportServiceFields\n    }\n    supportMunicipalities\n  }\n':
    types.SupportCatalogueDocument,
  '\n  query SupportServiceChanges($id: ID!) {\n    supportService(id: $id) {\n      id\n      changes {\n        version\n        at\n        kind\n        byName\n      }\n    }\n  }\n':
    types.SupportServiceChangesDocument,
  '\n  mutation AddSupportService($input: SupportServiceInput!) {\n    addSupportService(input: $input) {\n      ...SupportServiceFields\n    }\n  }\n': types.AddSupportServiceDocument,
  '\n  mutation UpdateSupportService($id: ID!, $input: SupportServiceInput!) {\n    updateSupportService(id: $id, input: $input) {\n      ...SupportServiceFields\n    }\n  }\n':
    types.UpdateSupportServiceDocument,
  '\n  mutation RetireSupportService($id: ID!) {\n    retireSupportService(id: $id) {\n      id\n      retiredOn\n    }\n  }\n': types.RetireSupportServiceDocument,
  '\n  fragment FamilyContactFields on FamilyContact {\n    id\n    about\n    addedAt\n    addedByName\n    person {\n      name\n      role\n      organisation\n      agency\n      phone\n      email\n    }\n    service {\n      ...SupportServiceFields\n    }\n  }\n':
    types.FamilyContactFieldsFragmentDoc,
  '\n  query FamilyContacts($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      contacts {\n        ...FamilyContactFields\n      }\n    }\n  }\n':
    types.FamilyContactsDocument,
  '\n  query CatalogueChoices {\n    supportCatalogue {\n      id\n      name\n      organisation\n    }\n  }\n': types.CatalogueChoicesDocument,
  '\n  mutation AddFamilyContact($input: FamilyContactInput!) {\n    addFamilyContact(input: $input) {\n      id\n    }\n  }\n': types.AddFamilyContactDocument,
  '\n  mutation RemoveFamilyContact($id: ID!) {\n    removeFamilyContact(id: $id)\n  }\n': types.RemoveFamilyContactDocument,
  '\n  query Teams {\n    teams {\n      id\n      name\n      municipality\n      municipalities\n      region\n      coordinators {\n        username\n        name\n      }\n    }\n  }\n':
    types.TeamsDocument,
  '\n  mutation ReassignFamily($input: ReassignFamilyInput!) {\n    reassignFamily(input: $input) {\n      familyReference\n      team {\n        id\n        name\n      }\n      coordinator {\n        username\n        name\n      }\n    }\n  }\n':
    types.ReassignFamilyDocument,
  '\n  query MyOrganisation {\n    myOrganisation {\n      kind\n      name\n      municipalities\n      teams {\n        id\n        name\n        municipality\n        municipalities\n      }\n    }\n  }\n':
    types.MyOrganisationDocument,
  '\n  query TeamAreas {\n    teams {\n      id\n      municipalities\n      region\n    }\n    caseload {\n      id\n      municipality\n    }\n  }\n': types.TeamAreasDocument,
  '\n  query MyTeamAreas {\n    me {\n      username\n      team {\n        id\n        municipalities\n      }\n    }\n  }\n': types.MyTeamAreasDocument,
  '\n  query WorkList {\n    caseload {\n      id\n      reference\n      municipality\n      team {\n        id\n        name\n      }\n      coordinators {\n        username\n        name\n      }\n      children {\n        personnummer\n        givenName\n        familyName\n        age\n      }\n      plan {\n        status\n        nextFollowUp\n      }\n      meetings {\n        id\n        date\n        time\n        kind\n      }\n      attention {\n        kind\n        text\n        since\n      }\n    }\n  }\n':
    types.WorkListDocument,
  '\n  query FindFamily($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n': types.FindFamilyDocument,
  '\n  query SearchFamilies($text: String!) {\n    searchFamilies(text: $text) {\n      id\n      reference\n      children {\n        personnummer\n        givenName\n        familyName\n        age\n      }\n    }\n  }\n':
    types.SearchFamiliesDocument,
  '\n  fragment EmploymentSupportOfGuardian on Guardian {\n    employmentSupport {\n      labourMarketMeasures {\n        ... on LabourMarketMeasures {\n          enrolledOn\n          dischargedOn\n          dischargeReason\n          caseworker {\n            name\n            phone\n          }\n          items {\n            kind\n            label\n            startDate\n            plannedEndDate\n            endDate\n            status\n            coach {\n              name\n              phone\n            }\n          }\n        }\n        ...Denied\n        ...UnavailableSection\n      }\n      occupationStatus {\n        ... on OccupationStatusHistory {\n          periods {\n            status\n            label\n            from\n            to\n          }\n        }\n        ...Denied\n        ...UnavailableSection\n      }\n    }\n  }\n':
    types.EmploymentSupportOfGuardianFragmentDoc,
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
  source: '\n  fragment GuardianSections on Guardian {\n    personnummer\n    ...EmploymentSupportOfGuardian\n  }\n',
): (typeof documents)['\n  fragment GuardianSections on Guardian {\n    personnummer\n    ...EmploymentSupportOfGuardian\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AgencyActions {\n    agencyActions {\n      familyReference\n      children\n      area\n      goal\n      nextFollowUp\n      action {\n        id\n        description\n        responsibleAgency\n        dueDate\n        status\n        followUpDate\n        latestNote {\n          ...ActionNoteFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AgencyActions {\n    agencyActions {\n      familyReference\n      children\n      area\n      goal\n      nextFollowUp\n      action {\n        id\n        description\n        responsibleAgency\n        dueDate\n        status\n        followUpDate\n        latestNote {\n          ...ActionNoteFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateActionStatus($actionId: ID!, $status: ActionStatus!, $note: String) {\n    updateActionStatus(actionId: $actionId, status: $status, note: $note) {\n      id\n      status\n      latestNote {\n        ...ActionNoteFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateActionStatus($actionId: ID!, $status: ActionStatus!, $note: String) {\n    updateActionStatus(actionId: $actionId, status: $status, note: $note) {\n      id\n      status\n      latestNote {\n        ...ActionNoteFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FamilyClosingFields on FamilyClosing {\n    date\n    reason\n    reasonText\n    closedBy\n    readableUntil\n  }\n',
): (typeof documents)['\n  fragment FamilyClosingFields on FamilyClosing {\n    date\n    reason\n    reasonText\n    closedBy\n    readableUntil\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CloseFamily($input: CloseFamilyInput!) {\n    closeFamily(input: $input) {\n      id\n      closing {\n        ...FamilyClosingFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CloseFamily($input: CloseFamilyInput!) {\n    closeFamily(input: $input) {\n      id\n      closing {\n        ...FamilyClosingFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReopenFamily($familyId: ID!) {\n    reopenFamily(familyId: $familyId) {\n      id\n      closing {\n        ...FamilyClosingFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReopenFamily($familyId: ID!) {\n    reopenFamily(familyId: $familyId) {\n      id\n      closing {\n        ...FamilyClosingFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ConsentFields on Consent {\n    id\n    status\n    statusText\n    purpose\n    validFrom\n    validUntil\n    parties {\n      personnummer\n      name\n      revokedAt\n      role\n      decision\n      decidedAt\n      method\n    }\n    scope {\n      agency\n      categories\n    }\n    recipientTeams {\n      id\n      name\n      municipality\n    }\n    evidence {\n      method\n      documentRef\n    }\n    recordedAt\n    recordedBy\n    revocation {\n      at\n      reason\n    }\n    childView\n    events {\n      at\n      kind\n      actor\n    }\n  }\n',
): (typeof documents)['\n  fragment ConsentFields on Consent {\n    id\n    status\n    statusText\n    purpose\n    validFrom\n    validUntil\n    parties {\n      personnummer\n      name\n      revokedAt\n      role\n      decision\n      decidedAt\n      method\n    }\n    scope {\n      agency\n      categories\n    }\n    recipientTeams {\n      id\n      name\n      municipality\n    }\n    evidence {\n      method\n      documentRef\n    }\n    recordedAt\n    recordedBy\n    revocation {\n      at\n      reason\n    }\n    childView\n    events {\n      at\n      kind\n      actor\n    }\n  }\n'];
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
  source: '\n  query FamilyConsents($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n      team {\n        id\n        name\n        municipality\n      }\n      guardians {\n        personnummer\n        givenName\n        familyName\n        consents {\n          ...ConsentFields\n        }\n      }\n      children {\n        ...ChildIdentity\n        consents {\n          ...ConsentFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FamilyConsents($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n      team {\n        id\n        name\n        municipality\n      }\n      guardians {\n        personnummer\n        givenName\n        familyName\n        consents {\n          ...ConsentFields\n        }\n      }\n      children {\n        ...ChildIdentity\n        consents {\n          ...ConsentFields\n        }\n      }\n    }\n  }\n'];
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
export function graphql(
  source: '\n  fragment ConsultationCaseFields on ConsultationCase {\n    id\n    reference\n    status\n    ageBand\n    schoolYear\n    schoolUnit\n    question\n    requestedByName\n    requestedByAgency\n    requestedAt\n    priority\n    priorityReason\n    meeting {\n      id\n      date\n    }\n    agendaPosition\n    agendaNote\n    advice {\n      agency\n      advice\n      recordedByName\n      recordedAt\n    }\n    outcome\n    outcomeNote\n    becameFamilyOn\n    history {\n      at\n      kind\n      byName\n      agency\n      priority\n      meetingDate\n      outcome\n    }\n  }\n',
): (typeof documents)['\n  fragment ConsultationCaseFields on ConsultationCase {\n    id\n    reference\n    status\n    ageBand\n    schoolYear\n    schoolUnit\n    question\n    requestedByName\n    requestedByAgency\n    requestedAt\n    priority\n    priorityReason\n    meeting {\n      id\n      date\n    }\n    agendaPosition\n    agendaNote\n    advice {\n      agency\n      advice\n      recordedByName\n      recordedAt\n    }\n    outcome\n    outcomeNote\n    becameFamilyOn\n    history {\n      at\n      kind\n      byName\n      agency\n      priority\n      meetingDate\n      outcome\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Consultations {\n    consultations {\n      ...ConsultationCaseFields\n    }\n    consultationMeetings {\n      id\n      date\n      team {\n        id\n        name\n      }\n      agenda {\n        id\n        reference\n      }\n    }\n    consultationTeams {\n      id\n      name\n      municipality\n    }\n  }\n',
): (typeof documents)['\n  query Consultations {\n    consultations {\n      ...ConsultationCaseFields\n    }\n    consultationMeetings {\n      id\n      date\n      team {\n        id\n        name\n      }\n      agenda {\n        id\n        reference\n      }\n    }\n    consultationTeams {\n      id\n      name\n      municipality\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestConsultation($input: RequestConsultationInput!) {\n    requestConsultation(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RequestConsultation($input: RequestConsultationInput!) {\n    requestConsultation(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PrioritiseConsultation($input: PrioritiseConsultationInput!) {\n    prioritiseConsultation(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PrioritiseConsultation($input: PrioritiseConsultationInput!) {\n    prioritiseConsultation(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlanConsultationMeeting($input: PlanConsultationMeetingInput!) {\n    planConsultationMeeting(input: $input) {\n      id\n      date\n    }\n  }\n',
): (typeof documents)['\n  mutation PlanConsultationMeeting($input: PlanConsultationMeetingInput!) {\n    planConsultationMeeting(input: $input) {\n      id\n      date\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PlaceConsultationOnAgenda($input: PlaceOnAgendaInput!) {\n    placeConsultationOnAgenda(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n',
): (typeof documents)['\n  mutation PlaceConsultationOnAgenda($input: PlaceOnAgendaInput!) {\n    placeConsultationOnAgenda(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordConsultationAdvice($input: RecordConsultationAdviceInput!) {\n    recordConsultationAdvice(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordConsultationAdvice($input: RecordConsultationAdviceInput!) {\n    recordConsultationAdvice(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordConsultationOutcome($input: RecordConsultationOutcomeInput!) {\n    recordConsultationOutcome(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordConsultationOutcome($input: RecordConsultationOutcomeInput!) {\n    recordConsultationOutcome(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ConsultationFamily($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n',
): (typeof documents)['\n  query ConsultationFamily($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation LinkConsultationToFamily($input: LinkConsultationInput!) {\n    linkConsultationToFamily(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n',
): (typeof documents)['\n  mutation LinkConsultationToFamily($input: LinkConsultationInput!) {\n    linkConsultationToFamily(input: $input) {\n      ...ConsultationCaseFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FamilySurvey($id: ID!) {\n    family(id: $id) {\n      id\n      surveyRounds {\n        id\n        followUpDate\n        closesOn\n        open\n        respondents {\n          kind\n          personnummer\n          name\n          answered\n          mayAnswer\n          questions {\n            id\n            text\n            required\n            options {\n              value\n              text\n            }\n          }\n          answer {\n            support\n            repeated\n            knowsWhom\n            freeText\n            submittedAt\n            submittedBy\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FamilySurvey($id: ID!) {\n    family(id: $id) {\n      id\n      surveyRounds {\n        id\n        followUpDate\n        closesOn\n        open\n        respondents {\n          kind\n          personnummer\n          name\n          answered\n          mayAnswer\n          questions {\n            id\n            text\n            required\n            options {\n              value\n              text\n            }\n          }\n          answer {\n            support\n            repeated\n            knowsWhom\n            freeText\n            submittedAt\n            submittedBy\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AnswerSurvey($input: SurveyAnswerInput!) {\n    answerSurvey(input: $input) {\n      support\n      repeated\n      knowsWhom\n      freeText\n      submittedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation AnswerSurvey($input: SurveyAnswerInput!) {\n    answerSurvey(input: $input) {\n      support\n      repeated\n      knowsWhom\n      freeText\n      submittedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatisticsFamilySurvey($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      familySurvey {\n        period {\n          answers {\n            ...StatisticsCount\n          }\n          guardians {\n            ...StatisticsCount\n          }\n          children {\n            ...StatisticsCount\n          }\n          support {\n            veryBad {\n              ...StatisticsCount\n            }\n            bad {\n              ...StatisticsCount\n            }\n            neither {\n              ...StatisticsCount\n            }\n            good {\n              ...StatisticsCount\n            }\n            veryGood {\n              ...StatisticsCount\n            }\n          }\n          goodSupport {\n            ...StatisticsRatio\n          }\n          repeated {\n            manyTimes {\n              ...StatisticsCount\n            }\n            sometimes {\n              ...StatisticsCount\n            }\n            no {\n              ...StatisticsCount\n            }\n          }\n          didNotRepeat {\n            ...StatisticsRatio\n          }\n          knowsWhom {\n            ...StatisticsCount\n          }\n          knowsWhomShare {\n            ...StatisticsRatio\n          }\n        }\n        byQuarter {\n          quarter\n          answers {\n            ...StatisticsCount\n          }\n          guardians {\n            ...StatisticsCount\n          }\n          children {\n            ...StatisticsCount\n          }\n          goodSupport {\n            ...StatisticsRatio\n          }\n          didNotRepeat {\n            ...StatisticsRatio\n          }\n          knowsWhomShare {\n            ...StatisticsRatio\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StatisticsFamilySurvey($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      familySurvey {\n        period {\n          answers {\n            ...StatisticsCount\n          }\n          guardians {\n            ...StatisticsCount\n          }\n          children {\n            ...StatisticsCount\n          }\n          support {\n            veryBad {\n              ...StatisticsCount\n            }\n            bad {\n              ...StatisticsCount\n            }\n            neither {\n              ...StatisticsCount\n            }\n            good {\n              ...StatisticsCount\n            }\n            veryGood {\n              ...StatisticsCount\n            }\n          }\n          goodSupport {\n            ...StatisticsRatio\n          }\n          repeated {\n            manyTimes {\n              ...StatisticsCount\n            }\n            sometimes {\n              ...StatisticsCount\n            }\n            no {\n              ...StatisticsCount\n            }\n          }\n          didNotRepeat {\n            ...StatisticsRatio\n          }\n          knowsWhom {\n            ...StatisticsCount\n          }\n          knowsWhomShare {\n            ...StatisticsRatio\n          }\n        }\n        byQuarter {\n          quarter\n          answers {\n            ...StatisticsCount\n          }\n          guardians {\n            ...StatisticsCount\n          }\n          children {\n            ...StatisticsCount\n          }\n          goodSupport {\n            ...StatisticsRatio\n          }\n          didNotRepeat {\n            ...StatisticsRatio\n          }\n          knowsWhomShare {\n            ...StatisticsRatio\n          }\n        }\n      }\n    }\n  }\n'];
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
  source: '\n  query Family($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n      municipality\n      team {\n        id\n        name\n        municipality\n      }\n      coordinators {\n        username\n        name\n      }\n      guardians {\n        personnummer\n        givenName\n        familyName\n      }\n      closing {\n        ...FamilyClosingFields\n      }\n      ...FamilyRhythmFields\n      children {\n        ...ChildIdentity\n        protectedIdentity\n        consents {\n          ...ConsentFields\n        }\n        school {\n          enrolment {\n            ... on SchoolEnrolment {\n              schoolUnit\n              schoolType\n              schoolYear\n              group\n              since\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          attendance {\n            ... on SchoolAttendance {\n              from\n              to\n              offeredMinutes\n              attendedMinutes\n              validAbsenceMinutes\n              invalidAbsenceMinutes\n              absencePercent\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          supportMeasures {\n            ... on SupportMeasures {\n              items {\n                kind\n                description\n                decidedOn\n                actionProgramme\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          studentHealth {\n            ... on StudentHealthContacts {\n              items {\n                date\n                profession\n                reason\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n        socialServices {\n          cases {\n            ... on SocialCases {\n              items {\n                caseId\n                subject\n                openedOn\n                status\n                caseworker {\n                  name\n                  phone\n                }\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          interventions {\n            ... on Interventions {\n              items {\n                id\n                kind\n                label\n                startDate\n                endDate\n                provider\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n        healthCare {\n          careContacts {\n            ... on CareContacts {\n              items {\n                date\n                organisation\n                kind\n                practitionerRole\n              }\n              careTeams {\n                name\n                organisation\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          appointments {\n            ... on Appointments {\n              items {\n                start\n                organisation\n                status\n                serviceType\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          diagnoses {\n            ... on Diagnoses {\n              items {\n                code\n                display\n                recordedDate\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Family($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n      municipality\n      team {\n        id\n        name\n        municipality\n      }\n      coordinators {\n        username\n        name\n      }\n      guardians {\n        personnummer\n        givenName\n        familyName\n      }\n      closing {\n        ...FamilyClosingFields\n      }\n      ...FamilyRhythmFields\n      children {\n        ...ChildIdentity\n        protectedIdentity\n        consents {\n          ...ConsentFields\n        }\n        school {\n          enrolment {\n            ... on SchoolEnrolment {\n              schoolUnit\n              schoolType\n              schoolYear\n              group\n              since\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          attendance {\n            ... on SchoolAttendance {\n              from\n              to\n              offeredMinutes\n              attendedMinutes\n              validAbsenceMinutes\n              invalidAbsenceMinutes\n              absencePercent\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          supportMeasures {\n            ... on SupportMeasures {\n              items {\n                kind\n                description\n                decidedOn\n                actionProgramme\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          studentHealth {\n            ... on StudentHealthContacts {\n              items {\n                date\n                profession\n                reason\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n        socialServices {\n          cases {\n            ... on SocialCases {\n              items {\n                caseId\n                subject\n                openedOn\n                status\n                caseworker {\n                  name\n                  phone\n                }\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          interventions {\n            ... on Interventions {\n              items {\n                id\n                kind\n                label\n                startDate\n                endDate\n                provider\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n        healthCare {\n          careContacts {\n            ... on CareContacts {\n              items {\n                date\n                organisation\n                kind\n                practitionerRole\n              }\n              careTeams {\n                name\n                organisation\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          appointments {\n            ... on Appointments {\n              items {\n                start\n                organisation\n                status\n                serviceType\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n          diagnoses {\n            ... on Diagnoses {\n              items {\n                code\n                display\n                recordedDate\n              }\n            }\n            ...Denied\n            ...UnavailableSection\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FamilyGuardianSections($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      guardians {\n        ...GuardianSections\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FamilyGuardianSections($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      guardians {\n        ...GuardianSections\n      }\n    }\n  }\n'];
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
  source: '\n  query FamilyAssignments($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      assignments {\n        at\n        kind\n        fromTeam {\n          id\n          name\n          municipality\n          municipalities\n          region\n        }\n        fromCoordinator {\n          username\n          name\n        }\n        toTeam {\n          id\n          name\n          municipality\n          municipalities\n          region\n        }\n        toCoordinator {\n          username\n          name\n        }\n        byName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FamilyAssignments($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      assignments {\n        at\n        kind\n        fromTeam {\n          id\n          name\n          municipality\n          municipalities\n          region\n        }\n        fromCoordinator {\n          username\n          name\n        }\n        toTeam {\n          id\n          name\n          municipality\n          municipalities\n          region\n        }\n        toCoordinator {\n          username\n          name\n        }\n        byName\n      }\n    }\n  }\n'];
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
  source: '\n  fragment ObstacleFields on Obstacle {\n    id\n    agency\n    kind\n    description\n    occurredOn\n    recordedAt\n    recordedByRole\n    handling {\n      at\n      measure\n      byName\n    }\n  }\n',
): (typeof documents)['\n  fragment ObstacleFields on Obstacle {\n    id\n    agency\n    kind\n    description\n    occurredOn\n    recordedAt\n    recordedByRole\n    handling {\n      at\n      measure\n      byName\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FamilyObstacles($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      obstacles {\n        ...ObstacleFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FamilyObstacles($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      obstacles {\n        ...ObstacleFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordObstacle($input: RecordObstacleInput!) {\n    recordObstacle(input: $input) {\n      ...ObstacleFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordObstacle($input: RecordObstacleInput!) {\n    recordObstacle(input: $input) {\n      ...ObstacleFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ObstacleOverview($months: Int!) {\n    obstacleOverview(months: $months) {\n      municipality\n      from\n      to\n      obstacles {\n        ...ObstacleFields\n      }\n      byAgencyAndKind {\n        agency\n        kind\n        count\n        open\n      }\n      perMonth {\n        period\n        count\n        handled\n      }\n      perQuarter {\n        period\n        count\n        handled\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ObstacleOverview($months: Int!) {\n    obstacleOverview(months: $months) {\n      municipality\n      from\n      to\n      obstacles {\n        ...ObstacleFields\n      }\n      byAgencyAndKind {\n        agency\n        kind\n        count\n        open\n      }\n      perMonth {\n        period\n        count\n        handled\n      }\n      perQuarter {\n        period\n        count\n        handled\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation HandleObstacle($input: HandleObstacleInput!) {\n    handleObstacle(input: $input) {\n      ...ObstacleFields\n    }\n  }\n',
): (typeof documents)['\n  mutation HandleObstacle($input: HandleObstacleInput!) {\n    handleObstacle(input: $input) {\n      ...ObstacleFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatisticsObstacles($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      obstacles {\n        from\n        total {\n          ...StatisticsCount\n        }\n        handled {\n          ...StatisticsCount\n        }\n        byAgency {\n          agency\n          count {\n            ...StatisticsCount\n          }\n        }\n        byKind {\n          kind\n          count {\n            ...StatisticsCount\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StatisticsObstacles($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      obstacles {\n        from\n        total {\n          ...StatisticsCount\n        }\n        handled {\n          ...StatisticsCount\n        }\n        byAgency {\n          agency\n          count {\n            ...StatisticsCount\n          }\n        }\n        byKind {\n          kind\n          count {\n            ...StatisticsCount\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordParentsOccupation($input: ParentsOccupationInput!) {\n    recordParentsOccupation(input: $input) {\n      date\n      parents\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordParentsOccupation($input: ParentsOccupationInput!) {\n    recordParentsOccupation(input: $input) {\n      date\n      parents\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SipPlanFields on SipPlan {\n    id\n    leadAgency\n    status\n    createdOn\n    nextFollowUp\n    version\n    participants {\n      name\n      agency\n      role\n    }\n    familyRepresentatives {\n      name\n      role\n    }\n    goals {\n      id\n      area\n      description\n      actions {\n        id\n        description\n        responsibleAgency\n        dueDate\n        status\n        followUpDate\n        latestNote {\n          ...ActionNoteFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment SipPlanFields on SipPlan {\n    id\n    leadAgency\n    status\n    createdOn\n    nextFollowUp\n    version\n    participants {\n      name\n      agency\n      role\n    }\n    familyRepresentatives {\n      name\n      role\n    }\n    goals {\n      id\n      area\n      description\n      actions {\n        id\n        description\n        responsibleAgency\n        dueDate\n        status\n        followUpDate\n        latestNote {\n          ...ActionNoteFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ActionNoteFields on ActionStatusChange {\n    at\n    status\n    note\n    byName\n    agency\n  }\n',
): (typeof documents)['\n  fragment ActionNoteFields on ActionStatusChange {\n    at\n    status\n    note\n    byName\n    agency\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdatePlan($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      ...SipPlanFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdatePlan($input: UpdatePlanInput!) {\n    updatePlan(input: $input) {\n      ...SipPlanFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FamilyPlan($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      plan {\n        ...SipPlanFields\n      }\n      attention {\n        kind\n        text\n        since\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FamilyPlan($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      plan {\n        ...SipPlanFields\n      }\n      attention {\n        kind\n        text\n        since\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanVersions($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      plan {\n        id\n        versions {\n          number\n          savedAt\n          savedByName\n          leadAgency\n          status\n          nextFollowUp\n          participants {\n            name\n            agency\n            role\n          }\n          goals {\n            id\n            area\n            description\n            actions {\n              id\n              description\n              responsibleAgency\n              dueDate\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlanVersions($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      plan {\n        id\n        versions {\n          number\n          savedAt\n          savedByName\n          leadAgency\n          status\n          nextFollowUp\n          participants {\n            name\n            agency\n            role\n          }\n          goals {\n            id\n            area\n            description\n            actions {\n              id\n              description\n              responsibleAgency\n              dueDate\n              status\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FamilyRepresentatives($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      representatives {\n        username\n        name\n        permissions\n        guardians {\n          name\n          isSelf\n          allows\n        }\n        history {\n          at\n          kind\n          permissions\n          byName\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FamilyRepresentatives($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      representatives {\n        username\n        name\n        permissions\n        guardians {\n          name\n          isSelf\n          allows\n        }\n        history {\n          at\n          kind\n          permissions\n          byName\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RepresentativeChoices {\n    representativeChoices {\n      username\n      name\n    }\n  }\n',
): (typeof documents)['\n  query RepresentativeChoices {\n    representativeChoices {\n      username\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation GiveRepresentative($input: GiveRepresentativeInput!) {\n    giveRepresentative(input: $input) {\n      username\n      permissions\n    }\n  }\n',
): (typeof documents)['\n  mutation GiveRepresentative($input: GiveRepresentativeInput!) {\n    giveRepresentative(input: $input) {\n      username\n      permissions\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation WithdrawRepresentative($familyId: ID!, $representative: String!) {\n    withdrawRepresentative(familyId: $familyId, representative: $representative) {\n      username\n      permissions\n    }\n  }\n',
): (typeof documents)['\n  mutation WithdrawRepresentative($familyId: ID!, $representative: String!) {\n    withdrawRepresentative(familyId: $familyId, representative: $representative) {\n      username\n      permissions\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RepresentedFamilies {\n    representedFamilies {\n      id\n      reference\n      teamName\n      municipality\n      coordinators\n      permissions\n      children\n      closedOn\n      plan {\n        id\n        leadAgency\n        status\n        nextFollowUp\n        participants {\n          name\n          role\n          agency\n        }\n        familyRepresentatives {\n          name\n          role\n        }\n        goals {\n          id\n          area\n          description\n          actions {\n            id\n            description\n            responsibleAgency\n            dueDate\n            status\n          }\n        }\n      }\n      meetings {\n        id\n        date\n        time\n        kind\n        place\n        summary\n      }\n      obstacles {\n        ...ObstacleFields\n      }\n      contacts {\n        ...FamilyContactFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query RepresentedFamilies {\n    representedFamilies {\n      id\n      reference\n      teamName\n      municipality\n      coordinators\n      permissions\n      children\n      closedOn\n      plan {\n        id\n        leadAgency\n        status\n        nextFollowUp\n        participants {\n          name\n          role\n          agency\n        }\n        familyRepresentatives {\n          name\n          role\n        }\n        goals {\n          id\n          area\n          description\n          actions {\n            id\n            description\n            responsibleAgency\n            dueDate\n            status\n          }\n        }\n      }\n      meetings {\n        id\n        date\n        time\n        kind\n        place\n        summary\n      }\n      obstacles {\n        ...ObstacleFields\n      }\n      contacts {\n        ...FamilyContactFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment MeetingFields on Meeting {\n    id\n    date\n    time\n    endTime\n    place\n    kind\n    agencies\n    summary\n    calendarFile\n  }\n',
): (typeof documents)['\n  fragment MeetingFields on Meeting {\n    id\n    date\n    time\n    endTime\n    place\n    kind\n    agencies\n    summary\n    calendarFile\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FamilyRhythmFields on Family {\n    meetings {\n      ...MeetingFields\n    }\n    followUps {\n      id\n      date\n      area\n      rating\n      comment\n    }\n    attention {\n      kind\n      text\n      since\n    }\n  }\n',
): (typeof documents)['\n  fragment FamilyRhythmFields on Family {\n    meetings {\n      ...MeetingFields\n    }\n    followUps {\n      id\n      date\n      area\n      rating\n      comment\n    }\n    attention {\n      kind\n      text\n      since\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordMeeting($input: RecordMeetingInput!) {\n    recordMeeting(input: $input) {\n      ...MeetingFields\n    }\n  }\n'];
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
  source: '\n  fragment StatisticsCount on Count {\n    value\n    suppressed\n    reason\n    perturbed\n  }\n',
): (typeof documents)['\n  fragment StatisticsCount on Count {\n    value\n    suppressed\n    reason\n    perturbed\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StatisticsRatio on Ratio {\n    value\n    suppressed\n    reason\n    perturbed\n  }\n',
): (typeof documents)['\n  fragment StatisticsRatio on Ratio {\n    value\n    suppressed\n    reason\n    perturbed\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StatisticsApplied on Statistics {\n    from\n    to\n    municipality\n    teamId\n    threshold\n  }\n',
): (typeof documents)['\n  fragment StatisticsApplied on Statistics {\n    from\n    to\n    municipality\n    teamId\n    threshold\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StatisticsConsentCounts on ConsentCounts {\n    active {\n      ...StatisticsCount\n    }\n    pending {\n      ...StatisticsCount\n    }\n    expired {\n      ...StatisticsCount\n    }\n    revoked {\n      ...StatisticsCount\n    }\n    total {\n      ...StatisticsCount\n    }\n  }\n',
): (typeof documents)['\n  fragment StatisticsConsentCounts on ConsentCounts {\n    active {\n      ...StatisticsCount\n    }\n    pending {\n      ...StatisticsCount\n    }\n    expired {\n      ...StatisticsCount\n    }\n    revoked {\n      ...StatisticsCount\n    }\n    total {\n      ...StatisticsCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StatisticsOccupationCounts on OccupationCounts {\n    work {\n      ...StatisticsCount\n    }\n    studies {\n      ...StatisticsCount\n    }\n    sickLeave {\n      ...StatisticsCount\n    }\n    unemployed {\n      ...StatisticsCount\n    }\n    other {\n      ...StatisticsCount\n    }\n    total {\n      ...StatisticsCount\n    }\n  }\n',
): (typeof documents)['\n  fragment StatisticsOccupationCounts on OccupationCounts {\n    work {\n      ...StatisticsCount\n    }\n    studies {\n      ...StatisticsCount\n    }\n    sickLeave {\n      ...StatisticsCount\n    }\n    unemployed {\n      ...StatisticsCount\n    }\n    other {\n      ...StatisticsCount\n    }\n    total {\n      ...StatisticsCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatisticsFamilies($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      families {\n        started {\n          ...StatisticsCount\n        }\n        ongoing {\n          ...StatisticsCount\n        }\n        closed {\n          ...StatisticsCount\n        }\n      }\n      children {\n        started {\n          ...StatisticsCount\n        }\n        ongoing {\n          ...StatisticsCount\n        }\n        closed {\n          ...StatisticsCount\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StatisticsFamilies($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      families {\n        started {\n          ...StatisticsCount\n        }\n        ongoing {\n          ...StatisticsCount\n        }\n        closed {\n          ...StatisticsCount\n        }\n      }\n      children {\n        started {\n          ...StatisticsCount\n        }\n        ongoing {\n          ...StatisticsCount\n        }\n        closed {\n          ...StatisticsCount\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatisticsConsentsByPurpose($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      consents {\n        all {\n          ...StatisticsConsentCounts\n        }\n        byPurpose {\n          purpose\n          counts {\n            ...StatisticsConsentCounts\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StatisticsConsentsByPurpose($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      consents {\n        all {\n          ...StatisticsConsentCounts\n        }\n        byPurpose {\n          purpose\n          counts {\n            ...StatisticsConsentCounts\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatisticsConsentsByAgency($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      consents {\n        byAgency {\n          agency\n          counts {\n            ...StatisticsConsentCounts\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StatisticsConsentsByAgency($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      consents {\n        byAgency {\n          agency\n          counts {\n            ...StatisticsConsentCounts\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatisticsWaiting($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      daysToFirstMeeting {\n        families {\n          ...StatisticsCount\n        }\n        mean {\n          ...StatisticsRatio\n        }\n        median {\n          ...StatisticsRatio\n        }\n      }\n      daysToAgreedSip {\n        families {\n          ...StatisticsCount\n        }\n        mean {\n          ...StatisticsRatio\n        }\n        median {\n          ...StatisticsRatio\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StatisticsWaiting($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      daysToFirstMeeting {\n        families {\n          ...StatisticsCount\n        }\n        mean {\n          ...StatisticsRatio\n        }\n        median {\n          ...StatisticsRatio\n        }\n      }\n      daysToAgreedSip {\n        families {\n          ...StatisticsCount\n        }\n        mean {\n          ...StatisticsRatio\n        }\n        median {\n          ...StatisticsRatio\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatisticsMeetings($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      meetingsPerMonth {\n        month\n        coordination {\n          ...StatisticsCount\n        }\n        sip {\n          ...StatisticsCount\n        }\n        followUp {\n          ...StatisticsCount\n        }\n        jointHomeVisit {\n          ...StatisticsCount\n        }\n        checkIn {\n          ...StatisticsCount\n        }\n        total {\n          ...StatisticsCount\n        }\n        perFamily {\n          ...StatisticsRatio\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StatisticsMeetings($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      meetingsPerMonth {\n        month\n        coordination {\n          ...StatisticsCount\n        }\n        sip {\n          ...StatisticsCount\n        }\n        followUp {\n          ...StatisticsCount\n        }\n        jointHomeVisit {\n          ...StatisticsCount\n        }\n        checkIn {\n          ...StatisticsCount\n        }\n        total {\n          ...StatisticsCount\n        }\n        perFamily {\n          ...StatisticsRatio\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatisticsRatings($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      followUpRatings {\n        area\n        families {\n          ...StatisticsCount\n        }\n        atStart {\n          ...StatisticsRatio\n        }\n        followedUp {\n          ...StatisticsCount\n        }\n        latest {\n          ...StatisticsRatio\n        }\n        change {\n          ...StatisticsRatio\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StatisticsRatings($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      followUpRatings {\n        area\n        families {\n          ...StatisticsCount\n        }\n        atStart {\n          ...StatisticsRatio\n        }\n        followedUp {\n          ...StatisticsCount\n        }\n        latest {\n          ...StatisticsRatio\n        }\n        change {\n          ...StatisticsRatio\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatisticsOccupation($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      parentsOccupation {\n        atStart {\n          ...StatisticsOccupationCounts\n        }\n        latest {\n          ...StatisticsOccupationCounts\n        }\n        notWorkingAtStart {\n          ...StatisticsCount\n        }\n        backInWorkOrStudies {\n          ...StatisticsRatio\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StatisticsOccupation($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      parentsOccupation {\n        atStart {\n          ...StatisticsOccupationCounts\n        }\n        latest {\n          ...StatisticsOccupationCounts\n        }\n        notWorkingAtStart {\n          ...StatisticsCount\n        }\n        backInWorkOrStudies {\n          ...StatisticsRatio\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatisticsSchoolAbsence($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      school {\n        children {\n          ...StatisticsCount\n        }\n        absenceByTermSinceStart {\n          termsSinceStart\n          children {\n            ...StatisticsCount\n          }\n          absencePercent {\n            ...StatisticsRatio\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StatisticsSchoolAbsence($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      school {\n        children {\n          ...StatisticsCount\n        }\n        absenceByTermSinceStart {\n          termsSinceStart\n          children {\n            ...StatisticsCount\n          }\n          absencePercent {\n            ...StatisticsRatio\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatisticsSchoolSupport($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      school {\n        supportMeasures {\n          children {\n            ...StatisticsCount\n          }\n          byKind {\n            kind\n            atStart {\n              ...StatisticsCount\n            }\n            shareAtStart {\n              ...StatisticsRatio\n            }\n            atEnd {\n              ...StatisticsCount\n            }\n            shareAtEnd {\n              ...StatisticsRatio\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StatisticsSchoolSupport($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      school {\n        supportMeasures {\n          children {\n            ...StatisticsCount\n          }\n          byKind {\n            kind\n            atStart {\n              ...StatisticsCount\n            }\n            shareAtStart {\n              ...StatisticsRatio\n            }\n            atEnd {\n              ...StatisticsCount\n            }\n            shareAtEnd {\n              ...StatisticsRatio\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatisticsInterventions($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      socialServices {\n        children {\n          ...StatisticsCount\n        }\n        interventionsByKind {\n          kind\n          children {\n            ...StatisticsCount\n          }\n          interventions {\n            ...StatisticsCount\n          }\n          meanDays {\n            ...StatisticsRatio\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StatisticsInterventions($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      socialServices {\n        children {\n          ...StatisticsCount\n        }\n        interventionsByKind {\n          kind\n          children {\n            ...StatisticsCount\n          }\n          interventions {\n            ...StatisticsCount\n          }\n          meanDays {\n            ...StatisticsRatio\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query StatisticsCareContacts($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      healthCare {\n        children {\n          ...StatisticsCount\n        }\n        careContactsByYear {\n          year\n          from\n          to\n          childrenWithoutContact {\n            ...StatisticsCount\n          }\n          byUnitType {\n            unitType\n            children {\n              ...StatisticsCount\n            }\n            contacts {\n              ...StatisticsCount\n            }\n            contactsPerChild {\n              ...StatisticsRatio\n            }\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query StatisticsCareContacts($filter: StatisticsFilter!) {\n    statistics(filter: $filter) {\n      ...StatisticsApplied\n      healthCare {\n        children {\n          ...StatisticsCount\n        }\n        careContactsByYear {\n          year\n          from\n          to\n          childrenWithoutContact {\n            ...StatisticsCount\n          }\n          byUnitType {\n            unitType\n            children {\n              ...StatisticsCount\n            }\n            contacts {\n              ...StatisticsCount\n            }\n            contactsPerChild {\n              ...StatisticsRatio\n            }\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SupportServiceFields on SupportService {\n    id\n    organisation\n    municipalities\n    agency\n    name\n    offers\n    forWhom\n    contact {\n      phone\n      email\n      web\n      visitingAddress\n    }\n    openingHours {\n      day\n      opens\n      closes\n    }\n    openingNote\n    openNow\n    reviewedOn\n    reviewedByName\n    retiredOn\n  }\n',
): (typeof documents)['\n  fragment SupportServiceFields on SupportService {\n    id\n    organisation\n    municipalities\n    agency\n    name\n    offers\n    forWhom\n    contact {\n      phone\n      email\n      web\n      visitingAddress\n    }\n    openingHours {\n      day\n      opens\n      closes\n    }\n    openingNote\n    openNow\n    reviewedOn\n    reviewedByName\n    retiredOn\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SupportCatalogue($search: SupportSearch) {\n    supportCatalogue(search: $search) {\n      ...SupportServiceFields\n    }\n    supportMunicipalities\n  }\n',
): (typeof documents)['\n  query SupportCatalogue($search: SupportSearch) {\n    supportCatalogue(search: $search) {\n      ...SupportServiceFields\n    }\n    supportMunicipalities\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SupportServiceChanges($id: ID!) {\n    supportService(id: $id) {\n      id\n      changes {\n        version\n        at\n        kind\n        byName\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SupportServiceChanges($id: ID!) {\n    supportService(id: $id) {\n      id\n      changes {\n        version\n        at\n        kind\n        byName\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddSupportService($input: SupportServiceInput!) {\n    addSupportService(input: $input) {\n      ...SupportServiceFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AddSupportService($input: SupportServiceInput!) {\n    addSupportService(input: $input) {\n      ...SupportServiceFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateSupportService($id: ID!, $input: SupportServiceInput!) {\n    updateSupportService(id: $id, input: $input) {\n      ...SupportServiceFields\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateSupportService($id: ID!, $input: SupportServiceInput!) {\n    updateSupportService(id: $id, input: $input) {\n      ...SupportServiceFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetireSupportService($id: ID!) {\n    retireSupportService(id: $id) {\n      id\n      retiredOn\n    }\n  }\n',
): (typeof documents)['\n  mutation RetireSupportService($id: ID!) {\n    retireSupportService(id: $id) {\n      id\n      retiredOn\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FamilyContactFields on FamilyContact {\n    id\n    about\n    addedAt\n    addedByName\n    person {\n      name\n      role\n      organisation\n      agency\n      phone\n      email\n    }\n    service {\n      ...SupportServiceFields\n    }\n  }\n',
): (typeof documents)['\n  fragment FamilyContactFields on FamilyContact {\n    id\n    about\n    addedAt\n    addedByName\n    person {\n      name\n      role\n      organisation\n      agency\n      phone\n      email\n    }\n    service {\n      ...SupportServiceFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FamilyContacts($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      contacts {\n        ...FamilyContactFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FamilyContacts($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      contacts {\n        ...FamilyContactFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CatalogueChoices {\n    supportCatalogue {\n      id\n      name\n      organisation\n    }\n  }\n',
): (typeof documents)['\n  query CatalogueChoices {\n    supportCatalogue {\n      id\n      name\n      organisation\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AddFamilyContact($input: FamilyContactInput!) {\n    addFamilyContact(input: $input) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation AddFamilyContact($input: FamilyContactInput!) {\n    addFamilyContact(input: $input) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveFamilyContact($id: ID!) {\n    removeFamilyContact(id: $id)\n  }\n',
): (typeof documents)['\n  mutation RemoveFamilyContact($id: ID!) {\n    removeFamilyContact(id: $id)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Teams {\n    teams {\n      id\n      name\n      municipality\n      municipalities\n      region\n      coordinators {\n        username\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Teams {\n    teams {\n      id\n      name\n      municipality\n      municipalities\n      region\n      coordinators {\n        username\n        name\n      }\n    }\n  }\n'];
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
  source: '\n  query MyOrganisation {\n    myOrganisation {\n      kind\n      name\n      municipalities\n      teams {\n        id\n        name\n        municipality\n        municipalities\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyOrganisation {\n    myOrganisation {\n      kind\n      name\n      municipalities\n      teams {\n        id\n        name\n        municipality\n        municipalities\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TeamAreas {\n    teams {\n      id\n      municipalities\n      region\n    }\n    caseload {\n      id\n      municipality\n    }\n  }\n',
): (typeof documents)['\n  query TeamAreas {\n    teams {\n      id\n      municipalities\n      region\n    }\n    caseload {\n      id\n      municipality\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyTeamAreas {\n    me {\n      username\n      team {\n        id\n        municipalities\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyTeamAreas {\n    me {\n      username\n      team {\n        id\n        municipalities\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WorkList {\n    caseload {\n      id\n      reference\n      municipality\n      team {\n        id\n        name\n      }\n      coordinators {\n        username\n        name\n      }\n      children {\n        personnummer\n        givenName\n        familyName\n        age\n      }\n      plan {\n        status\n        nextFollowUp\n      }\n      meetings {\n        id\n        date\n        time\n        kind\n      }\n      attention {\n        kind\n        text\n        since\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WorkList {\n    caseload {\n      id\n      reference\n      municipality\n      team {\n        id\n        name\n      }\n      coordinators {\n        username\n        name\n      }\n      children {\n        personnummer\n        givenName\n        familyName\n        age\n      }\n      plan {\n        status\n        nextFollowUp\n      }\n      meetings {\n        id\n        date\n        time\n        kind\n      }\n      attention {\n        kind\n        text\n        since\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FindFamily($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n',
): (typeof documents)['\n  query FindFamily($reference: String!) {\n    familyByReference(reference: $reference) {\n      id\n      reference\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SearchFamilies($text: String!) {\n    searchFamilies(text: $text) {\n      id\n      reference\n      children {\n        personnummer\n        givenName\n        familyName\n        age\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SearchFamilies($text: String!) {\n    searchFamilies(text: $text) {\n      id\n      reference\n      children {\n        personnummer\n        givenName\n        familyName\n        age\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EmploymentSupportOfGuardian on Guardian {\n    employmentSupport {\n      labourMarketMeasures {\n        ... on LabourMarketMeasures {\n          enrolledOn\n          dischargedOn\n          dischargeReason\n          caseworker {\n            name\n            phone\n          }\n          items {\n            kind\n            label\n            startDate\n            plannedEndDate\n            endDate\n            status\n            coach {\n              name\n              phone\n            }\n          }\n        }\n        ...Denied\n        ...UnavailableSection\n      }\n      occupationStatus {\n        ... on OccupationStatusHistory {\n          periods {\n            status\n            label\n            from\n            to\n          }\n        }\n        ...Denied\n        ...UnavailableSection\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment EmploymentSupportOfGuardian on Guardian {\n    employmentSupport {\n      labourMarketMeasures {\n        ... on LabourMarketMeasures {\n          enrolledOn\n          dischargedOn\n          dischargeReason\n          caseworker {\n            name\n            phone\n          }\n          items {\n            kind\n            label\n            startDate\n            plannedEndDate\n            endDate\n            status\n            coach {\n              name\n              phone\n            }\n          }\n        }\n        ...Denied\n        ...UnavailableSection\n      }\n      occupationStatus {\n        ... on OccupationStatusHistory {\n          periods {\n            status\n            label\n            from\n            to\n          }\n        }\n        ...Denied\n        ...UnavailableSection\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
