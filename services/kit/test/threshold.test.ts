import { describe, expect, it } from 'vitest';
import { checkThreshold, minimumThreshold } from '../src/statistics/threshold.js';

describe('the statistics threshold', () => {
  it('is an integer of at least three, and anything else is refused', () => {
    expect(minimumThreshold).toBe(3);
    expect(checkThreshold(3)).toBe(3);
    expect(checkThreshold(5)).toBe(5);
    for (const t of [2, 0, -5, 4.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => checkThreshold(t), String(t)).toThrow(/an integer of at least 3/);
  });
});
