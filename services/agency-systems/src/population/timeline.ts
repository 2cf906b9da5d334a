import { addDays, daysBetween, weekdayOnOrAfter, weekdayOnOrBefore } from './dates.js';
import type { FamilyDraft } from './draft.js';
import { stableShare } from './stable-share.js';

/** When things happen in a family's coordination, all on weekdays and none after today. */
export interface FamilyTimeline {
  firstContactOn: string;
  /** The first meeting, when coordination began: the start its follow-up is counted from. */
  startedOn: string;
  /** The half-yearly follow-ups held since the start, oldest first. */
  followUps: string[];
  /** The next follow-up, after today. */
  nextFollowUp: string;
}

/** The coordinator model's follow-up: every half year from the start. */
export const followUpEveryDays = 182;

/**
 * A family's timeline, drawn from stable shares so the seeded sequence stays as it was: coordination
 * began within the last two years (an archetype's a fixed time ago), one to eight weeks after the
 * first contact. A consent is never recorded before the family was first in contact: when the
 * earliest of its consents was, the first contact is moved back to that day and the start with it.
 */
export function familyTimeline(seed: number, family: Pick<FamilyDraft, 'reference' | 'archetype' | 'consents'>, today: string): FamilyTimeline {
  const share = (key: string) => stableShare(seed, `${key}|${family.reference}`);
  let startedOn = addDays(today, -(family.archetype ? 90 + 30 * family.archetype : 30 + Math.floor(share('started') * 700)));
  let firstContactOn = addDays(startedOn, -(7 + Math.floor(share('contact') * 50)));
  const earliestConsent = family.consents.map((c) => c.validFrom).sort()[0];
  if (earliestConsent && earliestConsent < firstContactOn) {
    startedOn = addDays(startedOn, daysBetween(firstContactOn, earliestConsent));
    firstContactOn = earliestConsent;
  }
  // Moving back never moves past the first contact: the two are a week or more apart.
  firstContactOn = weekdayOnOrBefore(firstContactOn);
  startedOn = weekdayOnOrBefore(startedOn);
  const followUps: string[] = [];
  let next = addDays(startedOn, followUpEveryDays);
  for (; next <= today; next = addDays(next, followUpEveryDays)) followUps.push(weekdayOnOrBefore(next));
  return { firstContactOn, startedOn, followUps, nextFollowUp: weekdayOnOrAfter(next) };
}
