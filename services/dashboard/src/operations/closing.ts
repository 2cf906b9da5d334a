import { graphql } from '../gql/index.js';

/** How a family's coordination ended, and until when it is readable and may be reopened. */
export const FamilyClosingFieldsFragment = graphql(`
  fragment FamilyClosingFields on FamilyClosing {
    date
    reason
    reasonText
    closedBy
    readableUntil
  }
`);

/** Ends a family's coordination with a closing follow-up of every outcome area and the parents' occupation. */
export const CloseFamilyMutation = graphql(`
  mutation CloseFamily($input: CloseFamilyInput!) {
    closeFamily(input: $input) {
      id
      closing {
        ...FamilyClosingFields
      }
    }
  }
`);

/** Opens a closed family again within its readable days: its ended consents stay ended. */
export const ReopenFamilyMutation = graphql(`
  mutation ReopenFamily($familyId: ID!) {
    reopenFamily(familyId: $familyId) {
      id
      closing {
        ...FamilyClosingFields
      }
    }
  }
`);
