import { addDays } from './dates.js';
import { stableShare, stableUuid } from './stable-share.js';
import type { FamilyDraft, Meeting } from './types.js';

/**
 * The coordinator's rhythm in the synthetic population: the last joint home visit (monthly, by
 * the seed texts) and the last check-in between the agencies (every second week). Most families
 * are within it; about two in five have missed one, so the work list has something to show; the
 * family of archetype 2 has neither yet.
 */
export function rhythmMeetings(seed: number, family: FamilyDraft, today: string): Meeting[] {
  if (family.archetype === 2) return [];
  const daysAgo = (key: string, within: number, late: [number, number]) => {
    const share = stableShare(seed, `${key}|${family.reference}`);
    return share < 0.6 ? 1 + Math.floor((share / 0.6) * (within - 2)) : late[0] + Math.floor(((share - 0.6) / 0.4) * (late[1] - late[0]));
  };
  return [
    {
      id: stableUuid(seed, `visit|${family.reference}`),
      date: addDays(today, -daysAgo('visit', 30, [35, 70])),
      kind: 'JOINT_HOME_VISIT',
      agencies: ['SCHOOL', 'SOCIAL_SERVICES'],
      summary: 'Gemensamt hembesök: familjen berättade en gång för alla verksamheter.',
    },
    {
      id: stableUuid(seed, `check-in|${family.reference}`),
      date: addDays(today, -daysAgo('check-in', 14, [16, 35])),
      kind: 'CHECK_IN',
      agencies: ['SCHOOL', 'SOCIAL_SERVICES', 'HEALTH_CARE'],
      summary: 'Avstämning mellan verksamheterna om läget och nästa steg.',
    },
  ];
}
