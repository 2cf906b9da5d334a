// The three agency-system simulators as their own process, on ports 4101-4103.
import { envNumber, todayInSweden } from '@lotsen/kit';
import { defaultPopulation, generatePopulation } from './population/generate.js';
import { startSimulators } from './simulator/start.js';

const population = generatePopulation({ seed: envNumber('LOTSEN_SEED', defaultPopulation.seed), families: envNumber('LOTSEN_FAMILIES', defaultPopulation.families), today: todayInSweden() });
const sims = await startSimulators(population);
console.log(`simulators: ${sims.school.url} (SS 12000), ${sims.socialServices.url} (case system), ${sims.healthCare.url} (FHIR R4)`);
