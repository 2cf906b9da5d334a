import type { AuditEvent, Cohort } from '@lotsen/kit';
import { describe, expect, it } from 'vitest';
import type { CareContactRow } from '../src/adapters/fhir.js';
import { healthCareStatistics } from '../src/statistics.js';

const threshold = 5;
const shown = (value: number) => ({ value, suppressed: false, reason: null });
const hidden = (reason: string) => ({ value: null, suppressed: true, reason });

/** The figure over a cohort of `children` for which the region's measure answers `rows`; what was audited and asked, in order. */
async function figure(children: number, rows: CareContactRow[], period = { from: '2026-01-01', to: '2026-12-31' }) {
  const order: string[] = [];
  const audited: AuditEvent[] = [];
  const asked: unknown[][] = [];
  const cohort: Cohort = {
    agency: 'HEALTH_CARE',
    members: { CARE_CONTACTS: { '2026-01': Array.from({ length: children }, (_, i) => `child-${i}`) } },
    ...period,
    threshold,
    filter: { teamId: 'team-1' },
  };
  const ctx = {
    identity: { username: 'analytiker1', role: 'ANALYST', teamId: null },
    requestId: 'request-1',
    operationName: null,
    documentHash: null,
    cohort: async () => cohort,
    auditLog: {
      append: async (events: AuditEvent[]) => {
        order.push('audit');
        audited.push(...events);
      },
    },
    agency: {
      careContactReport: async (...args: unknown[]) => {
        order.push('ask');
        asked.push(args);
        return rows;
      },
    },
  };
  const answer = await healthCareStatistics({ key: 'k', healthCareCohort: 'signed' }, undefined, ctx as never);
  return { answer, order, audited, asked };
}
const row = (year: number, unitType: string | null, patients: number, encounters: number): CareContactRow => ({ year, unitType, patients, encounters });

describe('health care’s care contacts per year and unit type: one table a year, the cohort its total', () => {
  it('hides a small unit type with the smallest other cell of its year, and each group’s contacts and contacts per child with its children', async () => {
    const { answer } = await figure(40, [row(2026, null, 30, 63), row(2026, 'bup', 20, 50), row(2026, 'habilitering', 3, 4), row(2026, 'primarvard', 7, 9)]);
    expect(answer.children).toEqual(shown(40));
    const [year] = answer.careContactsByYear;
    expect(year?.childrenWithoutContact).toEqual(shown(10));
    expect(year?.byUnitType).toEqual([
      { unitType: 'BUP', children: shown(20), contacts: shown(50), contactsPerChild: shown(2.5) },
      { unitType: 'HABILITATION', children: hidden('SMALL_COUNT'), contacts: hidden('SMALL_COUNT'), contactsPerChild: hidden('SMALL_BASE') },
      { unitType: 'PRIMARY_CARE', children: hidden('COMPLEMENTARY'), contacts: hidden('COMPLEMENTARY'), contactsPerChild: hidden('COMPLEMENTARY') },
    ]);
  });

  it('hides a small number of children without a contact with one unit type, since the cohort less the others gives it back', async () => {
    const { answer } = await figure(30, [row(2026, null, 27, 60), row(2026, 'bup', 10, 30), row(2026, 'habilitering', 9, 20), row(2026, 'primarvard', 8, 10)]);
    const [year] = answer.careContactsByYear;
    expect(year?.childrenWithoutContact).toEqual(hidden('SMALL_COUNT'));
    expect(year?.byUnitType.map((u) => u.children)).toEqual([shown(10), shown(9), hidden('COMPLEMENTARY')]);
  });

  it('counts a child with contacts at two unit types under each, and hides a small cohort and every small cell of it', async () => {
    const twice = await figure(20, [row(2026, null, 12, 30), row(2026, 'bup', 8, 20), row(2026, 'habilitering', 0, 0), row(2026, 'primarvard', 6, 10)]);
    expect(twice.answer.careContactsByYear[0]?.childrenWithoutContact).toEqual(shown(8));
    expect(twice.answer.careContactsByYear[0]?.byUnitType.map((u) => u.children)).toEqual([shown(8), shown(0), shown(6)]);
    const small = await figure(4, [row(2026, null, 3, 5), row(2026, 'bup', 3, 5)]);
    expect(small.answer.children).toEqual(hidden('SMALL_COUNT'));
    expect(small.answer.careContactsByYear[0]?.childrenWithoutContact).toEqual(hidden('SMALL_COUNT'));
    expect(small.answer.careContactsByYear[0]?.byUnitType.map((u) => u.children)).toEqual([hidden('SMALL_COUNT'), shown(0), shown(0)]);
  });

  it('gives every year the period touches, with its part of the period and every unit type, zeros shown', async () => {
    const { answer } = await figure(25, [row(2026, null, 6, 9), row(2026, 'bup', 6, 9)], { from: '2025-10-01', to: '2026-03-31' });
    expect(answer.careContactsByYear.map((y) => [y.year, y.from, y.to])).toEqual([
      [2025, '2025-10-01', '2025-12-31'],
      [2026, '2026-01-01', '2026-03-31'],
    ]);
    expect(answer.careContactsByYear[0]?.byUnitType).toEqual(
      ['BUP', 'HABILITATION', 'PRIMARY_CARE'].map((unitType) => ({ unitType, children: shown(0), contacts: shown(0), contactsPerChild: hidden('SMALL_BASE') })),
    );
    expect(answer.careContactsByYear[0]?.childrenWithoutContact).toEqual(shown(25));
    expect(answer.careContactsByYear[1]?.byUnitType[0]).toEqual({ unitType: 'BUP', children: shown(6), contacts: shown(9), contactsPerChild: shown(1.5) });
  });

  it('writes the release to the audit trail before asking the region once, for the whole cohort and period', async () => {
    const { order, audited, asked } = await figure(12, [], { from: '2026-04-01', to: '2026-09-30' });
    expect(order).toEqual(['audit', 'ask']);
    expect(audited).toMatchObject([{ kind: 'STATISTICAL_RELEASE', actor: 'analytiker1', childPersonnummer: '', categories: ['healthCare.careContactsByYear'] }]);
    expect(JSON.parse(audited[0]?.reason ?? '{}')).toEqual({ from: '2026-04-01', to: '2026-09-30', teamId: 'team-1', children: 12, threshold });
    expect(asked).toEqual([[Array.from({ length: 12 }, (_, i) => `child-${i}`), '2026-04-01', '2026-09-30']]);
  });
});
