// The simulators of the existing systems as their own process, on HOST and four ports from PORT
// (default 4101-4104: school platform, case system, health records, population register).
import { listenAddress, todayInSweden } from '@lotsen/kit';
import { agencyRecords } from './population/agency-records.js';
import { generatePopulation, populationOptionsFromEnv } from './population/generate.js';
import { simulatorPorts, startSimulators } from './simulator/start.js';
import { loadOrCreateStatisticsSecrets } from './simulator/statistics-secrets.js';
import { agencyClientsFile, loadOrCreateAgencyClients } from './simulator/stored-clients.js';

const { host, port } = listenAddress(simulatorPorts.school);
// PORT=0 gives each system a free port of its own.
const next = (offset: number) => (port === 0 ? 0 : port + offset);
const ports = { school: port, socialServices: next(1), healthCare: next(2), populationRegister: next(3) };
// Each system's statistics key secret and registered client are kept under the data directory, as npm start keeps them.
const population = agencyRecords(generatePopulation({ ...populationOptionsFromEnv(), today: todayInSweden() }));
const sims = await startSimulators(population, ports, loadOrCreateStatisticsSecrets(), host, loadOrCreateAgencyClients());
// What generating left behind (at 100,000 families, 1.6 GB of the coordination team's records,
// docs/agency-systems.md "The simulators' memory") is collected now, when started with
// --expose-gc, not by a full collection in the middle of the first requests.
(globalThis as { gc?: () => void }).gc?.();
console.log(
  `simulators: ${sims.school.url} (SS 12000), ${sims.socialServices.url} (case system), ${sims.healthCare.url} (FHIR R4), ${sims.populationRegister.url} (population register); their registered clients in ${agencyClientsFile()}`,
);
