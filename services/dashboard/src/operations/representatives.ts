import { graphql } from '../gql/index.js';

/** A family's representatives, for its guardians, coordinators and team: a query of its own beside the family page's. */
export const FamilyRepresentativesQuery = graphql(`
  query FamilyRepresentatives($reference: String!) {
    familyByReference(reference: $reference) {
      id
      representatives {
        username
        name
        permissions
        guardians {
          name
          isSelf
          allows
        }
        history {
          at
          kind
          permissions
          byName
        }
      }
    }
  }
`);

/** The family representatives a guardian may choose. */
export const RepresentativeChoicesQuery = graphql(`
  query RepresentativeChoices {
    representativeChoices {
      username
      name
    }
  }
`);

export const GiveRepresentativeMutation = graphql(`
  mutation GiveRepresentative($input: GiveRepresentativeInput!) {
    giveRepresentative(input: $input) {
      username
      permissions
    }
  }
`);

export const WithdrawRepresentativeMutation = graphql(`
  mutation WithdrawRepresentative($familyId: ID!, $representative: String!) {
    withdrawRepresentative(familyId: $familyId, representative: $representative) {
      username
      permissions
    }
  }
`);

/** A representative's start: the families they act for, as each lets them see it (never an agency's data). */
export const RepresentedFamiliesQuery = graphql(`
  query RepresentedFamilies {
    representedFamilies {
      id
      reference
      teamName
      municipality
      coordinators
      permissions
      children
      closedOn
      plan {
        id
        leadAgency
        status
        nextFollowUp
        participants {
          name
          role
          agency
        }
        familyRepresentatives {
          name
          role
        }
        goals {
          id
          area
          description
          actions {
            id
            description
            responsibleAgency
            dueDate
            status
          }
        }
      }
      meetings {
        id
        date
        time
        kind
        place
        summary
      }
      obstacles {
        ...ObstacleFields
      }
      contacts {
        ...FamilyContactFields
      }
    }
  }
`);
