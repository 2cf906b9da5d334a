// The gateway as its own process, serving schema/supergraph.graphql on HOST:PORT; <SUBGRAPH>_URL
// overrides a subgraph's address (docs/deploy.md lists every variable).
import { join } from 'node:path';
import { AuditLog, auditMigrations, dataDir, env, listenAddress, openDatabase, serviceUrl, sharedKeyFromEnv, verifierFromEnv } from '@lotsen/kit';
import { readSupergraph, subgraphs } from '@lotsen/schema';
import { startGateway } from './server.js';

const running = await startGateway({
  ...listenAddress(4000),
  supergraphSdl: readSupergraph(),
  verifier: await verifierFromEnv(),
  signingKey: sharedKeyFromEnv(),
  subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, `${serviceUrl(s.name, s.port)}/graphql`])),
  // Its own audit trail (refusals of the statistics rate limit), where an agency subgraph run alone keeps its own.
  audit: new AuditLog(
    await openDatabase({ databaseUrl: process.env.AUDIT_DATABASE_URL ?? process.env.DATABASE_URL ?? '', pgliteDir: join(dataDir(), 'audit-gateway'), migrations: [auditMigrations] }),
    'gateway',
  ),
  // The dashboard, where its build and its client at the municipality's provider are configured.
  ...(process.env.WEB_APP_DIR ? { webApp: { dir: process.env.WEB_APP_DIR, issuer: issuerForTheApp(), clientId: env('DASHBOARD_CLIENT_ID', 'lotsen-dashboard') } } : {}),
});
console.log(`gateway on ${running.url}/graphql`);

function issuerForTheApp(): string {
  const issuer = process.env.AUTH_ISSUER;
  if (!issuer) throw new Error('WEB_APP_DIR needs AUTH_ISSUER: the OIDC provider the dashboard signs in at');
  return issuer;
}
