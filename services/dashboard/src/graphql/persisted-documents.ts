import documents from '../gql/persisted-documents.json';

export interface PersistedDocument {
  /** Hex SHA-256 of `text`: what the gateway's safelist is keyed by. */
  sha256Hash: string;
  /** The document exactly as the code generator printed and hashed it. */
  text: string;
}

const operationName = /\b(?:query|mutation|subscription)\s+(\w+)/;

/** The generated list, by operation name (the generator refuses two operations of one name). */
export function persistedByName(list: Record<string, string>): Map<string, PersistedDocument> {
  const byName = new Map<string, PersistedDocument>();
  for (const [key, text] of Object.entries(list)) {
    const name = text.match(operationName)?.[1];
    if (!name) throw new Error(`persisted document without an operation name: ${key}`);
    byName.set(name, { sha256Hash: key.replace(/^sha256:/, ''), text });
  }
  return byName;
}

export const persistedDocuments = persistedByName(documents);
