import { graphql } from '../gql/index.js';

// Follow-up statistics (docs/analysts.md), one operation per group of figures: the gateway's cost
// limit does not let one operation ask for everything, each answer is a statistical release in the
// audit trail, and an agency's figure calls its agency system, so only what is chosen is asked.

/** A count, or why it is not shown, and whether it is perturbed (the cell key method, docs/analysts.md "Differencing"). */
export const StatisticsCountFragment = graphql(`
  fragment StatisticsCount on Count {
    value
    suppressed
    reason
    perturbed
  }
`);

/** A mean or share, or why it is not shown, and whether it rests on perturbed figures. */
export const StatisticsRatioFragment = graphql(`
  fragment StatisticsRatio on Ratio {
    value
    suppressed
    reason
    perturbed
  }
`);

/** The period and group as the graph applied them (a team lead's own team whatever was asked), and the smallest count shown. */
export const StatisticsAppliedFragment = graphql(`
  fragment StatisticsApplied on Statistics {
    from
    to
    municipality
    teamId
    threshold
  }
`);

export const StatisticsConsentCountsFragment = graphql(`
  fragment StatisticsConsentCounts on ConsentCounts {
    active {
      ...StatisticsCount
    }
    pending {
      ...StatisticsCount
    }
    expired {
      ...StatisticsCount
    }
    revoked {
      ...StatisticsCount
    }
    total {
      ...StatisticsCount
    }
  }
`);

export const StatisticsOccupationCountsFragment = graphql(`
  fragment StatisticsOccupationCounts on OccupationCounts {
    work {
      ...StatisticsCount
    }
    studies {
      ...StatisticsCount
    }
    sickLeave {
      ...StatisticsCount
    }
    unemployed {
      ...StatisticsCount
    }
    other {
      ...StatisticsCount
    }
    total {
      ...StatisticsCount
    }
  }
`);

export const StatisticsFamiliesQuery = graphql(`
  query StatisticsFamilies($filter: StatisticsFilter!) {
    statistics(filter: $filter) {
      ...StatisticsApplied
      families {
        started {
          ...StatisticsCount
        }
        ongoing {
          ...StatisticsCount
        }
        closed {
          ...StatisticsCount
        }
      }
      children {
        started {
          ...StatisticsCount
        }
        ongoing {
          ...StatisticsCount
        }
        closed {
          ...StatisticsCount
        }
      }
    }
  }
`);

/** Consents by purpose and all together; by agency is a question of its own (together they pass the cost limit). */
export const StatisticsConsentsByPurposeQuery = graphql(`
  query StatisticsConsentsByPurpose($filter: StatisticsFilter!) {
    statistics(filter: $filter) {
      ...StatisticsApplied
      consents {
        all {
          ...StatisticsConsentCounts
        }
        byPurpose {
          purpose
          counts {
            ...StatisticsConsentCounts
          }
        }
      }
    }
  }
`);

export const StatisticsConsentsByAgencyQuery = graphql(`
  query StatisticsConsentsByAgency($filter: StatisticsFilter!) {
    statistics(filter: $filter) {
      ...StatisticsApplied
      consents {
        byAgency {
          agency
          counts {
            ...StatisticsConsentCounts
          }
        }
      }
    }
  }
`);

export const StatisticsWaitingQuery = graphql(`
  query StatisticsWaiting($filter: StatisticsFilter!) {
    statistics(filter: $filter) {
      ...StatisticsApplied
      daysToFirstMeeting {
        families {
          ...StatisticsCount
        }
        mean {
          ...StatisticsRatio
        }
        median {
          ...StatisticsRatio
        }
      }
      daysToAgreedSip {
        families {
          ...StatisticsCount
        }
        mean {
          ...StatisticsRatio
        }
        median {
          ...StatisticsRatio
        }
      }
    }
  }
`);

export const StatisticsMeetingsQuery = graphql(`
  query StatisticsMeetings($filter: StatisticsFilter!) {
    statistics(filter: $filter) {
      ...StatisticsApplied
      meetingsPerMonth {
        month
        coordination {
          ...StatisticsCount
        }
        sip {
          ...StatisticsCount
        }
        followUp {
          ...StatisticsCount
        }
        jointHomeVisit {
          ...StatisticsCount
        }
        checkIn {
          ...StatisticsCount
        }
        total {
          ...StatisticsCount
        }
        perFamily {
          ...StatisticsRatio
        }
      }
    }
  }
`);

export const StatisticsRatingsQuery = graphql(`
  query StatisticsRatings($filter: StatisticsFilter!) {
    statistics(filter: $filter) {
      ...StatisticsApplied
      followUpRatings {
        area
        families {
          ...StatisticsCount
        }
        atStart {
          ...StatisticsRatio
        }
        followedUp {
          ...StatisticsCount
        }
        latest {
          ...StatisticsRatio
        }
        change {
          ...StatisticsRatio
        }
      }
    }
  }
`);

export const StatisticsOccupationQuery = graphql(`
  query StatisticsOccupation($filter: StatisticsFilter!) {
    statistics(filter: $filter) {
      ...StatisticsApplied
      parentsOccupation {
        atStart {
          ...StatisticsOccupationCounts
        }
        latest {
          ...StatisticsOccupationCounts
        }
        notWorkingAtStart {
          ...StatisticsCount
        }
        backInWorkOrStudies {
          ...StatisticsRatio
        }
      }
    }
  }
`);

export const StatisticsSchoolAbsenceQuery = graphql(`
  query StatisticsSchoolAbsence($filter: StatisticsFilter!) {
    statistics(filter: $filter) {
      ...StatisticsApplied
      school {
        children {
          ...StatisticsCount
        }
        absenceByTermSinceStart {
          termsSinceStart
          children {
            ...StatisticsCount
          }
          absencePercent {
            ...StatisticsRatio
          }
        }
      }
    }
  }
`);

export const StatisticsSchoolSupportQuery = graphql(`
  query StatisticsSchoolSupport($filter: StatisticsFilter!) {
    statistics(filter: $filter) {
      ...StatisticsApplied
      school {
        supportMeasures {
          children {
            ...StatisticsCount
          }
          byKind {
            kind
            atStart {
              ...StatisticsCount
            }
            shareAtStart {
              ...StatisticsRatio
            }
            atEnd {
              ...StatisticsCount
            }
            shareAtEnd {
              ...StatisticsRatio
            }
          }
        }
      }
    }
  }
`);

export const StatisticsInterventionsQuery = graphql(`
  query StatisticsInterventions($filter: StatisticsFilter!) {
    statistics(filter: $filter) {
      ...StatisticsApplied
      socialServices {
        children {
          ...StatisticsCount
        }
        interventionsByKind {
          kind
          children {
            ...StatisticsCount
          }
          interventions {
            ...StatisticsCount
          }
          meanDays {
            ...StatisticsRatio
          }
        }
      }
    }
  }
`);

export const StatisticsCareContactsQuery = graphql(`
  query StatisticsCareContacts($filter: StatisticsFilter!) {
    statistics(filter: $filter) {
      ...StatisticsApplied
      healthCare {
        children {
          ...StatisticsCount
        }
        careContactsByYear {
          year
          from
          to
          childrenWithoutContact {
            ...StatisticsCount
          }
          byUnitType {
            unitType
            children {
              ...StatisticsCount
            }
            contacts {
              ...StatisticsCount
            }
            contactsPerChild {
              ...StatisticsRatio
            }
          }
        }
      }
    }
  }
`);
