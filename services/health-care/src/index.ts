export { startHealthCareSubgraph } from './server.js';
export { healthRecords } from './adapters/fhir.js';
