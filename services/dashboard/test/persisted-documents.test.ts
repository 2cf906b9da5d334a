import { createHash } from 'node:crypto';
import { Kind, type OperationDefinitionNode, parse } from 'graphql';
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

  it('asks nothing but one statistics answer at the root of a statistics operation, as the CSV export requires', () => {
    const statistics = [...persistedByName(documents)].filter(([name]) => name.startsWith('Statistics'));
    expect(statistics.length).toBeGreaterThanOrEqual(10);
    for (const [name, doc] of statistics) {
      const operation = parse(doc.text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      expect(
        operation?.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : s.kind)),
        name,
      ).toEqual(['statistics']);
    }
  });
});
