import { describe, expect, it } from 'vitest';
import { isAhead, nextAndLatest, nowInSweden } from '../src/work-list/meetings.js';

describe('the next and the latest meeting', () => {
  const now = { day: '2026-11-26', time: '10:00' };

  it('takes a visit held today as the latest and the meeting booked next week as the next', () => {
    const meetings = [
      { id: 'sip', date: '2026-12-03', time: '09:30' },
      { id: 'visit', date: '2026-11-26', time: null },
      { id: 'old', date: '2026-10-01', time: null },
    ];
    const { next, latest } = nextAndLatest(meetings, now);
    expect(next?.id).toBe('sip');
    expect(latest?.id).toBe('visit');
  });

  it('counts a meeting later today as ahead, and one earlier today as held', () => {
    expect(isAhead({ date: '2026-11-26', time: '14:00' }, now)).toBe(true);
    expect(isAhead({ date: '2026-11-26', time: '08:00' }, now)).toBe(false);
    expect(isAhead({ date: '2026-11-27' }, now)).toBe(true);
  });

  it('picks the soonest of several ahead, whatever their order', () => {
    const { next, latest } = nextAndLatest([{ date: '2027-01-10' }, { date: '2026-12-01', time: '13:00' }, { date: '2026-12-01', time: '09:00' }], now);
    expect(next).toEqual({ date: '2026-12-01', time: '09:00' });
    expect(latest).toBeUndefined();
  });

  it('reads now in Swedish time, on either side of midnight UTC', () => {
    expect(nowInSweden(new Date('2026-11-26T23:30:00Z'))).toEqual({ day: '2026-11-27', time: '00:30' });
    expect(nowInSweden(new Date('2026-07-01T10:05:00Z'))).toEqual({ day: '2026-07-01', time: '12:05' });
  });
});
