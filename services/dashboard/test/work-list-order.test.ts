import { describe, expect, it } from 'vitest';
import { matchesChildName, normaliseReference, orderWorkList, type WorkListFamily } from '../src/work-list/order.js';

const family = (reference: string, attention: WorkListFamily['attention'], nextFollowUp: string | null = null): WorkListFamily => ({
  reference,
  children: [{ givenName: 'Saga', familyName: 'Hassan' }],
  plan: { nextFollowUp },
  attention,
});

describe('the work list', () => {
  it('puts what needs action first: a waiting consent before a late routine, then the longest waiting', () => {
    const ordered = orderWorkList([
      family('F-00003', []),
      family('F-00002', [{ kind: 'NO_CHECK_IN', since: '2026-10-01' }]),
      family('F-00001', [{ kind: 'CONSENT_PENDING', since: '2026-11-01' }]),
      family('F-00004', [{ kind: 'NO_CHECK_IN', since: null }]),
    ]);
    expect(ordered.map((f) => f.reference)).toEqual(['F-00001', 'F-00004', 'F-00002', 'F-00003']);
  });

  it('orders families with nothing waiting by their next follow-up, the reference breaking ties', () => {
    const ordered = orderWorkList([family('F-00009', [], null), family('F-00008', [], '2026-12-01'), family('F-00007', [], null)]);
    expect(ordered.map((f) => f.reference)).toEqual(['F-00008', 'F-00007', 'F-00009']);
  });

  it("filters by any part of a child's given or family name, in any case", () => {
    expect(matchesChildName(family('F-00001', []), 'saga')).toBe(true);
    expect(matchesChildName(family('F-00001', []), 'saga hass')).toBe(true);
    expect(matchesChildName(family('F-00001', []), 'olle')).toBe(false);
    expect(matchesChildName(family('F-00001', []), '  ')).toBe(true);
  });

  it('reads a reference as typed', () => {
    expect(normaliseReference('f12')).toBe('F-00012');
    expect(normaliseReference(' F-00012 ')).toBe('F-00012');
    expect(normaliseReference('familj 12')).toBeNull();
    // The number alone is the reference's number.
    expect(normaliseReference('3')).toBe('F-00003');
    expect(normaliseReference('123456')).toBeNull();
  });
});
