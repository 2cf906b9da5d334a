import { type AgencyServiceConfig, startAgencySubgraph } from '@lotsen/kit';
import { subgraphSdl } from '@lotsen/schema';
import { caseSystem } from './adapters/case-system.js';
import { resolvers } from './resolvers.js';

export function startSubgraph(config: AgencyServiceConfig) {
  return startAgencySubgraph({ name: 'social-services', agency: 'SOCIAL_SERVICES', sdl: subgraphSdl('social-services'), resolvers, adapter: caseSystem, config });
}
