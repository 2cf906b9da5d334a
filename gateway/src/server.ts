import { randomUUID } from 'node:crypto';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  type AuditLog,
  AuthenticationError,
  apolloLogger,
  type connectRedis,
  createLogger,
  describeOperation,
  executeApollo,
  type HttpRequest,
  type HttpResponse,
  isProduction,
  json,
  leanApolloPlugins,
  type Routes,
  type RunningServer,
  redisFromEnv,
  type SharedKey,
  startHttpServer,
  type TokenVerifier,
  unauthenticated,
} from '@lotsen/kit';
import type { GatewayContext } from './context.js';
import { clientErrorsAre400 } from './plugins/client-errors.js';
import { controlCharactersRefused } from './plugins/control-characters.js';
import { depthOf, maxRequestBytes, maxTokens, maxVariableDepth, queryLimits } from './plugins/limits.js';
import { loadSafelist, type PersistedMode, persistedMode, resolvePersisted } from './plugins/persisted-operations.js';
import { checkScalarsAtTheGateway } from './plugins/scalars.js';
import { maxStatisticsPerRequest, statisticsPerRequest } from './plugins/statistics-per-request.js';
import { answerWindow, statisticsRate, statisticsRateFromEnv, statisticsRateLimit } from './plugins/statistics-rate-limit.js';
import { SubgraphDataSource } from './plugins/subgraph-data-source.js';
import { queryEditorRoutes } from './query-editor.js';
import { statisticsAsCsv } from './statistics/csv-route.js';
import { type WebAppConfig, webAppRoutes } from './web-app.js';

export interface GatewayConfig {
  port: number;
  /** The address it listens on (HOST); loopback when left out. */
  host?: string;
  supergraphSdl: string;
  verifier: TokenVerifier;
  /** Subgraph name → URL of its /graphql; names missing here use the supergraph's URL. */
  subgraphUrls?: Record<string, string>;
  /** Persisted operations: 'off', 'allow' (by hash or text) or 'only' (safelist enforced); PERSISTED_OPERATIONS. */
  persistedOperations?: PersistedMode;
  /** The key the gateway signs subgraph requests with. */
  signingKey: SharedKey;
  /** Extra routes, e.g. the development issuer's JWKS. */
  routes?: Routes;
  /** The dashboard: the directory of its build, and where it signs in. */
  webApp?: WebAppConfig & { dir: string };
  /** The gateway's own audit trail (source `gateway`): refusals of the statistics rate limit. */
  audit?: AuditLog;
  /** What gateway instances share (the statistics rate limit's window); unset: REDIS_URL, else in-process. */
  redis?: ReturnType<typeof connectRedis>;
  /** Statistics answers per request and per user and window; unset: STATISTICS_MAX_PER_REQUEST, STATISTICS_RATE_LIMIT, STATISTICS_RATE_WINDOW_S. */
  statisticsLimits?: { maxPerRequest: number; answers: number; windowS: number };
}

export interface RunningGateway extends RunningServer {
  apollo: ApolloServer<GatewayContext>;
}

/** The gateway: authenticate, then plan and forward with @apollo/gateway over the composed supergraph. */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const log = createLogger('gateway');
  const gateway = new ApolloGateway({
    supergraphSdl: config.supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource(config.subgraphUrls?.[name] ?? url ?? '', config.signingKey),
    logger: apolloLogger(log),
  });
  checkScalarsAtTheGateway(gateway);
  const safelist = loadSafelist();
  const persisted = config.persistedOperations ?? persistedMode();
  const limits = queryLimits();
  // Statistics answers (docs/analysts.md, "Limits and watch"): a cap per request, checked with the
  // document, and a rate per user, counted once every other check has passed.
  const maxPerRequest = config.statisticsLimits?.maxPerRequest ?? maxStatisticsPerRequest();
  const rate = config.statisticsLimits ? statisticsRate(config.statisticsLimits.answers, config.statisticsLimits.windowS, maxPerRequest) : statisticsRateFromEnv(maxPerRequest);
  // A connection the gateway opened itself (REDIS_URL) is closed with it.
  const ownRedis = config.redis ? undefined : redisFromEnv();
  const apollo = new ApolloServer<GatewayContext>({
    gateway: gateway as never,
    plugins: [
      ...(limits.plugins as never[]),
      controlCharactersRefused,
      clientErrorsAre400,
      statisticsRateLimit(answerWindow(rate, config.redis ?? ownRedis), rate, config.audit),
      ...leanApolloPlugins(),
    ],
    validationRules: [...limits.validationRules, statisticsPerRequest(maxPerRequest)],
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: maxTokens() },
    introspection: !isProduction(),
    includeStacktraceInErrorResponses: false,
    // The process owner (npm start, an orchestrator) decides when to stop, and stops everything in order.
    stopOnTerminationSignals: false,
    logger: apolloLogger(log),
  });
  await apollo.start();

  const graphql = async (req: HttpRequest): Promise<HttpResponse> => {
    let identity: GatewayContext['identity'];
    try {
      identity = await config.verifier(typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined);
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      return unauthenticated(error.message);
    }
    if (req.method === 'GET' && persisted === 'only')
      return json(400, { errors: [{ message: 'Only safelisted operations, sent with POST, are accepted here', extensions: { code: 'OPERATION_NOT_SAFELISTED' } }] });
    let body: unknown;
    if (req.method === 'POST' && req.body) {
      try {
        body = JSON.parse(req.body);
      } catch {
        return json(400, { errors: [{ message: 'Malformed JSON body', extensions: { code: 'BAD_REQUEST' } }] });
      }
      if (Array.isArray(body)) return json(400, { errors: [{ message: 'Batched operations are not accepted: send one operation per request', extensions: { code: 'BAD_REQUEST' } }] });
      if (body && typeof body === 'object') {
        const resolved = resolvePersisted(body as Record<string, unknown>, safelist, persisted);
        if (!resolved.ok) return json(400, { errors: [{ message: resolved.message, extensions: { code: resolved.code } }] });
        body = resolved.body;
      }
      if (depthOf((body as { variables?: unknown })?.variables) > maxVariableDepth) {
        return json(400, { errors: [{ message: `Variables nested deeper than ${maxVariableDepth} levels`, extensions: { code: 'BAD_REQUEST' } }] });
      }
    }
    const operation = describeOperation(body ?? Object.fromEntries(req.query));
    const context: GatewayContext = { identity, authorization: req.headers.authorization as string, requestId: randomUUID(), ...operation };
    const response = await executeApollo(apollo, req, body, async () => context);
    return { ...response, headers: { ...response.headers, 'x-request-id': context.requestId } };
  };

  const server = await startHttpServer(
    {
      ...(isProduction() ? {} : queryEditorRoutes()),
      ...config.routes,
      ...(config.webApp ? webAppRoutes(config.webApp.dir, config.webApp) : {}),
      'POST /graphql': graphql,
      'GET /graphql': (req) => (String(req.headers.accept ?? '').includes('text/html') && !isProduction() ? { status: 302, headers: { location: '/graphiql' } } : graphql(req)),
      'GET /statistics.csv': (req) => statisticsAsCsv(req, graphql, maxTokens()),
      'GET /health': () => json(200, { status: 'ok', service: 'gateway' }),
      'GET /ready': async () => {
        // Ready when every subgraph is: the answer names the one that is not.
        const checks = Object.fromEntries(await Promise.all(Object.entries(config.subgraphUrls ?? {}).map(async ([name, url]) => [name, await isReady(url.replace(/\/graphql$/, '/ready'))] as const)));
        const ok = Object.values(checks).every(Boolean);
        return json(ok ? 200 : 503, { status: ok ? 'ready' : 'not ready', service: 'gateway', checks });
      },
    },
    config.port,
    config.host,
    undefined,
    maxRequestBytes(),
  );
  return {
    ...server,
    apollo,
    close: async () => {
      await server.close();
      await apollo.stop();
      ownRedis?.disconnect();
    },
  };
}

async function isReady(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}
