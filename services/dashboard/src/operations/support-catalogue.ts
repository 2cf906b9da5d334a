import { graphql } from '../gql/index.js';

/** A service of the catalogue as every page shows it: what it offers, how to reach it, when it is open. */
export const SupportServiceFieldsFragment = graphql(`
  fragment SupportServiceFields on SupportService {
    id
    organisation
    municipalities
    agency
    name
    offers
    forWhom
    contact {
      phone
      email
      web
      visitingAddress
    }
    openingHours {
      day
      opens
      closes
    }
    openingNote
    openNow
    reviewedOn
    reviewedByName
    retiredOn
  }
`);

/** Stödkatalogen: the services found, and the municipalities a search may be narrowed to. */
export const SupportCatalogueQuery = graphql(`
  query SupportCatalogue($search: SupportSearch) {
    supportCatalogue(search: $search) {
      ...SupportServiceFields
    }
    supportMunicipalities
  }
`);

/** A service's history, for the catalogue keeper. */
export const SupportServiceChangesQuery = graphql(`
  query SupportServiceChanges($id: ID!) {
    supportService(id: $id) {
      id
      changes {
        version
        at
        kind
        byName
      }
    }
  }
`);

export const AddSupportServiceMutation = graphql(`
  mutation AddSupportService($input: SupportServiceInput!) {
    addSupportService(input: $input) {
      ...SupportServiceFields
    }
  }
`);

export const UpdateSupportServiceMutation = graphql(`
  mutation UpdateSupportService($id: ID!, $input: SupportServiceInput!) {
    updateSupportService(id: $id, input: $input) {
      ...SupportServiceFields
    }
  }
`);

export const RetireSupportServiceMutation = graphql(`
  mutation RetireSupportService($id: ID!) {
    retireSupportService(id: $id) {
      id
      retiredOn
    }
  }
`);

/** One contact on a family's list: a service of the catalogue or a named member of staff. */
export const FamilyContactFieldsFragment = graphql(`
  fragment FamilyContactFields on FamilyContact {
    id
    about
    addedAt
    addedByName
    person {
      name
      role
      organisation
      agency
      phone
      email
    }
    service {
      ...SupportServiceFields
    }
  }
`);

/** Vem ska vi vända oss till: a family's own contacts, on its own query (the family page's is at its cost limit). */
export const FamilyContactsQuery = graphql(`
  query FamilyContacts($reference: String!) {
    familyByReference(reference: $reference) {
      id
      contacts {
        ...FamilyContactFields
      }
    }
  }
`);

/** The services a coordinator may put on a family's list: every one (a team may serve several municipalities). */
export const CatalogueChoicesQuery = graphql(`
  query CatalogueChoices {
    supportCatalogue {
      id
      name
      organisation
    }
  }
`);

export const AddFamilyContactMutation = graphql(`
  mutation AddFamilyContact($input: FamilyContactInput!) {
    addFamilyContact(input: $input) {
      id
    }
  }
`);

export const RemoveFamilyContactMutation = graphql(`
  mutation RemoveFamilyContact($id: ID!) {
    removeFamilyContact(id: $id)
  }
`);
