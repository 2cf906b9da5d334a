import { describe, expect, it } from 'vitest';
import { addDays, type Family, generatePopulation, type Population } from '../src/index.js';

// What a municipal analyst and a coordinator read in the seeded population must be coherent in
// time: the first contact, then the first meeting, then the agreed SIP, none after today; meetings
// in every month of the history; each list in date order; a household's names its own; each SIP
// action under the goal it serves. Held over the default size and the small one some tests use,
// for several seeds and two pinned days (a Monday late in November, a Wednesday early in March).
const days = ['2026-11-23', '2027-03-10'];
const cases = [...days.flatMap((today) => [20261123, 7].map((seed) => ({ seed, families: 300, today }))), ...days.flatMap((today) => [20261123, 7, 99].map((seed) => ({ seed, families: 40, today })))];

const isWeekday = (date: string) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
const daysFrom = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
const month = (date: string) => date.slice(0, 7);
const nextMonth = (m: string) => addDays(`${m}-28`, 7).slice(0, 7);
const inOrder = (dates: string[], direction: 'ascending' | 'descending') => dates.every((d, i) => i === 0 || (direction === 'ascending' ? dates[i - 1]! <= d : dates[i - 1]! >= d));

/** The statistics' definitions (docs/analysts.md): the first meeting on or after the first contact, the plan's day once it is agreed. */
const firstMeeting = (f: Family) =>
  f.meetings
    .map((m) => m.date)
    .filter((d) => d >= f.firstContactOn)
    .sort()[0];
const agreedSip = (f: Family) => (f.plan && f.plan.status !== 'DRAFT' ? f.plan.createdOn : undefined);

/** Which agencies an action under a goal of each area can be the responsibility of. */
const agenciesServing: Record<string, string[]> = {
  HOME_LIFE: ['SOCIAL_SERVICES', 'HEALTH_CARE'],
  SCHOOL: ['SCHOOL'],
  LEISURE: ['SOCIAL_SERVICES', 'SCHOOL'],
  PARENTS_OCCUPATION: ['SOCIAL_SERVICES', 'HEALTH_CARE'],
};

describe.each(cases)('the population of $families families, seed $seed, on $today, in time', ({ seed, families, today }) => {
  const population: Population = generatePopulation({ seed, families, today });

  it('orders each family: first contact, first meeting (coordination begins), agreed SIP, on weekdays and none after today', () => {
    for (const f of population.families) {
      const where = `${f.reference}`;
      expect(f.firstContactOn < f.startedOn, where).toBe(true);
      expect(f.startedOn <= today, where).toBe(true);
      expect(isWeekday(f.firstContactOn) && isWeekday(f.startedOn), where).toBe(true);
      expect(firstMeeting(f), where).toBe(f.startedOn);
      const sip = agreedSip(f);
      if (sip) {
        expect(f.startedOn < sip && sip <= today, where).toBe(true);
        expect(
          f.meetings.filter((m) => m.kind === 'SIP').map((m) => m.date),
          where,
        ).toEqual([sip]);
      } else
        expect(
          f.meetings.some((m) => m.kind === 'SIP'),
          where,
        ).toBe(false);
      // No consent is recorded before the family was first in contact.
      for (const c of f.consents) expect(c.validFrom >= f.firstContactOn, `${where} ${c.id}`).toBe(true);
    }
  });

  it('has no negative or absurd waits: a first meeting within two months of the first contact, an agreed SIP within six', () => {
    const toFirst = population.families.map((f) => daysFrom(f.firstContactOn, firstMeeting(f) as string));
    const toSip = population.families.flatMap((f) => {
      const sip = agreedSip(f);
      return sip ? [daysFrom(f.firstContactOn, sip)] : [];
    });
    for (const d of toFirst) expect(d > 0 && d <= 60, String(d)).toBe(true);
    for (const d of toSip) expect(d > 14 && d <= 180, String(d)).toBe(true);
    const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length;
    expect(mean(toFirst)).toBeGreaterThan(14);
    expect(mean(toFirst)).toBeLessThan(45);
    expect(mean(toSip)).toBeGreaterThan(mean(toFirst) + 14);
    expect(mean(toSip)).toBeLessThan(120);
    // Most families' SIP is agreed; the most recently begun are still drafting theirs.
    const plans = population.families.filter((f) => f.plan);
    expect(toSip.length).toBeGreaterThan(plans.length * 0.7);
  });

  it('holds every kind of meeting at a plausible time', () => {
    for (const f of population.families) {
      const sip = agreedSip(f);
      for (const m of f.meetings) {
        const where = `${f.reference} ${m.kind} ${m.date}`;
        expect(m.date >= f.startedOn && m.date <= today, where).toBe(true);
        expect(isWeekday(m.date), where).toBe(true);
        if (m.kind === 'FOLLOW_UP') expect(daysFrom(f.startedOn, m.date) >= 175 && (!sip || m.date > sip), where).toBe(true);
        if (m.kind === 'JOINT_HOME_VISIT' || m.kind === 'CHECK_IN') expect(m.date > f.startedOn, where).toBe(true);
        if (m.kind === 'JOINT_HOME_VISIT') expect(m.agencies.length, where).toBeGreaterThan(0);
      }
      // The first meeting is the coordinator's with the family.
      expect(
        f.meetings.find((m) => m.date === f.startedOn && m.kind === 'COORDINATION'),
        f.reference,
      ).toBeDefined();
      // A follow-up every half year since the start, no more, no fewer.
      expect(f.meetings.filter((m) => m.kind === 'FOLLOW_UP').length, f.reference).toBe(Math.floor(daysFrom(f.startedOn, today) / 182));
    }
    // Archetype 2 has had no joint home visit and no check-in yet (the work list asks for both).
    const two = population.families.find((f) => f.archetype === 2) as Family;
    expect(two.meetings.filter((m) => m.kind === 'JOINT_HOME_VISIT' || m.kind === 'CHECK_IN')).toEqual([]);
    // Most families had their latest check-in within the team's two weeks, some have missed it.
    const latestCheckIn = population.families.filter((f) => f.archetype !== 2).map((f) => f.meetings.find((m) => m.kind === 'CHECK_IN')?.date ?? '');
    const within = latestCheckIn.filter((d) => d >= addDays(today, -14)).length;
    expect(within).toBeGreaterThan(latestCheckIn.length * 0.4);
    expect(within).toBeLessThan(latestCheckIn.length * 0.85);
  });

  it('has meetings in every month of its history, for the population as a whole', () => {
    const held = new Set(population.families.flatMap((f) => f.meetings.map((m) => month(m.date))));
    const first = population.families.map((f) => f.startedOn).sort()[0] as string;
    // Today's month counts once a working week of it has passed; before that it may have none yet.
    const weekdaysBefore = Array.from({ length: Number(today.slice(8)) - 1 }, (_, i) => `${month(today)}-${String(i + 1).padStart(2, '0')}`).filter(isWeekday).length;
    const last = weekdaysBefore >= 5 ? month(today) : month(addDays(`${month(today)}-01`, -1));
    const months: string[] = [];
    for (let m = month(first); m <= last; m = nextMonth(m)) months.push(m);
    expect(months.length).toBeGreaterThan(families >= 300 ? 20 : 6);
    expect(months.filter((m) => !held.has(m))).toEqual([]);
    expect([...held].every((m) => m <= month(today))).toBe(true);
  });

  it('gives siblings given names of their own, none a guardian’s', () => {
    for (const h of [...population.families, ...population.outside]) {
      const names = [...h.guardians, ...h.children].map((p) => p.givenName);
      expect(new Set(names).size, `${h.reference}: ${names.join(', ')}`).toBe(names.length);
    }
  });

  it('puts each SIP action under the goal of the area it serves, with an agency that fits it', () => {
    const actions = population.families.flatMap((f) => (f.plan?.goals ?? []).flatMap((g) => g.actions.map((a) => ({ f, g, a }))));
    expect(actions.length).toBeGreaterThan(families);
    for (const { f, g, a } of actions) {
      const where = `${f.reference} ${g.area}: ${a.description} (${a.responsibleAgency})`;
      expect(agenciesServing[g.area], where).toContain(a.responsibleAgency);
      if (/BUP|vårdcentral/i.test(a.description)) expect(a.responsibleAgency, where).toBe('HEALTH_CARE');
      if (/BUP/.test(a.description)) expect(g.area, where).toBe('HOME_LIFE');
      if (/skol|elevhälsa|klassrum|närvaro|fritidshem/i.test(a.description)) expect(a.responsibleAgency, where).toBe('SCHOOL');
      if (/arbetsförmedling|sfi|komvux|arbete|praktik/i.test(a.description)) expect(g.area, where).toBe('PARENTS_OCCUPATION');
      if (/fritid|kontaktfamilj/i.test(a.description)) expect(g.area, where).toBe('LEISURE');
    }
    for (const f of population.families)
      for (const g of f.plan?.goals ?? []) {
        expect(new Set(g.actions.map((a) => a.description)).size, `${f.reference} ${g.area}`).toBe(g.actions.length);
        // Due after the plan was agreed; a draft's actions are all still planned.
        for (const a of g.actions) expect(a.dueDate > (f.plan?.createdOn ?? ''), `${f.reference} ${a.description}`).toBe(true);
        if (f.plan?.status === 'DRAFT') expect(g.actions.every((a) => a.status === 'PLANNED')).toBe(true);
      }
  });

  it('keeps every list a family’s view shows in date order: meetings newest first, ratings and occupations from the start on', () => {
    for (const f of population.families) {
      const where = f.reference;
      expect(
        inOrder(
          f.meetings.map((m) => m.date),
          'descending',
        ),
        where,
      ).toBe(true);
      expect(
        inOrder(
          f.followUps.map((u) => u.date),
          'ascending',
        ),
        where,
      ).toBe(true);
      expect(
        f.followUps.every((u) => u.date >= f.startedOn && u.date <= today),
        where,
      ).toBe(true);
      // Every area is rated at the start, later ratings at follow-up meetings.
      const followUpDays = new Set(f.meetings.filter((m) => m.kind === 'FOLLOW_UP').map((m) => m.date));
      for (const area of new Set(f.followUps.map((u) => u.area))) expect(f.followUps.find((u) => u.area === area)?.date, `${where} ${area}`).toBe(f.startedOn);
      expect(
        f.followUps.every((u) => u.date === f.startedOn || followUpDays.has(u.date)),
        where,
      ).toBe(true);
      expect(
        inOrder(
          f.occupations.map((o) => o.recordedOn),
          'ascending',
        ),
        where,
      ).toBe(true);
      expect(f.occupations[0]?.recordedOn, where).toBe(f.startedOn);
      expect(
        f.occupations.every((o) => o.recordedOn <= today && (o.recordedOn === f.startedOn || followUpDays.has(o.recordedOn))),
        where,
      ).toBe(true);
      for (const g of f.plan?.goals ?? [])
        expect(
          inOrder(
            g.actions.map((a) => a.dueDate),
            'ascending',
          ),
          `${where} ${g.area}`,
        ).toBe(true);
    }
  });

  it('keeps the agencies’ lists in date order: visits and decisions newest first, booked visits soonest first, on weekdays', () => {
    for (const c of population.families.flatMap((f) => f.children)) {
      const where = c.personnummer;
      if (c.health) {
        expect(
          inOrder(
            c.health.encounters.map((e) => e.date),
            'descending',
          ),
          where,
        ).toBe(true);
        expect(
          inOrder(
            c.health.appointments.map((a) => a.start),
            'ascending',
          ),
          where,
        ).toBe(true);
        expect([...c.health.encounters.map((e) => e.date), ...c.health.appointments.map((a) => a.start.slice(0, 10))].every(isWeekday), where).toBe(true);
        expect(c.health.appointments.every((a) => a.start.slice(0, 10) > today)).toBe(true);
      }
      if (c.school) {
        expect(
          inOrder(
            c.school.studentHealthContacts.map((s) => s.date),
            'descending',
          ),
          where,
        ).toBe(true);
        expect(c.school.studentHealthContacts.every((s) => isWeekday(s.date))).toBe(true);
        expect(
          inOrder(
            c.school.supportMeasures.map((m) => m.decidedOn),
            'descending',
          ),
          where,
        ).toBe(true);
      }
    }
  });
});

describe('placing families in time', () => {
  it('is deterministic, and leaves the people, their records and consents as the seeded sequence draws them whatever the day', () => {
    const a = generatePopulation({ seed: 11, families: 60, today: '2026-11-23' });
    expect(JSON.stringify(generatePopulation({ seed: 11, families: 60, today: '2026-11-23' }))).toBe(JSON.stringify(a));
    // A day later, the same people: only what is relative to today moves.
    const b = generatePopulation({ seed: 11, families: 60, today: '2026-11-24' });
    const who = (p: Population) => p.families.map((f) => [f.id, f.reference, ...[...f.guardians, ...f.children].map((x) => `${x.personnummer} ${x.givenName}`)]);
    expect(who(b)).toEqual(who(a));
  });

  it('keeps the archetype families’ SIPs agreed and shared as the README has them', () => {
    for (const today of days) {
      const population = generatePopulation({ seed: 20261123, families: 300, today });
      const arch = (n: number) => population.families.find((f) => f.archetype === n) as Family;
      for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) expect(arch(n).plan?.status, `${n} on ${today}`).toBe('ACTIVE');
      // Archetype 1's actions are every agency's: their staff see them.
      expect(new Set(arch(1).plan?.goals.flatMap((g) => g.actions.map((a) => a.responsibleAgency)))).toEqual(new Set(['SCHOOL', 'SOCIAL_SERVICES', 'HEALTH_CARE']));
    }
  });
});
