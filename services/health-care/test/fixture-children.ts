import type { Child, Population } from '@lotsen/agency-systems';
import { coordinationNumberSystem, identifierSystemOf } from '@lotsen/kit';

/**
 * The children the recorded answers are of (test/fixtures/fhir/), one of each kind the mapping
 * meets: with a diagnosis and a care team (BUP), with booked appointments at another unit, known
 * by a coordination number, and one health care has never met.
 */
export function fixtureChildren(population: Population): Child[] {
  const children = population.families.flatMap((f) => f.children);
  const chosen = [
    children.find((c) => c.health?.conditions.length && c.health.careTeam && c.health.encounters.length > 2),
    children.find((c) => (c.health?.appointments.length ?? 0) > 1 && !c.health?.careTeam),
    children.find((c) => c.health && identifierSystemOf(c.personnummer) === coordinationNumberSystem),
    children.find((c) => !c.health),
  ];
  if (chosen.some((c) => c === undefined)) throw new Error('the population has no child of every kind: choose another seed');
  return chosen as Child[];
}
