export { type GatewayConfig, type RunningGateway, startGateway } from './server.js';
