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
