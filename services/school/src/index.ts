export { startSchoolSubgraph } from './server.js';
export { schoolPlatform, termStart } from './adapters/ss12000.js';
