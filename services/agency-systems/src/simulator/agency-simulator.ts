import type { Routes } from '@lotsen/kit';
import type { Population } from '../population/types.js';
import type { Dialect } from './authorisation.js';
import type { SimulatorControl } from './control.js';

/**
 * What the module the agency manifest names as an agency's simulator (`system.simulator`)
 * exports as `simulator` (docs/agencies.md): its routes over the seeded population, and how its
 * API says 401. The simulators are started from the manifest alone (`startSimulators`).
 */
export interface AgencySimulator {
  routes(population: Population, options: { statisticsSecret: Uint8Array }): { routes: Routes; control: SimulatorControl };
  /** Its API's error shape for a request without a good token (SS 12000's, FHIR's, or its own `{ code, message }`). */
  dialect: Dialect;
}
