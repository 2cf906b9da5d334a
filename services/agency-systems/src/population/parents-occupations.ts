import type { FamilyDraft } from './draft.js';
import { stableShare } from './stable-share.js';
import type { FamilyTimeline } from './timeline.js';
import type { Occupation, OccupationRecord } from './types.js';

const notWorking: Occupation[] = ['SICK_LEAVE', 'UNEMPLOYED', 'UNEMPLOYED', 'OTHER'];

/**
 * Each parent's occupation at the start and at every half-yearly follow-up since, in date order
 * (first parent, then second, on each day), drawn from stable shares so the seeded sequence stays
 * as it was. About a third of the parents work or study at the start; at each follow-up a quarter
 * of the rest get back to it, so that after a year and a half about half have, as the coordinator
 * model's evaluation found.
 */
export function parentsOccupations(seed: number, family: Pick<FamilyDraft, 'reference' | 'guardians'>, timeline: FamilyTimeline): OccupationRecord[] {
  const share = (key: string) => stableShare(seed, `${key}|${family.reference}`);
  const parents = family.guardians.map((_, i) => (i + 1) as 1 | 2);
  const working = new Map(parents.map((parent) => [parent, share(`working|${parent}`) < 0.33]));
  return [timeline.startedOn, ...timeline.followUps].flatMap((recordedOn, i) =>
    parents.map((parent): OccupationRecord => {
      if (i > 0 && !working.get(parent)) working.set(parent, share(`back|${parent}|${i}`) < 0.25);
      const occupation: Occupation = working.get(parent)
        ? share(`studies|${parent}`) < 0.3
          ? 'STUDIES'
          : 'WORK'
        : (notWorking[Math.floor(share(`not-working|${parent}|${i}`) * notWorking.length)] as Occupation);
      return { recordedOn, parent, occupation };
    }),
  );
}
