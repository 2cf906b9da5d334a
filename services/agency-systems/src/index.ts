export { personnummerSystem } from '@lotsen/kit';
export { maxPerPage as caseSystemMaxPerPage } from './case-system/server.js';
export { addDays, addMonths, ageOn, isoToday } from './population/dates.js';
export { defaultPopulation, generatePopulation, type PopulationOptions, populationOptionsFromEnv } from './population/generate.js';
export { testPersonnummer } from './population/identity-numbers.js';
export * from './population/types.js';
export { type Faults, SimulatorControl } from './simulator/control.js';
export { type RunningSimulator, type RunningSimulators, simulatorPorts, startSimulators } from './simulator/start.js';
