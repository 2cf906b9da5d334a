export { healthRecords } from './adapters/fhir.js';
export { startSubgraph } from './server.js';
