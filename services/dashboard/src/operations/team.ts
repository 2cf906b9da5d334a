import { graphql } from '../gql/index.js';

/** Every team with where it works and its coordinators, the team lead's own first: who a family can be given to. */
export const TeamsQuery = graphql(`
  query Teams {
    teams {
      id
      name
      municipality
      municipalities
      region
      coordinators {
        username
        name
      }
    }
  }
`);

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
