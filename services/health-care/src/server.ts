import { type AgencyServiceConfig, startAgencySubgraph } from '@lotsen/kit';
import { subgraphSdl } from '@lotsen/schema';
import { healthRecords } from './adapters/fhir.js';
import { resolvers } from './resolvers.js';

export function startSubgraph(config: AgencyServiceConfig) {
  return startAgencySubgraph({ name: 'health-care', agency: 'HEALTH_CARE', sdl: subgraphSdl('health-care'), resolvers, adapter: healthRecords, config });
}
