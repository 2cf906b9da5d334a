export { startGateway, type GatewayConfig, type RunningGateway } from './server.js';
