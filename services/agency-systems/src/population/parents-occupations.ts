import { addDays } from './dates.js';
import { stableShare } from './stable-share.js';
import type { Family, FamilyDraft, Occupation, OccupationRecord } from './types.js';

const notWorking: Occupation[] = ['SICK_LEAVE', 'UNEMPLOYED', 'UNEMPLOYED', 'OTHER'];

/**
 * What follow-up counts on, drawn from stable shares so the seeded sequence stays as it was:
 * the day of first contact and the day coordination began (within the last two years), and each
 * parent's occupation at the start and every half year since. About a third of the parents work
 * or study at the start; each half year a quarter of the rest get back to it, so that after a
 * year and a half about half have, as the coordinator model's evaluation found.
 */
export function followUpFacts(seed: number, family: FamilyDraft, today: string): Pick<Family, 'startedOn' | 'firstContactOn' | 'occupations'> {
  const share = (key: string) => stableShare(seed, `${key}|${family.reference}`);
  const startedOn = addDays(today, -(family.archetype ? 90 + 30 * family.archetype : 30 + Math.floor(share('started') * 700)));
  const firstContactOn = addDays(startedOn, -(7 + Math.floor(share('contact') * 50)));
  const occupations: OccupationRecord[] = [];
  for (const parent of family.guardians.map((_, i) => (i + 1) as 1 | 2)) {
    let working = share(`working|${parent}`) < 0.33;
    for (let at = startedOn, i = 0; at <= today; at = addDays(at, 182), i++) {
      if (i > 0 && !working) working = share(`back|${parent}|${i}`) < 0.25;
      const occupation: Occupation = working
        ? share(`studies|${parent}`) < 0.3
          ? 'STUDIES'
          : 'WORK'
        : (notWorking[Math.floor(share(`not-working|${parent}|${i}`) * notWorking.length)] as Occupation);
      occupations.push({ recordedOn: at, parent, occupation });
    }
  }
  return { startedOn, firstContactOn, occupations };
}
