import { describe, expect, it } from 'vitest';
import { denialInWords } from '../src/words/denial-in-words.js';

describe('a withheld section in words', () => {
  const denial = (reason: Parameters<typeof denialInWords>[0]['reason'], message = '') => denialInWords({ agency: 'HEALTH_CARE', category: 'DIAGNOSES', reason, message });

  it('names the agency when no consent covers it, and the kind of data when the consent leaves it out', () => {
    expect(denial('NO_CONSENT', 'Inget samtycke för hälso- och sjukvården')).toBe('Samtycke saknas för hälso- och sjukvården');
    expect(denial('CATEGORY_NOT_COVERED')).toBe('Samtycket omfattar inte diagnoser från hälso- och sjukvården');
  });

  it("keeps the registry's own sentence where only it knows who is awaited, when it ended, where to ask", () => {
    expect(denial('PENDING', 'Väntar på vårdnadshavare 2')).toBe('Väntar på vårdnadshavare 2');
    // Named when the page knows the child's guardians, as the work list names them.
    expect(denialInWords({ agency: 'SCHOOL', category: 'ATTENDANCE', reason: 'PENDING', message: 'Väntar på vårdnadshavare 2' }, ['Anna Lind', 'Erik Lind'])).toBe(
      'Väntar på Erik Lind (vårdnadshavare)',
    );
    expect(denialInWords({ agency: 'SCHOOL', category: 'ATTENDANCE', reason: 'PENDING', message: 'Väntar på vårdnadshavare 3' }, ['Anna Lind'])).toBe('Väntar på vårdnadshavare 3');
    expect(denial('EXPIRED', 'Samtycket gällde till och med 2026-09-30')).toBe('Samtycket gällde till och med 2026-09-30');
    expect(denial('REVOKED', 'Samtycket återkallades 2026-11-01')).toBe('Samtycket återkallades 2026-11-01');
    expect(denial('READ_AT_AGENCY', 'Vårdens journal om ditt barn visas inte här. Du läser den på 1177.se')).toMatch(/1177/);
    expect(denial('FAMILY_CLOSED', 'Samordningen avslutades 2026-11-20; inga uppgifter hämtas längre')).toBe('Samordningen avslutades 2026-11-20; inga uppgifter hämtas längre');
    expect(denial('FAMILY_CLOSED')).toMatch(/avslutats/);
  });

  it('tells a guardian where to ask even without a sentence, and never says "not assigned" for that', () => {
    expect(denial('READ_AT_AGENCY')).toMatch(/1177/);
    expect(denial('READ_AT_AGENCY')).not.toMatch(/tilldelad/);
  });

  it('says a block (spärr) at the agency beats consent, without what it covers, whatever the message carried', () => {
    const blocked = denial('BLOCKED_AT_AGENCY', 'Uppgifterna är spärrade hos hälso- och sjukvården och visas inte här, oavsett samtycke');
    expect(blocked).toBe('Spärrat hos hälso- och sjukvården: uppgifterna visas inte här, oavsett samtycke. Spärren kan bara hävas där, av den som har begärt den.');
    expect(blocked).not.toMatch(/diagnos|BUP|vårdcentral/i);
    expect(denial('BLOCKED_AT_AGENCY', 'Spärrad hos BUP')).toBe(blocked);
  });

  it('says that nothing is shown when consent could not be checked', () => {
    expect(denial('UNAVAILABLE')).toMatch(/kunde inte kontrolleras/);
  });
});
