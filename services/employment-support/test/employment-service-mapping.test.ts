import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labourMarketMeasuresOf, occupationStatusOf } from '../src/adapters/employment-service-mapping.js';
import type { Deltagare, DeltagareSvar, Insats, InsatserSvar, SysselsattningSvar } from '../src/vendor-api.js';

/** The simulator's answers for three participants and a guardian never enrolled, recorded once (scripts/record-fixtures.ts). */
const recorded = <T>(file: string) => JSON.parse(readFileSync(new URL(`fixtures/${file}`, import.meta.url), 'utf8')) as T;
const { deltagare } = recorded<DeltagareSvar>('deltagare.json');
const { insatser } = recorded<InsatserSvar>('insatser.json');
const { perioder } = recorded<SysselsattningSvar>('sysselsattning.json');
const [discharged, planned, several] = deltagare as [Deltagare, Deltagare, Deltagare];
const measuresOf = (d: Deltagare) => insatser.filter((i) => i.personnummer === d.personnummer);
const periodsOf = (d: Deltagare) => perioder.filter((p) => p.personnummer === d.personnummer);

describe('the participant system’s records in the schema’s terms', () => {
  it('gives a discharged participant’s enrolment, handläggare, office and measures', () => {
    expect(labourMarketMeasuresOf(discharged, measuresOf(discharged))).toEqual({
      enrolledOn: '2025-05-03',
      dischargedOn: '2026-09-10',
      dischargeReason: 'Arbete',
      caseworker: { name: discharged.handlaggare.namn, phone: discharged.handlaggare.telefon },
      office: 'Arbetsmarknadsenheten Exempelkommun',
      items: [
        {
          id: 'AME-220215-1',
          kind: 'STUDY_AND_CAREER_GUIDANCE',
          label: 'Studie- och yrkesvägledning',
          startDate: '2025-05-10',
          plannedEndDate: '2025-10-10',
          endDate: '2025-10-10',
          status: 'ENDED',
          coach: { name: 'Daniel Sjöberg', phone: '010-904976' },
          funding: 'FINSAM',
        },
      ],
    });
  });

  it('names each kind, status and funding the system uses, keeping its own word as the label', () => {
    const planning = labourMarketMeasuresOf(planned, measuresOf(planned));
    expect(planning.dischargedOn).toBeNull();
    expect(planning.items).toMatchObject([{ kind: 'WORK_TRAINING', label: 'Arbetsträning', status: 'PLANNED', endDate: null, plannedEndDate: '2027-07-28', funding: 'MUNICIPALITY' }]);
    const items = labourMarketMeasuresOf(several, measuresOf(several)).items;
    expect(items.map((i) => [i.id, i.status])).toEqual([
      ['AME-659017-1', 'ENDED'],
      ['AME-659017-2', 'ENDED'],
      ['AME-659017-3', 'ONGOING'],
    ]);
    expect(items.at(-1)?.endDate).toBeNull();
  });

  it('lists measures in the order they began whatever order the system answers in', () => {
    const forward = labourMarketMeasuresOf(several, measuresOf(several));
    expect(labourMarketMeasuresOf(several, [...measuresOf(several)].reverse())).toEqual(forward);
  });

  it('makes a kind or funding it cannot name OTHER, and refuses a measure status it cannot name', () => {
    const [first] = measuresOf(several) as [Insats];
    const [mapped] = labourMarketMeasuresOf(several, [{ ...first, insatstyp: 'Lönebidrag', finansiering: 'ESF' }]).items;
    expect(mapped).toMatchObject({ kind: 'OTHER', label: 'Lönebidrag', funding: 'OTHER' });
    expect(() => labourMarketMeasuresOf(several, [{ ...first, status: 'Avbruten' as never }])).toThrow(/unknown measure status 'Avbruten'/);
  });

  it('gives the occupation periods oldest first, the last one as the status now', () => {
    expect(occupationStatusOf(periodsOf(discharged))).toEqual({
      current: 'WORK',
      periods: [
        { status: 'JOB_SEEKING', label: 'Arbetssökande', from: '2025-05-03', to: '2026-09-09' },
        { status: 'WORK', label: 'Arbete', from: '2026-09-10', to: null },
      ],
    });
    expect(occupationStatusOf([...periodsOf(several)].reverse())).toEqual(occupationStatusOf(periodsOf(several)));
    expect(occupationStatusOf(periodsOf(several))?.current).toBe('SICK_LEAVE');
    expect(occupationStatusOf(periodsOf(planned))?.periods.map((p) => p.status)).toEqual(['OTHER']);
  });

  it('has no status for a guardian with no period recorded, and calls a word it cannot name OTHER', () => {
    expect(occupationStatusOf([])).toBeNull();
    const [period] = periodsOf(planned) as [SysselsattningSvar['perioder'][number]];
    expect(occupationStatusOf([{ ...period, status: 'Föräldraledig' }])).toEqual({ current: 'OTHER', periods: [{ status: 'OTHER', label: 'Föräldraledig', from: period.fran, to: null }] });
  });
});
