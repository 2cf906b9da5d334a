export interface DatedMeeting {
  date: string;
  /** Swedish time it starts, HH:MM; null for a meeting with a day only. */
  time?: string | null;
}

/** Now in Sweden, as YYYY-MM-DD and HH:MM. */
export function nowInSweden(now = new Date()): { day: string; time: string } {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** Whether a meeting is still to come: a day ahead, or later today by its time. One today without a time has been held. */
export const isAhead = (m: DatedMeeting, now: { day: string; time: string }) => m.date > now.day || (m.date === now.day && Boolean(m.time) && (m.time as string) > now.time);

/**
 * The next meeting (the soonest still to come) and the latest (the most recent one held), from
 * meetings in any order: a home visit held this morning is the latest, not the next, and the SIP
 * meeting booked for next week is the next.
 */
export function nextAndLatest<M extends DatedMeeting>(meetings: readonly M[], now: { day: string; time: string }): { next: M | undefined; latest: M | undefined } {
  const key = (m: M) => `${m.date} ${m.time ?? ''}`;
  const ahead = meetings.filter((m) => isAhead(m, now)).sort((a, b) => key(a).localeCompare(key(b)));
  const held = meetings.filter((m) => !isAhead(m, now)).sort((a, b) => key(b).localeCompare(key(a)));
  return { next: ahead[0], latest: held[0] };
}
