import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { parse } from 'graphql';
import { AuthenticationError } from '../auth/identity.js';
import type { TokenVerifier } from '../auth/verify.js';
import { env, envNumber, isProduction } from '../config.js';
import { scalarResolvers } from '../domain/scalars.js';
import { apolloLogger, describeOperation, executeApollo, leanApolloPlugins, unauthenticated } from '../http/apollo.js';
import { type HttpRequest, type HttpResponse, json, type MutualTls, type Routes, type RunningServer, startHttpServer } from '../http/server.js';
import { createLogger, type Logger } from '../log.js';
import { InProcessReplayCache, type ReplayCache } from '../trust/replay-cache.js';
import { createSignatureVerifier, ownAuthorities, type SharedKey, TrustError } from '../trust/signature.js';
import type { RequestContext } from './context.js';

export interface SubgraphOptions<C extends RequestContext> {
  name: string;
  sdl: string;
  // biome-ignore lint/suspicious/noExplicitAny: resolver maps are typed per subgraph
  resolvers: GraphQLResolverMap<any>;
  verifier: TokenVerifier;
  /** Extends the verified request context with the subgraph's own loaders. */
  context: (base: RequestContext) => C | Promise<C>;
  /** Named dependency checks for /ready. */
  readiness?: () => Promise<Record<string, boolean>>;
  /** Dependencies the service degrades without (reported on /health, never making it unready). */
  degradable?: () => Promise<Record<string, unknown>>;
  /** Routes anyone may read, such as a public key set: no signature asked. */
  publicRoutes?: Routes;
  /** Keys of the gateways whose signed requests this subgraph serves. */
  trustedKeys: readonly SharedKey[];
  /** Mutual TLS: a verified client certificate is the alternative proof (Apollo Router, Hive Gateway). */
  tls?: MutualTls;
  /** Where signature nonces are remembered; shared across instances with Redis. */
  replayCache?: ReplayCache;
  /**
   * The authorities (`host:port`) this subgraph is reached by, which a signed request must be
   * addressed to. Default: SUBGRAPH_AUTHORITY (comma-separated), else localhost, 127.0.0.1,
   * [::1] and this machine's name on the port it listens on.
   */
  authorities?: readonly string[];
  port: number;
  host?: string;
}

export interface RunningSubgraph extends RunningServer {
  apollo: ApolloServer<RequestContext>;
  log: Logger;
  /** The authorities signed requests must be addressed to (known once the server listens). */
  authorities: ReadonlySet<string>;
}

/**
 * Serves a subgraph: every GraphQL request (ordinary fields, _entities and _service alike)
 * needs a verified caller, or it is answered 401 before any resolver runs.
 */
export async function startSubgraph<C extends RequestContext>(options: SubgraphOptions<C>): Promise<RunningSubgraph> {
  const log = createLogger(options.name);
  const schema = buildSubgraphSchema({ typeDefs: parse(options.sdl), resolvers: { ...scalarResolvers, ...options.resolvers } as never });
  const apollo = new ApolloServer<RequestContext>({
    schema,
    plugins: leanApolloPlugins(),
    introspection: !isProduction(),
    includeStacktraceInErrorResponses: false,
    // The process owner (npm start, an orchestrator) decides when to stop, and stops everything in order.
    stopOnTerminationSignals: false,
    // An unexpected failure (storage lost, a bug) is logged here and reported without internals.
    formatError: (formatted, error) => {
      if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
      log.error({ err: error instanceof Error ? error.message : String(error) }, 'internal error');
      return { message: 'Internal error: the request could not be completed', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
    logger: apolloLogger(log),
  });
  await apollo.start();

  // Filled in once the server listens (the port may be ephemeral); until then nothing is addressed to it.
  let authorities: ReadonlySet<string> = new Set();
  const scheme = options.tls ? 'https' : 'http';
  const signature = createSignatureVerifier(options.trustedKeys, options.replayCache ?? new InProcessReplayCache(), { authorities: () => authorities, scheme });
  // A caller proves it is a trusted gateway by a verified client certificate or a fresh signature.
  const trust = async (req: HttpRequest) => {
    if (!req.clientVerified) await signature({ method: req.method, path: req.path, search: req.query.toString(), headers: req.headers, body: req.body });
  };
  const graphql = async (req: HttpRequest): Promise<HttpResponse> => {
    let base: RequestContext;
    try {
      // Nothing is served to a caller that did not come through a trusted gateway, _service and _entities included.
      await trust(req);
      const identity = await options.verifier(headerValue(req.headers.authorization));
      const requestId = headerValue(req.headers['x-request-id']) || randomUUID();
      base = {
        identity,
        authorization: headerValue(req.headers.authorization),
        requestId,
        operationName: headerValue(req.headers['x-lotsen-operation-name']) || null,
        documentHash: headerValue(req.headers['x-lotsen-document-hash']) || null,
        log: log.child({ requestId }),
      };
    } catch (error) {
      if (!(error instanceof AuthenticationError) && !(error instanceof TrustError)) throw error;
      return unauthenticated(error.message);
    }
    const body = req.method === 'POST' && req.body ? JSON.parse(req.body) : undefined;
    // Reached without the gateway's report (a direct call): describe the operation as received.
    if (!base.documentHash) Object.assign(base, describeOperation(body));
    return executeApollo(apollo, req, body, async () => options.context(base));
  };

  const server = await startHttpServer(
    {
      ...options.publicRoutes,
      'POST /graphql': graphql,
      'GET /graphql': graphql,
      'GET /health': async () => json(200, { status: 'ok', service: options.name, ...(options.degradable ? { degradable: await options.degradable().catch(() => ({})) } : {}) }),
      'GET /ready': async () => {
        const checks = (await options.readiness?.().catch(() => ({ dependencies: false }))) ?? {};
        const ok = Object.values(checks).every(Boolean);
        return json(ok ? 200 : 503, { status: ok ? 'ready' : 'not ready', service: options.name, checks });
      },
    },
    options.port,
    options.host,
    options.tls,
    // Larger than a client's: a gateway's request carries a statistics answer's follow-up cohort
    // (tens of thousands of children in a large region). Only signed requests are executed.
    envNumber('SUBGRAPH_MAX_BODY_BYTES', 16_000_000),
  );
  try {
    authorities = ownAuthorities(server.port, { configured: options.authorities ?? env('SUBGRAPH_AUTHORITY', ''), scheme, ...(options.host ? { listenHost: options.host } : {}) });
  } catch (error) {
    await server.close();
    await apollo.stop();
    throw error;
  }
  return {
    ...server,
    apollo,
    log,
    authorities,
    close: async () => {
      await server.close();
      await apollo.stop();
    },
  };
}

function headerValue(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? '';
}
