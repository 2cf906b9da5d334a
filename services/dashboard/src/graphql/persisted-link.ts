import { ApolloLink } from '@apollo/client';
import type { PersistedDocument } from './persisted-documents.js';

/**
 * Every operation goes out as its persisted document: the text exactly as generated and hashed,
 * and its hash under extensions.persistedQuery. Apollo's own persisted-queries link would send the
 * hash alone first, and its text would be graphql-js's print of the document, which is not the
 * generator's normalised print the hash was taken of; so the text is taken from the list here,
 * and the HTTP link is told to print it (see client.ts).
 */
export function persistedLink(byName: Map<string, PersistedDocument>): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const persisted = byName.get(operation.operationName);
    if (!persisted) throw new Error(`Operationen ${operation.operationName} finns inte i listan över tillåtna operationer`);
    operation.extensions = { ...operation.extensions, persistedQuery: { version: 1, sha256Hash: persisted.sha256Hash } };
    operation.setContext({ http: { includeQuery: true, includeExtensions: true } });
    return forward(operation);
  });
}
