/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that results never depend on the
 * host: what coordination's rules (a consent's 12-month limit, what needs attention) and the
 * simulators' population count days with.
 */

const dayMs = 86_400_000;
const epochDays = new Map<string, number>();
const isoDates = new Map<number, string>();

// A large population computes millions of dates around a few thousand distinct days: both
// directions of the conversion are remembered rather than parsed and printed each time.
function epochDay(date: string): number {
  let day = epochDays.get(date);
  if (day === undefined) {
    day = Date.parse(`${date}T00:00:00Z`) / dayMs;
    // Date.parse takes 2026-02-30 for 2026-03-02: only a day that prints back as given is one.
    if (!Number.isInteger(day) || isoDate(day) !== date) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
    epochDays.set(date, day);
  }
  return day;
}

function isoDate(day: number): string {
  let iso = isoDates.get(day);
  if (iso === undefined) {
    iso = new Date(day * dayMs).toISOString().slice(0, 10);
    isoDates.set(day, iso);
  }
  return iso;
}

export function addDays(date: string, days: number): string {
  return isoDate(epochDay(date) + days);
}

/**
 * The same day `months` later (earlier when negative); a day the month lacks becomes its last
 * (2026-01-31 + 1 month is 2026-02-28), as lagen (1930:173) om beräkning av lagstadgad tid
 * counts a period of months, rather than running on into the next month as `Date` does.
 */
export function addMonths(date: string, months: number): string {
  epochDay(date);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}
