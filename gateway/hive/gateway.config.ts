// Hive Gateway in front of Lotsen's subgraphs, by configuration alone:
//   npx hive-gateway supergraph schema/supergraph.graphql --config-path gateway/hive/gateway.config.ts
// with COORDINATION_URL and each agency subgraph's <NAME>_URL (the subgraphs' https URLs, one per
// subgraph of the agency manifest: SCHOOL_URL, SOCIAL_SERVICES_URL, …), GATEWAY_TLS_CERT, GATEWAY_TLS_KEY, SUBGRAPH_TLS_CA (PEM files) and AUTH_ISSUER,
// AUTH_JWKS_URL, AUTH_AUDIENCE. docs/security.md, "Behind another gateway", says step by step.
import { readFileSync } from 'node:fs';
import { defineConfig } from '@graphql-hive/gateway';
import { agencyManifest } from '@lotsen/kit/agency-manifest';
import { hiveGatewayConfig } from './config.js';

const required = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required (gateway/hive/gateway.config.ts)`);
  return value;
};

/** Coordination's subgraph and one per agency of the manifest, by their names in the supergraph. */
const subgraphNames = ['coordination', ...Object.values(agencyManifest).map((a) => a.subgraph.name)];

const { supergraph: _, ...config } = hiveGatewayConfig({
  supergraph: 'schema/supergraph.graphql',
  subgraphUrls: Object.fromEntries(subgraphNames.map((name) => [name, `${required(`${name.toUpperCase().replace(/-/g, '_')}_URL`)}/graphql`])),
  tls: { cert: readFileSync(required('GATEWAY_TLS_CERT')), key: readFileSync(required('GATEWAY_TLS_KEY')), ca: readFileSync(required('SUBGRAPH_TLS_CA')) },
  auth: { issuer: required('AUTH_ISSUER'), audience: process.env.AUTH_AUDIENCE || 'lotsen', jwksUrl: required('AUTH_JWKS_URL') },
});

export const gatewayConfig = defineConfig(config);
