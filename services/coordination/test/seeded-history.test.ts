import { addDays, generatePopulation } from '@lotsen/agency-systems';
import type { Database } from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed, store } from '../src/index.js';
import { backends } from '../src/testing.js';

// The seeded store as the analysts' figures and the family view read it: each family's first
// meeting after its first contact and before its agreed SIP (family_facts, migration 011), meetings
// in every month of the history, lists in date order, the coordinator assigned from the start.
// The default size on a Monday late in November, the small one on a Wednesday early in March.
const cases = [
  { seed: 20261123, families: 300, today: '2026-11-23' },
  { seed: 7, families: 40, today: '2027-03-10' },
];

const isWeekday = (date: string) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
const daysFrom = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

describe.each(await backends())('the seeded history on $name', ({ open }) => {
  describe.each(cases)('$families families, seed $seed, on $today', ({ seed: seedNumber, families, today }) => {
    const population = generatePopulation({ seed: seedNumber, families, today });
    let db: Database & { dispose(): Promise<void> };
    beforeAll(async () => {
      db = await open();
      await seed(db, population);
    }, 60_000);
    afterAll(() => db?.dispose());

    it('keeps first contact, first meeting and agreed SIP in that order, none after today, as the statistics read them', async () => {
      const rows = await db.query<{ reference: string; contact: string; started: string; meeting: string | null; sip: string | null }>(
        `SELECT f.reference, to_char(x.first_contact_on, 'YYYY-MM-DD') AS contact, to_char(x.started_on, 'YYYY-MM-DD') AS started,
                to_char(x.first_meeting_on, 'YYYY-MM-DD') AS meeting, to_char(x.agreed_sip_on, 'YYYY-MM-DD') AS sip
           FROM family_facts x JOIN families f ON f.id = x.family_id`,
      );
      expect(rows).toHaveLength(families);
      for (const r of rows) {
        expect(r.meeting, r.reference).toBe(r.started);
        expect(r.contact < (r.meeting as string) && (r.meeting as string) <= today, r.reference).toBe(true);
        if (r.sip) expect((r.meeting as string) < r.sip && r.sip <= today, r.reference).toBe(true);
        expect(daysFrom(r.contact, r.meeting as string), r.reference).toBeLessThanOrEqual(60);
        if (r.sip) expect(daysFrom(r.contact, r.sip), r.reference).toBeLessThanOrEqual(180);
      }
      expect(rows.filter((r) => r.sip).length).toBeGreaterThan(families * 0.6);
    });

    it('has meetings in every month from the first family’s start to today’s, and none on a weekend or after today', async () => {
      const months = await db.query<{ month: string; n: number }>(`SELECT to_char(date, 'YYYY-MM') AS month, count(*)::int AS n FROM meetings GROUP BY 1 ORDER BY 1`);
      const [span = { first: today, last: today }] = await db.query<{ first: string; last: string }>(
        `SELECT (SELECT to_char(min(started_on), 'YYYY-MM-DD') FROM families) AS first, (SELECT to_char(max(date), 'YYYY-MM-DD') FROM meetings) AS last`,
      );
      const held = new Set(months.map((m) => m.month));
      const wanted: string[] = [];
      // Today's month once a working week of it has passed: both pinned days are past theirs.
      for (let m = span.first.slice(0, 7); m <= today.slice(0, 7); m = addDays(`${m}-28`, 7).slice(0, 7)) wanted.push(m);
      expect(wanted.length).toBeGreaterThan(6);
      expect(wanted.filter((m) => !held.has(m))).toEqual([]);
      expect(span.last <= today).toBe(true);
      const dates = await db.query<{ date: string }>(`SELECT DISTINCT to_char(date, 'YYYY-MM-DD') AS date FROM meetings`);
      expect(dates.map((d) => d.date).filter((d) => !isWeekday(d))).toEqual([]);
    });

    it('lists a family’s meetings newest first and its ratings oldest first, from its start', async () => {
      const ids = population.families.map((f) => f.id);
      const meetings = await store.meetingsOfFamilies(db, ids);
      const ratings = await store.followUpsOfFamilies(db, ids);
      expect(meetings.length).toBeGreaterThan(families * 10);
      for (const f of population.families) {
        const own = meetings.filter((m) => m.familyId === f.id).map((m) => String(m.date));
        const rated = ratings.filter((u) => u.familyId === f.id).map((u) => String(u.date));
        expect(own, f.reference).toEqual([...own].sort().reverse());
        expect(rated, f.reference).toEqual([...rated].sort());
        expect(rated.every((d) => d >= f.startedOn)).toBe(true);
      }
    });

    it('assigns each family’s coordinator from the day coordination began', async () => {
      const rows = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM assignments a JOIN families f ON f.id = a.family_id WHERE a.since <> f.started_on`);
      expect(rows[0]?.n).toBe(0);
    });
  });
});
