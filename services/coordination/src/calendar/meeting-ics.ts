import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical from 'ical-generator';
import { DateTime } from 'luxon';

/** Meetings are held in Sweden: their times are Swedish local time, daylight saving included. */
export const meetingTimeZone = 'Europe/Stockholm';

export interface MeetingForCalendar {
  id: string;
  date: string;
  /** HH:MM, Swedish time; null for a meeting with a day only (an all-day entry). */
  time: string | null;
  durationMinutes: number | null;
  /** The meeting's kind in Swedish, e.g. "SIP-möte". */
  kindName: string;
  familyReference: string;
  /** The agencies taking part, in Swedish ("skolan och socialtjänsten"); empty when none. */
  agencies: string;
  /** Null leaves LOCATION out (no place given, or one that must not travel: see graphql/meeting-calendar.ts). */
  place: string | null;
  /** Why the place is left out, told in the description; null when it is not. */
  placeWithheld: string | null;
  /** When the file is made (DTSTAMP). */
  stamp: Date;
}

/** A meeting's start, as the calendar's date-time in Swedish time. */
export const meetingStart = (date: string, time: string) => DateTime.fromISO(`${date}T${time}`, { zone: meetingTimeZone });

/**
 * An iCalendar file (RFC 5545) for one meeting, to import into the participants' calendars: its
 * time in Europe/Stockholm with the zone's definition (VTIMEZONE), the place as LOCATION, and a
 * summary that names the meeting's kind and the family's reference. A calendar file travels to
 * other systems, so nothing identifies a child in it: no name, no personnummer, no meeting notes.
 * The UID is the meeting's own, so importing the file again updates the same entry.
 */
export function meetingIcs(m: MeetingForCalendar): string {
  const calendar = ical({ prodId: { company: 'Lotsen', product: 'Samordning', language: 'SV' } });
  // The zone's definition for every zone an event names (not a calendar-wide zone: DTSTAMP stays UTC).
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  const description = [`Familj ${m.familyReference} i samordning.`, m.agencies ? `Verksamheter: ${m.agencies}.` : '', m.placeWithheld ?? ''].filter(Boolean).join(' ');
  const common = { id: `${m.id}@lotsen`, stamp: m.stamp, summary: `${m.kindName}, familj ${m.familyReference}`, description, location: m.place };
  if (m.time) {
    const start = meetingStart(m.date, m.time);
    calendar.createEvent({ ...common, start, end: start.plus({ minutes: m.durationMinutes ?? 60 }), timezone: meetingTimeZone });
  } else {
    calendar.createEvent({ ...common, start: DateTime.fromISO(m.date, { zone: meetingTimeZone }), allDay: true });
  }
  return calendar.toString();
}
