// Hive Gateway in front of Lotsen's subgraphs, by configuration alone:
//   npx hive-gateway supergraph schema/supergraph.graphql --config-path gateway/hive/gateway.config.ts
// with COORDINATION_URL, SCHOOL_URL, SOCIAL_SERVICES_URL, HEALTH_CARE_URL (the subgraphs' https
// URLs), GATEWAY_TLS_CERT, GATEWAY_TLS_KEY, SUBGRAPH_TLS_CA (PEM files) and AUTH_ISSUER,
// AUTH_JWKS_URL, AUTH_AUDIENCE. docs/security.md, "Behind another gateway", says step by step.
import { readFileSync } from 'node:fs';
import { defineConfig } from '@graphql-hive/gateway';
import { hiveGatewayConfig } from './config.js';

const required = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required (gateway/hive/gateway.config.ts)`);
  return value;
};

const { supergraph: _, ...config } = hiveGatewayConfig({
  supergraph: 'schema/supergraph.graphql',
  subgraphUrls: {
    coordination: `${required('COORDINATION_URL')}/graphql`,
    school: `${required('SCHOOL_URL')}/graphql`,
    'social-services': `${required('SOCIAL_SERVICES_URL')}/graphql`,
    'health-care': `${required('HEALTH_CARE_URL')}/graphql`,
  },
  tls: { cert: readFileSync(required('GATEWAY_TLS_CERT')), key: readFileSync(required('GATEWAY_TLS_KEY')), ca: readFileSync(required('SUBGRAPH_TLS_CA')) },
  auth: { issuer: required('AUTH_ISSUER'), audience: process.env.AUTH_AUDIENCE || 'lotsen', jwksUrl: required('AUTH_JWKS_URL') },
});

export const gatewayConfig = defineConfig(config);
