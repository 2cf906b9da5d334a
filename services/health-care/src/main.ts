// The health-care subgraph as its own process on HOST:PORT (docs/deploy.md): HEALTH_RECORDS_URL points at the FHIR R4 server.
import { agencyConfigFromEnv } from '@lotsen/kit';
import { startHealthCareSubgraph } from './server.js';

const running = await startHealthCareSubgraph(await agencyConfigFromEnv('health-care', 4004, 'HEALTH_RECORDS_URL', 'http://127.0.0.1:4103'));
console.log(`health-care subgraph on ${running.url}/graphql; signed requests addressed to ${[...running.authorities].join(', ')}`);
