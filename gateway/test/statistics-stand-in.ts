import { ApolloGateway } from '@apollo/gateway';
import { createTokenVerifier, defaultAudience, devIssuer, generateDevKeys, generateSharedKey, type Identity, json, type RunningServer, signToken, startHttpServer } from '@lotsen/kit';
import { readSupergraph } from '@lotsen/schema';
import { type ExecutionResult, execute, type GraphQLFieldResolver, defaultFieldResolver as graphqlDefault, parse } from 'graphql';
import { type GatewayConfig, type RunningGateway, startGateway } from '../src/server.js';

type Json = Record<string, unknown>;
const count = (value: number | null, reason: string | null = null) => ({ value, suppressed: value === null, reason });

/**
 * What the stand-in answers for `statistics(filter:)`: the filter echoed as coordination echoes it
 * (services/coordination/src/statistics/filter.ts passes `municipality` through as given), a
 * shown count, a suppressed one, and a negative mean change (ratings that got worse).
 */
function statisticsFor(filter: Json): Json {
  return {
    from: '2026-01-01',
    to: '2026-12-31',
    municipality: filter.municipality ?? null,
    teamId: filter.teamId ?? null,
    threshold: 5,
    families: { started: count(12), ongoing: count(null, 'SMALL_COUNT'), closed: count(7) },
    followUpRatings: [{ area: 'HOME_LIFE', families: count(40), atStart: count(2.5), followedUp: count(30), latest: count(2.1), change: count(-0.4) }],
    parentsOccupation: { backInWorkOrStudies: count(0.25) },
  };
}

const resolve: GraphQLFieldResolver<unknown, unknown> = (source, args, context, info) =>
  info.parentType.name === 'Query' && info.fieldName === 'statistics' ? statisticsFor((args as { filter: Json }).filter) : graphqlDefault(source, args, context, info);

export interface StandIn {
  gateway: RunningGateway;
  /** The stand-in coordination subgraph's requests so far: what reached a subgraph at all. */
  subgraphCalls(): number;
  token(username: string, role?: Identity['role']): Promise<string>;
  /** GET or POST against the gateway as `username`. */
  post(username: string, query: string, variables?: Json): Promise<Response>;
  csv(username: string, query: string, variables?: Json, operationName?: string, accept?: string): Promise<Response>;
  close(): Promise<void>;
}

/**
 * The real gateway, over the real supergraph, with a stand-in for the coordination subgraph that
 * executes what the gateway plans against the supergraph's API schema: no store, no agencies,
 * so the gateway's own behaviour (limits, CSV) is tested in a second rather than a system's 20 s.
 */
export async function startStandIn(config: Pick<GatewayConfig, 'statisticsLimits' | 'audit' | 'redis'> = {}): Promise<StandIn> {
  const { schema } = await new ApolloGateway({ supergraphSdl: readSupergraph() }).load();
  let calls = 0;
  const subgraph: RunningServer = await startHttpServer({
    'POST /graphql': async (req) => {
      calls += 1;
      const { query, variables } = JSON.parse(req.body) as { query: string; variables?: Json };
      const result = (await execute({ schema, document: parse(query), variableValues: variables ?? {}, fieldResolver: resolve })) as ExecutionResult;
      return json(200, result);
    },
  });
  const keys = await generateDevKeys();
  const gateway = await startGateway({
    port: 0,
    supergraphSdl: readSupergraph(),
    verifier: createTokenVerifier({ issuer: devIssuer, audience: defaultAudience, jwks: { keys: [keys.publicJwk] } }),
    signingKey: generateSharedKey(),
    subgraphUrls: { coordination: `${subgraph.url}/graphql` },
    ...config,
  });
  const token = (username: string, role: Identity['role'] = 'ANALYST') => signToken({ username, role, teamId: null, agency: null, personnummer: null, municipality: null }, keys);
  const auth = async (username: string) => ({ authorization: `Bearer ${await token(username)}` });
  return {
    gateway,
    subgraphCalls: () => calls,
    token,
    post: async (username, query, variables = {}) =>
      fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(await auth(username)) }, body: JSON.stringify({ query, variables }) }),
    csv: async (username, query, variables, operationName, accept) => {
      const params = new URLSearchParams({ query, ...(variables ? { variables: JSON.stringify(variables) } : {}), ...(operationName ? { operationName } : {}) });
      return fetch(`${gateway.url}/statistics.csv?${params}`, { headers: { ...(await auth(username)), ...(accept ? { accept } : {}) } });
    },
    close: async () => {
      await gateway.close();
      await subgraph.close();
    },
  };
}
