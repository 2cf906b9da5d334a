import { graphql } from '../gql/index.js';

export const MeQuery = graphql(`
  query Me {
    me {
      username
      name
      role
      team {
        id
        name
        municipality
      }
    }
  }
`);
