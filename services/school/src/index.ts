export { schoolPlatform, termStart } from './adapters/ss12000.js';
export { startSubgraph } from './server.js';
