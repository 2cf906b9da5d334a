// The employment-support subgraph as its own process on HOST:PORT (docs/deploy.md): EMPLOYMENT_SERVICE_URL points at arbetsmarknadsenheten's participant system.
import { agencyConfigFromEnv } from '@lotsen/kit';
import { startSubgraph } from './server.js';

const running = await startSubgraph(await agencyConfigFromEnv('EMPLOYMENT_SUPPORT'));
console.log(`employment-support subgraph on ${running.url}/graphql; signed requests addressed to ${[...running.authorities].join(', ')}`);
