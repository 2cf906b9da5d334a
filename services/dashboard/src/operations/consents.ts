import { graphql } from '../gql/index.js';

/** A family's children and their consents, and each guardian's own consents, for the consent page. */
export const FamilyConsentsQuery = graphql(`
  query FamilyConsents($reference: String!) {
    familyByReference(reference: $reference) {
      id
      reference
      team {
        id
        name
        municipality
      }
      guardians {
        personnummer
        givenName
        familyName
        consents {
          ...ConsentFields
        }
      }
      children {
        ...ChildIdentity
        consents {
          ...ConsentFields
        }
      }
    }
  }
`);

export const RecordConsentMutation = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      ...ConsentFields
    }
  }
`);

export const RecordConsentDecisionMutation = graphql(`
  mutation RecordConsentDecision($input: ConsentDecisionInput!) {
    recordConsentDecision(input: $input) {
      ...ConsentFields
    }
  }
`);

export const NarrowConsentMutation = graphql(`
  mutation NarrowConsent($input: NarrowConsentInput!) {
    narrowConsent(input: $input) {
      ...ConsentFields
    }
  }
`);

export const RevokeConsentMutation = graphql(`
  mutation RevokeConsent($input: RevokeConsentInput!) {
    revokeConsent(input: $input) {
      ...ConsentFields
    }
  }
`);

export const RecordChildViewMutation = graphql(`
  mutation RecordChildView($input: RecordChildViewInput!) {
    recordChildView(input: $input) {
      ...ConsentFields
    }
  }
`);
