import type { AgencySimulator } from '../simulator/agency-simulator.js';
import { healthRecordsRoutes } from './server.js';

/** The region's FHIR R4 health records, as the agency manifest starts it. */
export const simulator: AgencySimulator = {
  routes: (population, { statisticsSecret }) => healthRecordsRoutes(population, { statisticsSecret }),
  dialect: 'fhir',
};
