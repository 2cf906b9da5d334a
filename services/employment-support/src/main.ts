// The employment-support subgraph as its own process on HOST:PORT (docs/deploy.md): EMPLOYMENT_SERVICE_URL points at arbetsmarknadsenheten's participant system.
import { agencyConfigFromEnv, agencyManifest } from '@lotsen/kit';
import { startSubgraph } from './server.js';

const { subgraph, system } = agencyManifest.EMPLOYMENT_SUPPORT;
const running = await startSubgraph(await agencyConfigFromEnv(subgraph.name, subgraph.port, system.urlVariable, `http://127.0.0.1:${system.port}`));
console.log(`${subgraph.name} subgraph on ${running.url}/graphql; signed requests addressed to ${[...running.authorities].join(', ')}`);
