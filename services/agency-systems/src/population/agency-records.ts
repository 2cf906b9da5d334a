import type { Population } from './types.js';

/**
 * What the agency systems hold of a population: its people and their agency records, without
 * the coordination team's own (consents, plans, meetings, follow-ups), which live in
 * coordination's store and which no agency system ever reads. The parents' occupations stay: the
 * employment support system's participants are drawn from them. At 100,000 families those are
 * three fifths of the population's memory; a simulators process that kept them would spend its
 * full collections marking them (docs/agency-systems.md, "The simulators' memory").
 */
export function agencyRecords(population: Population): Population {
  return {
    ...population,
    families: population.families.map((family) => ({ ...family, consents: [], plan: null, meetings: [], followUps: [] })),
  };
}
