import { type AgencyServiceConfig, startAgencySubgraph } from '@lotsen/kit';
import { subgraphSdl } from '@lotsen/schema';
import { healthRecords } from './adapters/fhir.js';
import type { HealthCareCategory } from './adapters/fhir-blocks.js';
import { resolvers } from './resolvers.js';

export function startSubgraph(config: AgencyServiceConfig) {
  return startAgencySubgraph({
    name: 'health-care',
    agency: 'HEALTH_CARE',
    sdl: subgraphSdl('health-care'),
    resolvers,
    adapter: healthRecords,
    // The patient's blocks (spärr) at the region, which the gate asks after every permit.
    blocked: (records, personnummer, category) => records.blocked(personnummer, category as HealthCareCategory),
    config,
  });
}
