// The gateway as its own process, serving schema/supergraph.graphql; <SUBGRAPH>_URL overrides a subgraph's address.
import { envNumber, serviceUrl, sharedKeyFromEnv, verifierFromEnv } from '@lotsen/kit';
import { readSupergraph, subgraphs } from '@lotsen/schema';
import { startGateway } from './server.js';

const running = await startGateway({
  port: envNumber('PORT', 4000),
  supergraphSdl: readSupergraph(),
  verifier: await verifierFromEnv(),
  signingKey: sharedKeyFromEnv(),
  subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, `${serviceUrl(s.name, s.port)}/graphql`])),
});
console.log(`gateway on ${running.url}/graphql`);
