/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that results never depend on the host. */

const dayMs = 86_400_000;
const epochDays = new Map<string, number>();
const isoDates = new Map<number, string>();

// A large population computes millions of dates around a few thousand distinct days: both
// directions of the conversion are remembered rather than parsed and printed each time.
export function addDays(date: string, days: number): string {
  let day = epochDays.get(date);
  if (day === undefined) {
    day = Date.parse(`${date}T00:00:00Z`) / dayMs;
    epochDays.set(date, day);
  }
  const target = day + days;
  let iso = isoDates.get(target);
  if (iso === undefined) {
    iso = new Date(target * dayMs).toISOString().slice(0, 10);
    isoDates.set(target, iso);
  }
  return iso;
}

export function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export { ageOn, birthDateOf } from '@lotsen/kit';
