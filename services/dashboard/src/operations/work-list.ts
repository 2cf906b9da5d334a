import { graphql } from '../gql/index.js';

/** The coordinator's (or team lead's) families with what needs action: light, no agency section. */
export const WorkListQuery = graphql(`
  query WorkList {
    caseload {
      id
      reference
      municipality
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
        time
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

/** Finds families among the caller's own by a child's name, a personnummer (or its birth date) or the reference. */
export const SearchFamiliesQuery = graphql(`
  query SearchFamilies($text: String!) {
    searchFamilies(text: $text) {
      id
      reference
      children {
        personnummer
        givenName
        familyName
        age
      }
    }
  }
`);
