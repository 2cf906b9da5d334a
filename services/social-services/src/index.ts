export { caseSystem } from './adapters/case-system.js';
export { startSubgraph } from './server.js';
