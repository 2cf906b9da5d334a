import { type AgencyServiceConfig, startAgencySubgraph, todayInSweden } from '@lotsen/kit';
import { subgraphSdl } from '@lotsen/schema';
import { schoolPlatform } from './adapters/ss12000.js';
import { resolvers } from './resolvers.js';

export function startSchoolSubgraph(config: AgencyServiceConfig) {
  return startAgencySubgraph({
    name: 'school',
    agency: 'SCHOOL',
    sdl: subgraphSdl('school'),
    resolvers,
    adapter: (http) => schoolPlatform(http, () => todayInSweden()),
    config,
  });
}
