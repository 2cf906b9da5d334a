import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type MeetingForCalendar, meetingIcs } from '../src/calendar/meeting-ics.js';

/** Parses an iCalendar text with ical.js and gives its one event, with the zones it defines registered. */
function readEvent(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const [vevent] = calendar.getAllSubcomponents('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

const meeting: MeetingForCalendar = {
  id: '6f1c2d3e-4a5b-4c6d-8e7f-001122334455',
  date: '2026-12-15',
  time: '09:30',
  durationMinutes: 90,
  kindName: 'SIP-möte',
  familyReference: 'F-00012',
  agencies: 'skolan och socialtjänsten',
  place: 'Rönnskolan, rum 3; Storgatan 1, Exempelby',
  placeWithheld: null,
  stamp: new Date('2026-11-20T10:00:00Z'),
};

describe('a meeting as an iCalendar file (RFC 5545)', () => {
  it('holds the time in Europe/Stockholm, the place as LOCATION, the kind in Swedish and the family’s reference', () => {
    const { calendar, vevent, event } = readEvent(meetingIcs(meeting));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Stockholm');
    expect(event.startDate.zone.tzid).toBe('Europe/Stockholm');
    // 09:30 in Stockholm in December is 08:30 UTC (CET, +01:00).
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-15T08:30:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-15T10:00:00.000Z');
    expect(event.location).toBe(meeting.place);
    expect(event.summary).toBe('SIP-möte, familj F-00012');
    expect(event.description).toContain('skolan och socialtjänsten');
    expect(event.uid).toBe(`${meeting.id}@lotsen`);
    // DTSTAMP is UTC, as the standard asks.
    expect(vevent.getFirstProperty('dtstamp')?.getFirstValue()?.toString()).toBe('2026-11-20T10:00:00Z');
  });

  it('counts summer time: 09:30 in June is 07:30 UTC', () => {
    const { event } = readEvent(meetingIcs({ ...meeting, date: '2027-06-10', durationMinutes: null }));
    expect(event.startDate.toJSDate().toISOString()).toBe('2027-06-10T07:30:00.000Z');
    // No length given: an hour.
    expect(event.endDate.toJSDate().toISOString()).toBe('2027-06-10T08:30:00.000Z');
  });

  it('keeps its UID however often it is made, so a second import updates the same entry', () => {
    const first = readEvent(meetingIcs(meeting)).event.uid;
    const again = readEvent(meetingIcs({ ...meeting, stamp: new Date('2026-12-01T08:00:00Z'), place: 'Annat rum' })).event.uid;
    expect(again).toBe(first);
    expect(readEvent(meetingIcs({ ...meeting, id: '00000000-0000-4000-8000-000000000009' })).event.uid).not.toBe(first);
  });

  it('makes a meeting with a day only an all-day entry', () => {
    const { event } = readEvent(meetingIcs({ ...meeting, time: null, durationMinutes: null }));
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-12-15');
  });

  it('leaves a withheld place out and says why', () => {
    const text = meetingIcs({ ...meeting, place: null, placeWithheld: 'Platsen står inte i kalenderfilen (skyddade personuppgifter); den finns i Lotsen.' });
    const { vevent, event } = readEvent(text);
    expect(vevent.getFirstProperty('location')).toBeNull();
    expect(event.description).toContain('skyddade personuppgifter');
    expect(text).not.toContain('Storgatan');
  });
});
