import { agencies, agencyManifest, perAgency, type RunningServer, type SectionField, sectionField, startHttpServer } from '@lotsen/kit';
import type { Population } from '../population/types.js';
import { populationRegisterRoutes } from '../population-register/server.js';
import type { AgencySimulator } from './agency-simulator.js';
import { requireAuthorisation } from './authorisation.js';
import { type AgencyClients, randomAgencyClients, registrations } from './clients.js';
import type { SimulatorControl } from './control.js';
import { randomStatisticsSecrets, type StatisticsSecrets } from './statistics-secrets.js';

export interface RunningSimulator extends RunningServer {
  control: SimulatorControl;
}

/** Each agency's system by its section field (school, socialServices, …), and the population register. */
export type RunningSimulators = Record<SectionField, RunningSimulator> & {
  populationRegister: RunningSimulator;
  /** The clients the agency systems registered (docs/security.md, "Agency systems' credentials"). */
  clients: AgencyClients;
  close(): Promise<void>;
};

/** Where each simulator listens. */
export type SimulatorPorts = Record<SectionField | 'populationRegister', number>;

/** The fixed ports the README lists: each agency system's from the manifest, the register's 4104. */
export const simulatorPorts = {
  ...perAgency((a) => agencyManifest[a].system.port),
  populationRegister: 4104,
} as SimulatorPorts;

/** Free ports, each its own (tests, several systems side by side). */
export const ephemeralSimulatorPorts = Object.fromEntries(Object.keys(simulatorPorts).map((k) => [k, 0])) as SimulatorPorts;

/**
 * The agency systems' simulators on their ports, each agency's from the module its manifest
 * entry names (docs/agencies.md), and the population register. Each system that counts for
 * follow-up statistics holds its own statistics key secret (docs/agency-systems.md, "Record
 * keys"): given, as `npm start` keeps them across restarts, or fresh ones, as a test system's.
 * Every agency system answers only requests with a token from its own token endpoint, which
 * takes the registered `clients` (new ones when absent: `clients` says what they are).
 */
export async function startSimulators(
  population: Population,
  ports: SimulatorPorts = simulatorPorts,
  statisticsSecrets: StatisticsSecrets = randomStatisticsSecrets(),
  host = '127.0.0.1',
  clients: AgencyClients = randomAgencyClients(),
): Promise<RunningSimulators> {
  const registered = registrations(clients);
  // A statistics export is asked for a region's cohort in one request: a larger body than a client's.
  const start = async (made: { routes: Parameters<typeof startHttpServer>[0]; control: SimulatorControl }, port: number): Promise<RunningSimulator> => ({
    ...(await startHttpServer(made.routes, port, host, undefined, 16_000_000)),
    control: made.control,
  });
  const started: RunningSimulator[] = [];
  const systems = {} as Record<SectionField, RunningSimulator>;
  try {
    for (const agency of agencies) {
      const key = sectionField(agency);
      const { simulator } = (await import(agencyManifest[agency].system.simulator)) as { simulator: AgencySimulator };
      const made = simulator.routes(population, { statisticsSecret: statisticsSecrets[key] });
      const routes = requireAuthorisation(made.routes, { system: made.control.name, dialect: simulator.dialect, clients: registered[key] });
      systems[key] = await start({ routes, control: made.control }, ports[key]);
      started.push(systems[key]);
    }
    const populationRegister = await start(populationRegisterRoutes(population), ports.populationRegister);
    started.push(populationRegister);
    return { ...systems, populationRegister, clients, close: () => Promise.all(started.map((s) => s.close())).then(() => undefined) };
  } catch (error) {
    await Promise.all(started.map((s) => s.close()));
    throw error;
  }
}
