import type { GatewayConfigSupergraph, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { useCustomFetch } from '@graphql-hive/gateway-runtime';
import { createRemoteJwksSigningKeyProvider, extractFromHeader, useJWT } from '@graphql-mesh/plugin-jwt-auth';
import { Agent, fetch as undiciFetch } from 'undici';

/**
 * Lotsen's supergraph behind Hive Gateway, by configuration (docs/security.md, "Behind another
 * gateway"): the subgraphs' HTTPS addresses, mutual TLS with the gateway's client certificate
 * (the subgraphs' proof that a call came through a trusted gateway), the user's JWT verified and
 * forwarded in `authorization`, and Hive's own `x-request-id` on every subgraph call of one
 * request. Consent needs nothing more: the registry's grants travel inside the graph.
 */
export interface HiveGatewayOptions {
  /** The composed supergraph SDL (schema/supergraph.graphql) or its path. */
  supergraph: string;
  /** Each subgraph's HTTPS URL, by its name in the supergraph (coordination, school, social-services, health-care). */
  subgraphUrls: Record<string, string>;
  /** The gateway's client certificate and key, and the CA that signed the subgraphs' server certificates (PEM). */
  tls: { cert: string | Buffer; key: string | Buffer; ca: string | Buffer };
  /** The OIDC issuer and where its keys are published (in development, Lotsen's gateway serves them). */
  auth: { issuer: string; audience: string; jwksUrl: string };
}

export function hiveGatewayConfig(options: HiveGatewayOptions): GatewayConfigSupergraph {
  const { tls, auth } = options;
  const dispatcher = new Agent({ connect: { cert: tls.cert, key: tls.key, ca: tls.ca }, keepAliveTimeout: 30_000 });
  return {
    supergraph: options.supergraph,
    transportEntries: Object.fromEntries(Object.entries(options.subgraphUrls).map(([name, location]) => [name, { location }])),
    plugins: () => [
      useJWT({
        signingKeyProviders: [createRemoteJwksSigningKeyProvider({ jwksUri: auth.jwksUrl })],
        tokenLookupLocations: [extractFromHeader({ name: 'authorization', prefix: 'Bearer' })],
        tokenVerification: { issuer: auth.issuer, audience: auth.audience, algorithms: ['ES256', 'RS256', 'PS256'] },
        reject: { missingToken: true, invalidToken: true },
        // The plugin's package declares its logger types apart from the runtime's: same shape.
      }) as unknown as GatewayPlugin,
      // Every subgraph call over mutual TLS: the client certificate is the gateway's proof.
      useCustomFetch((url, init) => undiciFetch(url, { ...(init as object), dispatcher }) as never),
    ],
    // The user's own token reaches every subgraph, which verifies it again.
    propagateHeaders: { fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') ?? '' }) },
    maskedErrors: true,
    // No `logging` here: Hive's own logger then follows LOG_LEVEL (or DEBUG=1), and a masked
    // "Unexpected error." is logged with its cause at `error` (the client sees only the mask).
  };
}
