// The simulators of the existing systems as their own process, on HOST: each agency system on the
// port its manifest entry gives, the population register on 4104; with PORT, on PORT and the ports
// after it in that order (PORT=0: each a free port).
import { agencies, agencyManifest, listenAddress, sectionField, todayInSweden } from '@lotsen/kit';
import { agencyRecords } from './population/agency-records.js';
import { generatePopulation, populationOptionsFromEnv } from './population/generate.js';
import { type SimulatorPorts, simulatorPorts, startSimulators } from './simulator/start.js';
import { loadOrCreateStatisticsSecrets } from './simulator/statistics-secrets.js';
import { agencyClientsFile, loadOrCreateAgencyClients } from './simulator/stored-clients.js';

const { host, port } = listenAddress(simulatorPorts.school);
const ports = process.env.PORT ? (Object.fromEntries(Object.keys(simulatorPorts).map((k, i) => [k, port === 0 ? 0 : port + i])) as SimulatorPorts) : simulatorPorts;
// Each system's statistics key secret and registered client are kept under the data directory, as npm start keeps them.
const population = agencyRecords(generatePopulation({ ...populationOptionsFromEnv(), today: todayInSweden() }));
const sims = await startSimulators(population, ports, loadOrCreateStatisticsSecrets(), host, loadOrCreateAgencyClients());
// What generating left behind (at 100,000 families, 1.6 GB of the coordination team's records,
// docs/agency-systems.md "The simulators' memory") is collected now, when started with
// --expose-gc, not by a full collection in the middle of the first requests.
(globalThis as { gc?: () => void }).gc?.();
const systems = agencies.map((a) => `${sims[sectionField(a)].url} (${agencyManifest[a].system.kind})`);
console.log(`simulators: ${[...systems, `${sims.populationRegister.url} (population register)`].join(', ')}; their registered clients in ${agencyClientsFile()}`);
