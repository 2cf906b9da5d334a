// The simulators of the existing systems as their own process, on ports 4101-4104.
import { todayInSweden } from '@lotsen/kit';
import { generatePopulation, populationOptionsFromEnv } from './population/generate.js';
import { startSimulators } from './simulator/start.js';

const population = generatePopulation({ ...populationOptionsFromEnv(), today: todayInSweden() });
const sims = await startSimulators(population);
console.log(`simulators: ${sims.school.url} (SS 12000), ${sims.socialServices.url} (case system), ${sims.healthCare.url} (FHIR R4), ${sims.populationRegister.url} (population register)`);
