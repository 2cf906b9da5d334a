import { type AgencyServiceConfig, startAgencySubgraph, todayInSweden } from '@lotsen/kit';
import { subgraphSdl } from '@lotsen/schema';
import { personIdCache, schoolPlatform } from './adapters/ss12000.js';
import { resolvers } from './resolvers.js';

export function startSubgraph(config: AgencyServiceConfig) {
  const ids = personIdCache();
  return startAgencySubgraph({
    name: 'school',
    agency: 'SCHOOL',
    sdl: subgraphSdl('school'),
    resolvers,
    adapter: (http) => schoolPlatform(http, () => todayInSweden(), ids),
    config,
  });
}
