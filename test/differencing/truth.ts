import type { Queryable } from '@lotsen/kit';
import * as figures from '../../services/coordination/src/statistics/figures.js';
import type { StatisticsFilter } from '../../services/coordination/src/statistics/filter.js';

const kinds = { COORDINATION: 'coordination', SIP: 'sip', FOLLOW_UP: 'followUp', JOINT_HOME_VISIT: 'jointHomeVisit', CHECK_IN: 'checkIn' } as const;
const occupations = { WORK: 'work', STUDIES: 'studies', SICK_LEAVE: 'sickLeave', UNEMPLOYED: 'unemployed', OTHER: 'other' } as const;
const statuses = { ACTIVE: 'active', PENDING: 'pending', EXPIRED: 'expired', REVOKED: 'revoked' } as const;

/**
 * The true counts behind an answer, by the same paths as its cells (answers.ts), read with the
 * figures' own queries: what the attack must not recover, and what the published figures must
 * stay near.
 */
export async function trueCounts(db: Queryable, f: StatisticsFilter): Promise<Map<string, number>> {
  const t = new Map<string, number>();
  const spans = await figures.familySpans(db, f);
  for (const unit of ['families', 'children'] as const) for (const part of ['started', 'ongoing', 'closed'] as const) t.set(`${unit}.${part}`, spans[unit][part].n);
  const line = (prefix: string, counts: figures.StatusCounts) => {
    let total = 0;
    for (const [s, name] of Object.entries(statuses)) {
      const n = counts[s as keyof typeof statuses].n;
      t.set(`${prefix}.${name}`, n);
      total += n;
    }
    t.set(`${prefix}.total`, total);
  };
  const purposes = await figures.consentsByPurpose(db, f, ['COORDINATION', 'SIP', 'FOLLOW_UP']);
  for (const [p, counts] of purposes) line(`consents.byPurpose.${p}.counts`, counts);
  for (const s of [...Object.values(statuses), 'total'])
    t.set(
      `consents.all.${s}`,
      [...purposes.keys()].reduce((a, p) => a + (t.get(`consents.byPurpose.${p}.counts.${s}`) ?? 0), 0),
    );
  for (const [a, counts] of await figures.consentsByAgency(db, f, ['SCHOOL', 'SOCIAL_SERVICES', 'HEALTH_CARE'])) line(`consents.byAgency.${a}.counts`, counts);
  for (const m of await figures.meetingsPerMonth(db, f)) {
    let total = 0;
    for (const [k, name] of Object.entries(kinds)) {
      const n = m.byKind[k as keyof typeof kinds].n;
      t.set(`meetingsPerMonth.${m.month}.${name}`, n);
      total += n;
    }
    t.set(`meetingsPerMonth.${m.month}.total`, total);
  }
  for (const a of await figures.followUpRatings(db, f, ['HOME_LIFE', 'SCHOOL', 'LEISURE', 'PARENTS_OCCUPATION'])) {
    t.set(`followUpRatings.${a.area}.families`, a.families.n);
    t.set(`followUpRatings.${a.area}.followedUp`, a.followedUp.n);
  }
  const pairs = await figures.parentsOccupation(db, f);
  for (const pick of ['first', 'latest'] as const) {
    const at = pick === 'first' ? 'atStart' : 'latest';
    for (const [o, name] of Object.entries(occupations))
      t.set(
        `parentsOccupation.${at}.${name}`,
        pairs.filter((p) => p[pick] === o).reduce((a, p) => a + p.parents.n, 0),
      );
    t.set(
      `parentsOccupation.${at}.total`,
      pairs.reduce((a, p) => a + p.parents.n, 0),
    );
  }
  t.set(
    'parentsOccupation.notWorkingAtStart',
    pairs.filter((p) => p.first !== 'WORK' && p.first !== 'STUDIES').reduce((a, p) => a + p.parents.n, 0),
  );
  for (const [name, to] of [
    ['daysToFirstMeeting', 'FIRST_MEETING'],
    ['daysToAgreedSip', 'AGREED_SIP'],
  ] as const) {
    const d = await figures.daysFromFirstContact(db, f, to);
    t.set(`${name}.families`, d.families.n);
    t.set(`${name}.sum`, d.sum);
    t.set(`${name}.longest`, d.longest);
  }
  return t;
}
