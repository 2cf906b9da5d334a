import { DateTime } from 'luxon';
import { badInput } from '../graphql/errors.js';

/** Regular opening hours per weekday, in Swedish time (docs/support-catalogue.md, "Opening hours"). */

export const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof weekdays)[number];

export interface OpeningPeriod {
  day: Weekday;
  /** HH:MM. */
  opens: string;
  /** HH:MM after opens, at most 24:00. */
  closes: string;
}

const dayName: Record<Weekday, string> = {
  MONDAY: 'måndag',
  TUESDAY: 'tisdag',
  WEDNESDAY: 'onsdag',
  THURSDAY: 'torsdag',
  FRIDAY: 'fredag',
  SATURDAY: 'lördag',
  SUNDAY: 'söndag',
};

/** Periods a day: a morning and an afternoon with lunch between, and an evening. */
const periodsPerDay = 3;

/** Minutes since midnight of an HH:MM, or null when it is not one (24:00 is the day's end). */
function minutesOf(time: string): number | null {
  const m = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(time);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes <= 24 * 60 ? minutes : null;
}

/** The periods checked and in order (Monday first, then by time); a clear error names the day and what is wrong. */
export function cleanOpeningHours(periods: readonly OpeningPeriod[]): OpeningPeriod[] {
  const checked = periods.map((p) => {
    if (!weekdays.includes(p.day)) throw badInput(`Öppettider: okänd veckodag ${JSON.stringify(p.day)} / unknown weekday`);
    const opens = minutesOf(p.opens);
    const closes = minutesOf(p.closes);
    if (opens === null || closes === null)
      throw badInput(`Öppettider ${dayName[p.day]}: skriv tider som 08:00 och 16:30 (du skrev ${JSON.stringify(p.opens)}–${JSON.stringify(p.closes)}) / times are HH:MM`);
    if (closes <= opens) throw badInput(`Öppettider ${dayName[p.day]}: stänger ${p.closes} är inte efter öppnar ${p.opens} / closes must be after opens`);
    return { period: { day: p.day, opens: p.opens, closes: p.closes }, opens, closes };
  });
  checked.sort((a, b) => weekdays.indexOf(a.period.day) - weekdays.indexOf(b.period.day) || a.opens - b.opens);
  for (const day of weekdays) {
    const ofDay = checked.filter((c) => c.period.day === day);
    if (ofDay.length > periodsPerDay) throw badInput(`Öppettider ${dayName[day]}: högst ${periodsPerDay} tider om dagen (du angav ${ofDay.length}) / at most ${periodsPerDay} periods a day`);
    ofDay.forEach((c, i) => {
      const before = ofDay[i - 1];
      if (before && c.opens < before.closes)
        throw badInput(`Öppettider ${dayName[day]}: ${before.period.opens}–${before.period.closes} och ${c.period.opens}–${c.period.closes} går in i varandra / periods overlap`);
    });
  }
  return checked.map((c) => c.period);
}

/** Whether the hours hold the moment, on its weekday and time in Sweden (a public holiday is not known here: the note says it). */
export function isOpenAt(periods: readonly OpeningPeriod[], at: Date): boolean {
  const local = DateTime.fromJSDate(at, { zone: 'Europe/Stockholm' });
  const day = weekdays[local.weekday - 1];
  const minute = local.hour * 60 + local.minute;
  return periods.some((p) => p.day === day && (minutesOf(p.opens) ?? Infinity) <= minute && minute < (minutesOf(p.closes) ?? -Infinity));
}
