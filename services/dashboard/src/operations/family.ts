import { graphql } from '../gql/index.js';

/** Why a section shows no data: withheld, not recorded at the agency, or the agency did not answer. */
// Agency and category are known from where the part sits; a NotRecorded needs nothing but its type.
export const DeniedFragment = graphql(`
  fragment Denied on AccessDenied {
    reason
    message
  }
`);

export const UnavailableFragment = graphql(`
  fragment UnavailableSection on AgencyUnavailable {
    kind
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

/**
 * A family with every child's agency sections: the coordinator's family page and the guardian's
 * own. The access logs, the plan and who piloted the family are queries of their own, keeping each
 * under the gateway's cost limit.
 */
export const FamilyQuery = graphql(`
  query Family($reference: String!) {
    familyByReference(reference: $reference) {
      id
      reference
      municipality
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
      closing {
        ...FamilyClosingFields
      }
      ...FamilyRhythmFields
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
            ...UnavailableSection
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
            ...UnavailableSection
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
            ...UnavailableSection
          }
        }
      }
    }
  }
`);

/**
 * The guardians' own sections (the agencies whose data is a guardian's, src/agencies/), a query of
 * its own: in the family query they would pass the gateway's cost limit.
 */
export const FamilyGuardianSectionsQuery = graphql(`
  query FamilyGuardianSections($reference: String!) {
    familyByReference(reference: $reference) {
      id
      guardians {
        ...GuardianSections
      }
    }
  }
`);

/** Who looked at each child's data, per agency: the guardians' view of the data owners' logs. */
export const FamilyAccessLogQuery = graphql(`
  query FamilyAccessLog($reference: String!) {
    familyByReference(reference: $reference) {
      id
      children {
        personnummer
        school {
          accessLog {
            ...AccessLog
          }
        }
        socialServices {
          accessLog {
            ...AccessLog
          }
        }
        healthCare {
          accessLog {
            ...AccessLog
          }
        }
      }
    }
  }
`);

/** Who has piloted the family, read for its own part of the page (the family query stays under the cost limit). */
export const FamilyAssignmentsQuery = graphql(`
  query FamilyAssignments($reference: String!) {
    familyByReference(reference: $reference) {
      id
      assignments {
        at
        kind
        fromTeam {
          id
          name
          municipality
          municipalities
          region
        }
        fromCoordinator {
          username
          name
        }
        toTeam {
          id
          name
          municipality
          municipalities
          region
        }
        toCoordinator {
          username
          name
        }
        byName
      }
    }
  }
`);
