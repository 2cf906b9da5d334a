import { graphql } from '../gql/index.js';

/** The parents' occupation on a day: at the start of coordination and at each follow-up. */
export const RecordParentsOccupationMutation = graphql(`
  mutation RecordParentsOccupation($input: ParentsOccupationInput!) {
    recordParentsOccupation(input: $input) {
      date
      parents
    }
  }
`);
