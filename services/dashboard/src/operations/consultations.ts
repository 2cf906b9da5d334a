import { graphql } from '../gql/index.js';

/** What a consultation case shows: no person is in it, only the anonymised request and what the team made of it. */
export const ConsultationCaseFields = graphql(`
  fragment ConsultationCaseFields on ConsultationCase {
    id
    reference
    status
    ageBand
    schoolYear
    schoolUnit
    question
    requestedByName
    requestedByAgency
    requestedAt
    priority
    priorityReason
    meeting {
      id
      date
    }
    agendaPosition
    agendaNote
    advice {
      agency
      advice
      recordedByName
      recordedAt
    }
    outcome
    outcomeNote
    becameFamilyOn
    history {
      at
      kind
      byName
      agency
      priority
      meetingDate
      outcome
    }
  }
`);

/** Konsultationer: the queue of the caller's teams, the meetings with their agendas, and the teams one may send a request to. */
export const ConsultationsQuery = graphql(`
  query Consultations {
    consultations {
      ...ConsultationCaseFields
    }
    consultationMeetings {
      id
      date
      team {
        id
        name
      }
      agenda {
        id
        reference
      }
    }
    consultationTeams {
      id
      name
      municipality
    }
  }
`);

export const RequestConsultationMutation = graphql(`
  mutation RequestConsultation($input: RequestConsultationInput!) {
    requestConsultation(input: $input) {
      ...ConsultationCaseFields
    }
  }
`);

export const PrioritiseConsultationMutation = graphql(`
  mutation PrioritiseConsultation($input: PrioritiseConsultationInput!) {
    prioritiseConsultation(input: $input) {
      ...ConsultationCaseFields
    }
  }
`);

export const PlanConsultationMeetingMutation = graphql(`
  mutation PlanConsultationMeeting($input: PlanConsultationMeetingInput!) {
    planConsultationMeeting(input: $input) {
      id
      date
    }
  }
`);

export const PlaceConsultationOnAgendaMutation = graphql(`
  mutation PlaceConsultationOnAgenda($input: PlaceOnAgendaInput!) {
    placeConsultationOnAgenda(input: $input) {
      ...ConsultationCaseFields
    }
  }
`);

export const RecordConsultationAdviceMutation = graphql(`
  mutation RecordConsultationAdvice($input: RecordConsultationAdviceInput!) {
    recordConsultationAdvice(input: $input) {
      ...ConsultationCaseFields
    }
  }
`);

export const RecordConsultationOutcomeMutation = graphql(`
  mutation RecordConsultationOutcome($input: RecordConsultationOutcomeInput!) {
    recordConsultationOutcome(input: $input) {
      ...ConsultationCaseFields
    }
  }
`);

/** The family a case became, found by the reference the coordinator types (only among their own families). */
export const ConsultationFamilyQuery = graphql(`
  query ConsultationFamily($reference: String!) {
    familyByReference(reference: $reference) {
      id
      reference
    }
  }
`);

export const LinkConsultationToFamilyMutation = graphql(`
  mutation LinkConsultationToFamily($input: LinkConsultationInput!) {
    linkConsultationToFamily(input: $input) {
      ...ConsultationCaseFields
    }
  }
`);
