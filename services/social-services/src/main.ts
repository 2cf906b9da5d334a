// The social-services subgraph as its own process on HOST:PORT (docs/deploy.md): CASE_SYSTEM_URL points at the case system.
import { agencyConfigFromEnv } from '@lotsen/kit';
import { startSocialServicesSubgraph } from './server.js';

const running = await startSocialServicesSubgraph(await agencyConfigFromEnv('social-services', 4003, 'CASE_SYSTEM_URL', 'http://127.0.0.1:4102'));
console.log(`social-services subgraph on ${running.url}/graphql; signed requests addressed to ${[...running.authorities].join(', ')}`);
