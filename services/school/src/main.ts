// The school subgraph as its own process on HOST:PORT (docs/deploy.md): SCHOOL_PLATFORM_URL points at the SS 12000 platform.
import { agencyConfigFromEnv } from '@lotsen/kit';
import { startSubgraph } from './server.js';

const running = await startSubgraph(await agencyConfigFromEnv('SCHOOL'));
console.log(`school subgraph on ${running.url}/graphql; signed requests addressed to ${[...running.authorities].join(', ')}`);
