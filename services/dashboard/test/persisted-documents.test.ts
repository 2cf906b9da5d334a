import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import documents from '../src/gql/persisted-documents.json' with { type: 'json' };
import { persistedByName } from '../src/graphql/persisted-documents.js';

describe('the persisted documents (the gateway safelist)', () => {
  it('keys every text by the SHA-256 of exactly that text, the hash the app sends with it', () => {
    for (const [name, doc] of persistedByName(documents)) {
      expect(createHash('sha256').update(doc.text).digest('hex'), name).toBe(doc.sha256Hash);
    }
  });

  it('has one document per operation', () => {
    expect(persistedByName(documents).size).toBe(Object.keys(documents).length);
  });
});
