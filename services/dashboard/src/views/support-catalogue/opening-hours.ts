import type { Weekday } from '../../gql/graphql.js';

/** Opening hours in words, and as the keeper's form writes them (docs/support-catalogue.md). */

export const weekdays: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

export const weekdayName: Record<Weekday, string> = {
  MONDAY: 'Måndag',
  TUESDAY: 'Tisdag',
  WEDNESDAY: 'Onsdag',
  THURSDAY: 'Torsdag',
  FRIDAY: 'Fredag',
  SATURDAY: 'Lördag',
  SUNDAY: 'Söndag',
};

interface Period {
  day: Weekday;
  opens: string;
  closes: string;
}

/** One day's periods as written: "08:00–12:00, 13:00–16:30"; "hela dygnet" for 00:00–24:00. */
export const dayText = (periods: readonly Period[], day: Weekday) =>
  periods
    .filter((p) => p.day === day)
    .map((p) => (p.opens === '00:00' && p.closes === '24:00' ? 'hela dygnet' : `${p.opens}–${p.closes}`))
    .join(', ');

/** The week as lines, days with the same hours together: "Måndag–fredag: 08:00–16:00". Closed days are left out. */
export function weekInLines(periods: readonly Period[]): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start < weekdays.length) {
    const text = dayText(periods, weekdays[start] as Weekday);
    let end = start;
    while (end + 1 < weekdays.length && dayText(periods, weekdays[end + 1] as Weekday) === text) end++;
    if (text) {
      const days = end === start ? weekdayName[weekdays[start] as Weekday] : `${weekdayName[weekdays[start] as Weekday]}–${weekdayName[weekdays[end] as Weekday].toLowerCase()}`;
      lines.push(`${days}: ${text}`);
    }
    start = end + 1;
  }
  return lines;
}

/**
 * A day's hours as the keeper types them, "08:00–12:00, 13:00–16:30" (a dash or a hyphen), into
 * periods; null when the text is not of that form. Blank is closed.
 */
export function parseDay(day: Weekday, text: string): Period[] | null {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const periods: Period[] = [];
  for (const part of parts) {
    if (part.toLocaleLowerCase('sv') === 'hela dygnet') {
      periods.push({ day, opens: '00:00', closes: '24:00' });
      continue;
    }
    const m = /^(\d{1,2})[:.](\d{2})\s*[–-]\s*(\d{1,2})[:.](\d{2})$/.exec(part);
    if (!m) return null;
    periods.push({ day, opens: `${(m[1] as string).padStart(2, '0')}:${m[2]}`, closes: `${(m[3] as string).padStart(2, '0')}:${m[4]}` });
  }
  return periods;
}
