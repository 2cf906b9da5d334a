export { loadSafelist } from './plugins/persisted-operations.js';
export { type GatewayConfig, type RunningGateway, startGateway } from './server.js';
