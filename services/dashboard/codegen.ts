import { addTypenameToDocument } from '@apollo/client/utilities';
import type { CodegenConfig } from '@graphql-codegen/cli';
import type { ClientPresetConfig } from '@graphql-codegen/client-preset';

const presetConfig: ClientPresetConfig = {
  fragmentMasking: false,
  // The list the gateway enforces: each document's text by the SHA-256 of that very text.
  persistedDocuments: { hashAlgorithm: 'sha256' },
};

const config: CodegenConfig = {
  schema: 'schema.graphql',
  // Each agency's own part of the page lives in its folder (docs/agencies.md, "The dashboard's part").
  documents: ['src/**/*.ts', 'src/**/*.tsx', '!src/gql/**', '../*/dashboard/**/*.ts'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig,
      // Apollo Client's cache asks for __typename in every selection but the operation's root (its
      // own addTypenameToDocument); the persisted text must say the same. Nothing but `statistics`
      // at a statistics operation's root also lets the gateway export it as CSV (docs/analysts.md).
      documentTransforms: [{ transform: ({ documents }) => documents.map((d) => ({ ...d, document: d.document && addTypenameToDocument(d.document) })) }],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string', Personnummer: 'string' },
      },
    },
  },
  hooks: { afterAllFileWrite: ['biome check --write'] },
};

export default config;
