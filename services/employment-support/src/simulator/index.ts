import type { AgencySimulator } from '@lotsen/agency-systems';
import type { Felsvar } from '../vendor-api.js';
import { simulatorRoutes } from './routes.js';

export { type SimulatorOptions, simulatorRoutes } from './routes.js';

/** Arbetsmarknadsenheten's participant system, as the agency manifest starts it: 401 in its own shape (docs/agencies.md). */
export const simulator: AgencySimulator = {
  routes: (population) => simulatorRoutes(population),
  dialect: { unauthorised: (meddelande): Felsvar => ({ fel: { kod: 'OBEHORIG', meddelande } }) },
};
