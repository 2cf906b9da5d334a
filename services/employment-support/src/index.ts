export { employmentService } from './adapters/employment-service.js';
export { startSubgraph } from './server.js';
