/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so that results never depend on the host. */

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
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
