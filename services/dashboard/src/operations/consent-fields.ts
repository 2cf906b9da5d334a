import { graphql } from '../gql/index.js';

/** Everything a consent record says: for its status, its receipt and its FHIR export. */
export const ConsentFieldsFragment = graphql(`
  fragment ConsentFields on Consent {
    id
    status
    statusText
    purpose
    validFrom
    validUntil
    parties {
      personnummer
      name
      revokedAt
      role
      decision
      decidedAt
      method
    }
    scope {
      agency
      categories
    }
    recipientTeams {
      id
      name
      municipality
    }
    evidence {
      method
      documentRef
    }
    recordedAt
    recordedBy
    revocation {
      at
      reason
    }
    childView
    events {
      at
      kind
      actor
    }
  }
`);

/** Who the child is, for the consent's parties, its receipt and its FHIR export. */
export const ChildIdentityFragment = graphql(`
  fragment ChildIdentity on Child {
    personnummer
    givenName
    familyName
    birthDate
    age
    custody {
      kind
      guardians {
        personnummer
        givenName
        familyName
      }
    }
  }
`);
