export { type SimulatorOptions, simulatorRoutes } from './routes.js';
