/** Dates as Swedes write them (2026-10-01), times with the hour in Swedish time. */
const time = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

export const dateTime = (iso: string) => time.format(new Date(iso));

/** Today in Sweden, as YYYY-MM-DD. */
export const todayInSweden = (now = new Date()) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);

/** A calendar day moved by whole months and days (for a consent's default validity). */
export function addToDate(day: string, months: number, days = 0): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
