export { schoolPlatform, termStart } from './adapters/ss12000.js';
export { startSchoolSubgraph } from './server.js';
