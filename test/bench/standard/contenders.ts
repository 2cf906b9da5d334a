import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { startGateway } from '@lotsen/gateway';
import { createTokenVerifier, defaultAudience, devIssuer, generateDevKeys, generateSharedKey, signToken } from '@lotsen/kit';
import { parse } from 'graphql';
import { definitions, type SubgraphName, startBenchSubgraph } from './subgraphs.js';

export interface Contender {
  name: string;
  url: string;
  headers: Record<string, string>;
  close(): Promise<void>;
}

/** The four benchmark subgraphs on free ports, and their supergraph. */
export async function startStandardShape() {
  const names = Object.keys(definitions) as SubgraphName[];
  const servers = await Promise.all(names.map((n) => startBenchSubgraph(n)));
  const urls = Object.fromEntries(names.map((n, i) => [n, `${servers[i]?.url}/graphql`])) as Record<SubgraphName, string>;
  return { supergraphSdl: composeStandardShape(urls), urls, close: () => Promise.all(servers.map((s) => s.close())).then(() => undefined) };
}

/** The benchmark's supergraph for subgraphs at the given URLs. */
export function composeStandardShape(urls: Record<SubgraphName, string>): string {
  const names = Object.keys(definitions) as SubgraphName[];
  const composed = composeServices(names.map((n) => ({ name: n, url: urls[n], typeDefs: parse(definitions[n].sdl) })));
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  return composed.supergraphSdl;
}

/** (b) Stock @apollo/gateway and @apollo/server, defaults throughout. */
export async function startStockApollo(supergraphSdl: string, port = 0): Promise<Contender> {
  const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl }) as never });
  const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  return { name: 'stock @apollo/gateway', url, headers: {}, close: () => server.stop() };
}

/** (a) Lotsen's gateway as it ships: authentication on, signed subgraph calls, limits, production mode. */
export async function startLotsenGateway(supergraphSdl: string, port = 0): Promise<Contender> {
  const keys = await generateDevKeys();
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const gateway = await startGateway({
      port,
      supergraphSdl,
      verifier: createTokenVerifier({ issuer: devIssuer, audience: defaultAudience, jwks: { keys: [keys.publicJwk] } }),
      signingKey: generateSharedKey(),
    });
    const token = await signToken({ username: 'bench', role: 'COORDINATOR', teamId: 'team-1', agency: null, personnummer: null, municipality: null }, keys);
    return { name: 'Lotsen gateway', url: `${gateway.url}/graphql`, headers: { authorization: `Bearer ${token}` }, close: () => gateway.close() };
  } finally {
    process.env.NODE_ENV = previous;
  }
}
