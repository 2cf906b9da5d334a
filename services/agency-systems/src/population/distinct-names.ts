import { femaleNames, maleNames } from './names.js';
import { stableShare } from './stable-share.js';
import type { Person } from './types.js';

/**
 * Gives everyone of a household a given name of their own: siblings never share one, nor a child
 * a guardian's, nor two guardians theirs (the dashboard tells children apart by given name). A
 * name already taken is replaced by another of the same sex, from a place in the list fixed by
 * the seed and the person's number: the seeded sequence, and so every other person and record of
 * the population, stays as it was. Guardians first, then the children in order, so that the
 * first to carry a name keeps it.
 */
export function giveDistinctNames(seed: number, household: readonly Person[]): void {
  const taken = new Set<string>();
  for (const person of household) {
    if (taken.has(person.givenName)) {
      const names = person.sex === 'FEMALE' ? femaleNames : maleNames;
      const from = Math.floor(stableShare(seed, `given-name|${person.personnummer}`) * names.length);
      const free = names.map((_, i) => names[(from + i) % names.length] as string).find((name) => !taken.has(name));
      if (free) person.givenName = free;
    }
    taken.add(person.givenName);
  }
}
