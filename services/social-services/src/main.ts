// The social-services subgraph as its own process on HOST:PORT (docs/deploy.md): CASE_SYSTEM_URL points at the case system.
import { agencyConfigFromEnv } from '@lotsen/kit';
import { startSubgraph } from './server.js';

const running = await startSubgraph(await agencyConfigFromEnv('SOCIAL_SERVICES'));
console.log(`social-services subgraph on ${running.url}/graphql; signed requests addressed to ${[...running.authorities].join(', ')}`);
