import { graphql } from '../gql/index.js';

/** Takes a family into coordination by its children's numbers; the rest comes from folkbokföringen. */
export const CreateFamilyMutation = graphql(`
  mutation CreateFamily($input: CreateFamilyInput!) {
    createFamily(input: $input) {
      id
      reference
    }
  }
`);
