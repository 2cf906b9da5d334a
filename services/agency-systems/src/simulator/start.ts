import { type RunningServer, startHttpServer } from '@lotsen/kit';
import { caseSystemRoutes } from '../case-system/server.js';
import { healthRecordsRoutes } from '../health-records/server.js';
import type { Population } from '../population/types.js';
import { populationRegisterRoutes } from '../population-register/server.js';
import { schoolPlatformRoutes } from '../school-platform/server.js';
import { type Dialect, requireAuthorisation } from './authorisation.js';
import { type AgencyClients, randomAgencyClients, registrations } from './clients.js';
import type { SimulatorControl } from './control.js';
import { randomStatisticsSecrets, type StatisticsSecrets } from './statistics-secrets.js';

export interface RunningSimulator extends RunningServer {
  control: SimulatorControl;
}

export interface RunningSimulators {
  school: RunningSimulator;
  socialServices: RunningSimulator;
  healthCare: RunningSimulator;
  populationRegister: RunningSimulator;
  /** The clients the agency systems registered (docs/security.md, "Agency systems' credentials"). */
  clients: AgencyClients;
  close(): Promise<void>;
}

/** The fixed ports the README lists; 0 picks free ports (tests). */
export const simulatorPorts = { school: 4101, socialServices: 4102, healthCare: 4103, populationRegister: 4104 } as const;

/**
 * The agency systems' simulators on their ports. Each system that counts for follow-up statistics
 * holds its own statistics key secret (docs/agency-systems.md, "Record keys"): given, as `npm
 * start` keeps them across restarts, or fresh ones, as a test system's. The school platform, the
 * case system and the health records answer only requests with a token from their own token
 * endpoint, which takes the registered `clients` (new ones when absent: `clients` says what they are).
 */
export async function startSimulators(
  population: Population,
  ports: { school: number; socialServices: number; healthCare: number; populationRegister: number } = simulatorPorts,
  statisticsSecrets: StatisticsSecrets = randomStatisticsSecrets(),
  host = '127.0.0.1',
  clients: AgencyClients = randomAgencyClients(),
): Promise<RunningSimulators> {
  const registered = registrations(clients);
  const authorised = (made: ReturnType<typeof schoolPlatformRoutes>, system: keyof AgencyClients, dialect: Dialect) => ({
    ...made,
    routes: requireAuthorisation(made.routes, { system: made.control.name, dialect, clients: registered[system] }),
  });
  // A statistics export is asked for a region's cohort in one request: a larger body than a client's.
  const start = async (made: ReturnType<typeof schoolPlatformRoutes>, port: number): Promise<RunningSimulator> => ({
    ...(await startHttpServer(made.routes, port, host, undefined, 16_000_000)),
    control: made.control,
  });
  const school = await start(authorised(schoolPlatformRoutes(population, { statisticsSecret: statisticsSecrets.school }), 'school', 'ss12000'), ports.school);
  const socialServices = await start(authorised(caseSystemRoutes(population, { statisticsSecret: statisticsSecrets.socialServices }), 'socialServices', 'case-system'), ports.socialServices);
  const healthCare = await start(authorised(healthRecordsRoutes(population, { statisticsSecret: statisticsSecrets.healthCare }), 'healthCare', 'fhir'), ports.healthCare);
  const populationRegister = await start(populationRegisterRoutes(population), ports.populationRegister);
  return {
    school,
    socialServices,
    healthCare,
    populationRegister,
    clients,
    close: async () => {
      await Promise.all([school.close(), socialServices.close(), healthCare.close(), populationRegister.close()]);
    },
  };
}
