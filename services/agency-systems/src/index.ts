export * from './population/types.js';
export { generatePopulation, defaultPopulation, type PopulationOptions } from './population/generate.js';
export { addDays, addMonths, ageOn, isoToday } from './population/dates.js';
export { testPersonnummer } from './population/identity-numbers.js';
export { SimulatorControl, type Faults } from './simulator/control.js';
export { startSimulators, simulatorPorts, type RunningSimulators, type RunningSimulator } from './simulator/start.js';
export { personnummerSystem } from './health-records/server.js';
export { maxPerPage as caseSystemMaxPerPage } from './case-system/server.js';
