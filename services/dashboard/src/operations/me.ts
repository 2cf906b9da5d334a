import { graphql } from '../gql/index.js';

/** Who is signed in; a guardian's own personnummer tells which party of a consent they are. */
export const MeQuery = graphql(`
  query Me {
    me {
      username
      name
      role
      personnummer
      team {
        id
        name
        municipality
      }
    }
  }
`);
