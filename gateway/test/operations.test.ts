import { createHash } from 'node:crypto';
import { ApolloGateway } from '@apollo/gateway';
import { readSupergraph } from '@lotsen/schema';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadSafelist, resolvePersisted } from '../src/plugins/persisted-operations.js';

describe("the dashboards' persisted operations", () => {
  const safelist = loadSafelist();

  it('are all valid against the supergraph', async () => {
    const { schema } = await new ApolloGateway({ supergraphSdl: readSupergraph() }).load();
    expect(safelist.size).toBeGreaterThanOrEqual(4);
    for (const text of safelist.values()) expect(validate(schema, parse(text)).map((e) => e.message)).toEqual([]);
  });

  it('resolve by hash, and with "only" nothing else passes', () => {
    const [hash, text] = [...safelist.entries()][0] as [string, string];
    expect(resolvePersisted({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, safelist, 'allow')).toEqual({ ok: true, body: { query: text } });
    expect(resolvePersisted({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }, safelist, 'allow')).toMatchObject({ ok: false, code: 'PERSISTED_QUERY_NOT_FOUND' });
    expect(resolvePersisted({ query: text }, safelist, 'only')).toMatchObject({ ok: true });
    expect(resolvePersisted({ query: '{ me { username } }' }, safelist, 'only')).toMatchObject({ ok: false, code: 'OPERATION_NOT_SAFELISTED' });
    expect(resolvePersisted({ query: '{ me { username } }' }, safelist, 'allow')).toMatchObject({ ok: true });
    expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
  });
});
