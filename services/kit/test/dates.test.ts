import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween } from '../src/index.js';

describe('calendar arithmetic on ISO dates', () => {
  it('adds days across months, years and a leap day, both ways', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-11-23', -365)).toBe('2025-11-23');
    expect(daysBetween('2026-11-23', '2027-11-23')).toBe(365);
    expect(daysBetween('2027-11-23', '2026-11-23')).toBe(-365);
  });

  it('adds months to the same day, or the last of a month that lacks it (never running on into the next)', () => {
    expect(addMonths('2026-11-23', 12)).toBe('2027-11-23');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2028-02-29', -12)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-05-31', 1)).toBe('2026-06-30');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });

  it('refuses what is not a calendar day rather than guessing one', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '20261123', 'idag']) {
      expect(() => addDays(bad, 1)).toThrow(RangeError);
      expect(() => addMonths(bad, 1)).toThrow(RangeError);
    }
  });
});
