import { graphql } from '../gql/index.js';

/** The coordinator's (or team lead's) families with what needs action: light, no agency section. */
export const WorkListQuery = graphql(`
  query WorkList {
    caseload {
      id
      reference
      team {
        id
        name
      }
      coordinators {
        username
        name
      }
      children {
        personnummer
        givenName
        familyName
        age
      }
      plan {
        status
        nextFollowUp
      }
      meetings {
        id
        date
        kind
      }
      attention {
        kind
        text
        since
      }
    }
  }
`);

/** Finds a family by its reference; a reference not among the caller's is a NOT_FOUND error. */
export const FindFamilyQuery = graphql(`
  query FindFamily($reference: String!) {
    familyByReference(reference: $reference) {
      id
      reference
    }
  }
`);
