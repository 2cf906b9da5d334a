import { graphql } from '../gql/index.js';

export const ReassignFamilyMutation = graphql(`
  mutation ReassignFamily($input: ReassignFamilyInput!) {
    reassignFamily(input: $input) {
      familyReference
      team {
        id
        name
      }
      coordinator {
        username
        name
      }
    }
  }
`);
