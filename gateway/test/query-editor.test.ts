import { createTokenVerifier, defaultAudience, devIssuer, generateDevKeys, generateSharedKey } from '@lotsen/kit';
import { readSupergraph } from '@lotsen/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningGateway, startGateway } from '../src/index.js';

let gateway: RunningGateway;
beforeAll(async () => {
  const keys = await generateDevKeys();
  gateway = await startGateway({
    port: 0,
    supergraphSdl: readSupergraph(),
    verifier: createTokenVerifier({ issuer: devIssuer, audience: defaultAudience, jwks: { keys: [keys.publicJwk] } }),
    signingKey: generateSharedKey(),
  });
});
afterAll(() => gateway.close());

describe('in-browser query editor', () => {
  it('is served with every script and style from the gateway itself, nothing from the internet', async () => {
    const page = await fetch(`${gateway.url}/graphiql`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    expect(refs.length).toBe(5);
    for (const ref of refs) {
      expect(ref.startsWith('/graphiql/')).toBe(true);
      const res = await fetch(`${gateway.url}${ref}`);
      expect(res.status, ref).toBe(200);
      expect((await res.arrayBuffer()).byteLength, ref).toBeGreaterThan(100);
    }
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('is where a browser asking for /graphql lands', async () => {
    const res = await fetch(`${gateway.url}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/graphiql');
  });
});
