/** The population's calendar: the kit's arithmetic on ISO dates, and the weekdays meetings fall on. */

import { addDays, daysBetween } from '@lotsen/kit';

/**
 * Orders ISO dates (and any text of one case and width, such as uuids) as their characters do:
 * what PostgreSQL's ORDER BY gives them, and far cheaper than localeCompare over millions.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Saturday or Sunday (1970-01-01, day 0, was a Thursday). */
export function isWeekend(date: string): boolean {
  const weekday = (((daysBetween('1970-01-01', date) + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

/** The day itself on a weekday, else the Friday before: when a municipality's meeting was held. */
export function weekdayOnOrBefore(date: string): string {
  let d = date;
  while (isWeekend(d)) d = addDays(d, -1);
  return d;
}

/** The day itself on a weekday, else the Monday after: when a meeting ahead is booked. */
export function weekdayOnOrAfter(date: string): string {
  let d = date;
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
}

export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export { addDays, addMonths, ageOn, birthDateOf, daysBetween } from '@lotsen/kit';
