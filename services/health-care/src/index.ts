export { healthRecords } from './adapters/fhir.js';
export { startHealthCareSubgraph } from './server.js';
