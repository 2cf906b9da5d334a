import { describe, expect, it } from 'vitest';
import { orderSignals, signalInWords } from '../src/work-list/signal.js';

describe('a work-list signal in words', () => {
  it("says a waiting consent as the child's, without a second colon", () => {
    expect(signalInWords({ kind: 'CONSENT_PENDING', text: 'Saga: Väntar på vårdnadshavare 2' })).toEqual({ lead: 'Sagas samtycke:', text: 'Väntar på vårdnadshavare 2' });
    expect(signalInWords({ kind: 'CONSENT_PENDING', text: 'Agnes: Väntar på barnets samtycke' })).toEqual({ lead: 'Agnes samtycke:', text: 'Väntar på barnets samtycke' });
    expect(signalInWords({ kind: 'CONSENT_EXPIRING', text: 'Saga: samtycket gäller till och med 2026-12-01' })).toEqual({
      lead: 'Upphör snart:',
      text: 'Sagas samtycke gäller till och med 2026-12-01',
    });
  });

  it('lets a whole sentence stand alone, and puts the kind before a late action or an unknown wording', () => {
    expect(signalInWords({ kind: 'NO_JOINT_HOME_VISIT', text: 'Inget gemensamt hembesök sedan 2026-10-01' })).toEqual({ lead: null, text: 'Inget gemensamt hembesök sedan 2026-10-01' });
    expect(signalInWords({ kind: 'ACTION_OVERDUE', text: 'Läxhjälp (skolan) skulle vara klar 2026-11-01' }).lead).toBe('Insats försenad:');
    expect(signalInWords({ kind: 'CONSENT_PENDING', text: 'Folkbokföringen svarar inte' })).toEqual({ lead: 'Samtycke väntar:', text: 'Folkbokföringen svarar inte' });
  });

  it('puts a waiting consent before a late routine, otherwise keeping the graph’s order', () => {
    const ordered = orderSignals([
      { kind: 'NO_CHECK_IN', text: 'a' },
      { kind: 'NO_JOINT_HOME_VISIT', text: 'b' },
      { kind: 'ACTION_OVERDUE', text: 'c' },
      { kind: 'CONSENT_PENDING', text: 'd' },
    ] as const);
    expect(ordered.map((s) => s.text)).toEqual(['d', 'c', 'a', 'b']);
  });
});
