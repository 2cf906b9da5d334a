import type { AgencySimulator } from '../simulator/agency-simulator.js';
import { caseSystemRoutes } from './server.js';

/** The municipality's case system, as the agency manifest starts it. */
export const simulator: AgencySimulator = {
  routes: (population, { statisticsSecret }) => caseSystemRoutes(population, { statisticsSecret }),
  dialect: 'case-system',
};
