import { type AgencyServiceConfig, startAgencySubgraph } from '@lotsen/kit';
import { subgraphSdl } from '@lotsen/schema';
import { employmentService } from './adapters/employment-service.js';
import { resolvers } from './resolvers.js';

export function startSubgraph(config: AgencyServiceConfig) {
  return startAgencySubgraph({ name: 'employment-support', agency: 'EMPLOYMENT_SUPPORT', sdl: subgraphSdl('employment-support'), resolvers, adapter: employmentService, config });
}
