import { graphql } from '../gql/index.js';

/** The family's survey rounds as the caller may see them: its own query, beside the family page's (at its cost limit). */
export const FamilySurveyQuery = graphql(`
  query FamilySurvey($id: ID!) {
    family(id: $id) {
      id
      surveyRounds {
        id
        followUpDate
        closesOn
        open
        respondents {
          kind
          personnummer
          name
          answered
          mayAnswer
          questions {
            id
            text
            required
            options {
              value
              text
            }
          }
          answer {
            support
            repeated
            knowsWhom
            freeText
            submittedAt
            submittedBy
          }
        }
      }
    }
  }
`);

/** Sends or changes one respondent's answer while the round is open. */
export const AnswerSurveyMutation = graphql(`
  mutation AnswerSurvey($input: SurveyAnswerInput!) {
    answerSurvey(input: $input) {
      support
      repeated
      knowsWhom
      freeText
      submittedAt
    }
  }
`);

/**
 * Hur har stödet varit? The survey's figures for the statistics page, a group of figures of its
 * own (docs/evaluation.md): every answer per step for the whole period, and per quarter the counts
 * and shares. Each step of every quarter as well would exceed the gateway's cost limit.
 */
export const StatisticsFamilySurveyQuery = graphql(`
  query StatisticsFamilySurvey($filter: StatisticsFilter!) {
    statistics(filter: $filter) {
      ...StatisticsApplied
      familySurvey {
        period {
          answers {
            ...StatisticsCount
          }
          guardians {
            ...StatisticsCount
          }
          children {
            ...StatisticsCount
          }
          support {
            veryBad {
              ...StatisticsCount
            }
            bad {
              ...StatisticsCount
            }
            neither {
              ...StatisticsCount
            }
            good {
              ...StatisticsCount
            }
            veryGood {
              ...StatisticsCount
            }
          }
          goodSupport {
            ...StatisticsRatio
          }
          repeated {
            manyTimes {
              ...StatisticsCount
            }
            sometimes {
              ...StatisticsCount
            }
            no {
              ...StatisticsCount
            }
          }
          didNotRepeat {
            ...StatisticsRatio
          }
          knowsWhom {
            ...StatisticsCount
          }
          knowsWhomShare {
            ...StatisticsRatio
          }
        }
        byQuarter {
          quarter
          answers {
            ...StatisticsCount
          }
          guardians {
            ...StatisticsCount
          }
          children {
            ...StatisticsCount
          }
          goodSupport {
            ...StatisticsRatio
          }
          didNotRepeat {
            ...StatisticsRatio
          }
          knowsWhomShare {
            ...StatisticsRatio
          }
        }
      }
    }
  }
`);
