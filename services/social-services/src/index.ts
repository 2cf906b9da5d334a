export { startSocialServicesSubgraph } from './server.js';
export { caseSystem } from './adapters/case-system.js';
