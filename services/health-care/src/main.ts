// The health-care subgraph as its own process on HOST:PORT (docs/deploy.md): HEALTH_RECORDS_URL points at the FHIR R4 server.
import { agencyConfigFromEnv } from '@lotsen/kit';
import { startSubgraph } from './server.js';

const running = await startSubgraph(await agencyConfigFromEnv('HEALTH_CARE'));
console.log(`health-care subgraph on ${running.url}/graphql; signed requests addressed to ${[...running.authorities].join(', ')}`);
