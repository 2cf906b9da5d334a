// The school subgraph as its own process on HOST:PORT (docs/deploy.md): SCHOOL_PLATFORM_URL points at the SS 12000 platform.
import { agencyConfigFromEnv } from '@lotsen/kit';
import { startSchoolSubgraph } from './server.js';

const running = await startSchoolSubgraph(await agencyConfigFromEnv('school', 4002, 'SCHOOL_PLATFORM_URL', 'http://127.0.0.1:4101'));
console.log(`school subgraph on ${running.url}/graphql; signed requests addressed to ${[...running.authorities].join(', ')}`);
