import { addDays, weekdayOnOrBefore } from './dates.js';
import type { FamilyDraft } from './draft.js';
import type { FamilySequence } from './family-sequence.js';
import { stableShare } from './stable-share.js';
import type { Agency, Meeting } from './types.js';

const homeVisitAgencies: Agency[] = ['SCHOOL', 'SOCIAL_SERVICES'];
const checkInAgencies: Agency[] = ['SCHOOL', 'SOCIAL_SERVICES', 'HEALTH_CARE'];

/**
 * The coordinator's rhythm in the synthetic population, from the first meeting to today: a joint
 * home visit about monthly (the seed texts' rhythm) and a check-in between the agencies about
 * every second week, on weekdays. Most families are within it now; about two in five have missed
 * their latest, so the work list has something to show; the family of archetype 2 has neither yet.
 * Check-ins are never more than 19 days apart, so a family has a meeting in every month since it
 * began, until the last it held (docs/agency-systems.md, "A family in time").
 * Drawn from stable shares and the family's own sequence, so the population's seeded sequence
 * stays as it was.
 */
export function rhythmMeetings(seed: number, family: Pick<FamilyDraft, 'reference' | 'archetype'>, sequence: FamilySequence, startedOn: string, today: string): Meeting[] {
  if (family.archetype === 2) return [];
  const daysAgo = (key: string, within: number, late: [number, number]) => {
    const share = stableShare(seed, `${key}|${family.reference}`);
    return share < 0.6 ? 1 + Math.floor((share / 0.6) * (within - 2)) : late[0] + Math.floor(((share - 0.6) / 0.4) * (late[1] - late[0]));
  };
  const series = (latest: string, gap: [number, number], kind: Meeting['kind'], agencies: Agency[], summary: string): Meeting[] => {
    const held: Meeting[] = [];
    for (let date = weekdayOnOrBefore(latest); date > startedOn; date = weekdayOnOrBefore(addDays(date, -sequence.random.int(gap[0], gap[1])))) {
      held.push({ id: sequence.uuid(), date, kind, agencies, summary });
    }
    return held;
  };
  return [
    ...series(addDays(today, -daysAgo('visit', 30, [35, 70])), [24, 35], 'JOINT_HOME_VISIT', homeVisitAgencies, 'Gemensamt hembesök: familjen berättade en gång för alla verksamheter.'),
    ...series(addDays(today, -daysAgo('check-in', 14, [16, 35])), [11, 17], 'CHECK_IN', checkInAgencies, 'Avstämning mellan verksamheterna om läget och nästa steg.'),
  ];
}
