import type { AgencySimulator } from '../simulator/agency-simulator.js';
import { schoolPlatformRoutes } from './server.js';

/** The SS 12000 school platform, as the agency manifest starts it. */
export const simulator: AgencySimulator = {
  routes: (population, { statisticsSecret }) => schoolPlatformRoutes(population, { statisticsSecret }),
  dialect: 'ss12000',
};
