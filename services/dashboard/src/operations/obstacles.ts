import { graphql } from '../gql/index.js';

/** An obstacle as every list shows it: where, what kind, what happened, when, and its handling. */
export const ObstacleFields = graphql(`
  fragment ObstacleFields on Obstacle {
    id
    agency
    kind
    description
    occurredOn
    recordedAt
    recordedByRole
    handling {
      at
      measure
      byName
    }
  }
`);

/** A family's obstacles, for its coordinators, team and guardians: a query of its own beside the family page's. */
export const FamilyObstaclesQuery = graphql(`
  query FamilyObstacles($reference: String!) {
    familyByReference(reference: $reference) {
      id
      obstacles {
        ...ObstacleFields
      }
    }
  }
`);

export const RecordObstacleMutation = graphql(`
  mutation RecordObstacle($input: RecordObstacleInput!) {
    recordObstacle(input: $input) {
      ...ObstacleFields
    }
  }
`);

/** The management group's obstacles of its municipality over the last months, grouped and over time. */
export const ObstacleOverviewQuery = graphql(`
  query ObstacleOverview($months: Int!) {
    obstacleOverview(months: $months) {
      municipality
      from
      to
      obstacles {
        ...ObstacleFields
      }
      byAgencyAndKind {
        agency
        kind
        count
        open
      }
      perMonth {
        period
        count
        handled
      }
      perQuarter {
        period
        count
        handled
      }
    }
  }
`);

export const HandleObstacleMutation = graphql(`
  mutation HandleObstacle($input: HandleObstacleInput!) {
    handleObstacle(input: $input) {
      ...ObstacleFields
    }
  }
`);

/** The analysts' obstacle figures (docs/obstacles.md, "In the statistics"): protected counts per quarter. */
export const StatisticsObstaclesQuery = graphql(`
  query StatisticsObstacles($filter: StatisticsFilter!) {
    statistics(filter: $filter) {
      ...StatisticsApplied
      obstacles {
        from
        total {
          ...StatisticsCount
        }
        handled {
          ...StatisticsCount
        }
        byAgency {
          agency
          count {
            ...StatisticsCount
          }
        }
        byKind {
          kind
          count {
            ...StatisticsCount
          }
        }
      }
    }
  }
`);
