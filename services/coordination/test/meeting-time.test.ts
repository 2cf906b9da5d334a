import { describe, expect, it } from 'vitest';
import { meetingTime } from '../src/graphql/record-meeting.js';
import { cleanText, fields } from '../src/graphql/text.js';

describe('a meeting’s time', () => {
  it('takes a time with a length or an end, an hour by default, or no time at all', () => {
    expect(meetingTime({ time: '09:30', durationMinutes: 45 })).toEqual({ time: '09:30', durationMinutes: 45 });
    expect(meetingTime({ time: '09:30', endTime: '11:00' })).toEqual({ time: '09:30', durationMinutes: 90 });
    expect(meetingTime({ time: '23:00' })).toEqual({ time: '23:00', durationMinutes: 60 });
    expect(meetingTime({})).toEqual({ time: null, durationMinutes: null });
  });

  it('refuses what it cannot be, in Swedish, saying what was given', () => {
    expect(() => meetingTime({ time: '9.30' })).toThrow(/^Tid: skriv tiden som TT:MM, t\.ex\. 09:30 \(du angav "9\.30"\) \/ /);
    expect(() => meetingTime({ time: '24:00' })).toThrow(/^Tid: /);
    expect(() => meetingTime({ durationMinutes: 30 })).toThrow(/^Längd och sluttid: ange också när mötet börjar/);
    expect(() => meetingTime({ time: '09:00', durationMinutes: 1000 })).toThrow(/^Längd: 5 till 720 minuter \(du angav 1\s000\)/);
    expect(() => meetingTime({ time: '09:00', endTime: '08:00' })).toThrow(/^Sluttid: efter starttiden 09:00 \(du angav 08:00\)/);
    expect(() => meetingTime({ time: '09:00', endTime: '10:00', durationMinutes: 60 })).toThrow(/^Ange antingen/);
    expect(() => meetingTime({ time: '23:30', durationMinutes: 60 })).toThrow(/^Mötet ska sluta samma dag/);
  });
});

describe('free text', () => {
  it('names the field in Swedish and tells how much was given', () => {
    expect(() => cleanText('x'.repeat(5000), fields.documentRef)).toThrow(/^Dokumentreferens: högst 200 tecken \(du angav 5\s000\) \/ documentRef: at most 200 characters \(5000 given\)$/);
    expect(() => cleanText('   ', fields.summary)).toThrow(/^Sammanfattning: får inte vara tomt \/ /);
    expect(cleanText('  ok  ', fields.summary)).toBe('ok');
    // Characters as a person counts them: 200 emoji are 200 characters.
    expect(cleanText('😀'.repeat(200), fields.documentRef)).toHaveLength(400);
  });
});
