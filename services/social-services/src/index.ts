export { caseSystem } from './adapters/case-system.js';
export { startSocialServicesSubgraph } from './server.js';
