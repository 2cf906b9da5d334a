import { graphql } from '../gql/index.js';

/** Why a section shows no data: withheld, not recorded at the agency, or the agency did not answer. */
export const DeniedFragment = graphql(`
  fragment Denied on AccessDenied {
    agency
    category
    reason
    message
  }
`);

export const NotRecordedFragment = graphql(`
  fragment NotRecordedSection on NotRecorded {
    agency
    category
  }
`);

export const UnavailableFragment = graphql(`
  fragment UnavailableSection on AgencyUnavailable {
    agency
    category
    kind
    message
  }
`);

export const AccessLogFragment = graphql(`
  fragment AccessLog on AccessLogEntry {
    at
    agency
    categories
    accessedBy
    role
    team
    consentIds
  }
`);

/** A family with every child's agency sections: the coordinator's family page and the guardian's own. */
export const FamilyQuery = graphql(`
  query Family($reference: String!) {
    familyByReference(reference: $reference) {
      id
      reference
      team {
        id
        name
        municipality
      }
      coordinators {
        username
        name
      }
      guardians {
        personnummer
        givenName
        familyName
      }
      plan {
        id
        leadAgency
        status
        createdOn
        nextFollowUp
        participants {
          name
          agency
          role
        }
        goals {
          id
          area
          description
          actions {
            id
            description
            responsibleAgency
            dueDate
            status
            followUpDate
          }
        }
      }
      meetings {
        id
        date
        kind
        agencies
        summary
      }
      followUps {
        id
        date
        area
        rating
        comment
      }
      attention {
        kind
        text
        since
      }
      children {
        ...ChildIdentity
        protectedIdentity
        consents {
          ...ConsentFields
        }
        school {
          enrolment {
            ... on SchoolEnrolment {
              schoolUnit
              schoolType
              schoolYear
              group
              since
            }
            ...Denied
            ...NotRecordedSection
            ...UnavailableSection
          }
          attendance {
            ... on SchoolAttendance {
              from
              to
              offeredMinutes
              attendedMinutes
              validAbsenceMinutes
              invalidAbsenceMinutes
              absencePercent
            }
            ...Denied
            ...NotRecordedSection
            ...UnavailableSection
          }
          supportMeasures {
            ... on SupportMeasures {
              items {
                kind
                description
                decidedOn
                actionProgramme
              }
            }
            ...Denied
            ...NotRecordedSection
            ...UnavailableSection
          }
          studentHealth {
            ... on StudentHealthContacts {
              items {
                date
                profession
                reason
              }
            }
            ...Denied
            ...NotRecordedSection
            ...UnavailableSection
          }
          accessLog {
            ...AccessLog
          }
        }
        socialServices {
          cases {
            ... on SocialCases {
              items {
                caseId
                subject
                openedOn
                status
                caseworker {
                  name
                  phone
                }
              }
            }
            ...Denied
            ...NotRecordedSection
            ...UnavailableSection
          }
          interventions {
            ... on Interventions {
              items {
                id
                kind
                label
                startDate
                endDate
                provider
              }
            }
            ...Denied
            ...NotRecordedSection
            ...UnavailableSection
          }
          accessLog {
            ...AccessLog
          }
        }
        healthCare {
          careContacts {
            ... on CareContacts {
              items {
                date
                organisation
                kind
                practitionerRole
              }
              careTeams {
                name
                organisation
              }
            }
            ...Denied
            ...NotRecordedSection
            ...UnavailableSection
          }
          appointments {
            ... on Appointments {
              items {
                start
                organisation
                status
                serviceType
              }
            }
            ...Denied
            ...NotRecordedSection
            ...UnavailableSection
          }
          diagnoses {
            ... on Diagnoses {
              items {
                code
                display
                recordedDate
              }
            }
            ...Denied
            ...NotRecordedSection
            ...UnavailableSection
          }
          accessLog {
            ...AccessLog
          }
        }
      }
    }
  }
`);
