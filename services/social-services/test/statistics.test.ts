import { AgencyError, type AgencyHttp, type AuditEvent, type Cohort, cellKeyOf, magnitudeShare, perturbationTable, perturbCount } from '@lotsen/kit';
import { describe, expect, it } from 'vitest';
import { caseSystem, type InsatsRapport } from '../src/adapters/case-system.js';
import { socialServicesStatistics } from '../src/statistics.js';

const threshold = 5;
const D = perturbationTable.maxDeviation;
const published = (n: number, keys: number) => perturbCount(perturbationTable, n, cellKeyOf(keys));
const countOf = (n: number, keys: number) => {
  const value = published(n, keys);
  return value > 0 && value < threshold ? { value: null, suppressed: true, reason: 'SMALL_COUNT', perturbed: true } : { value, suppressed: false, reason: null, perturbed: true };
};
/** A key under which the table publishes n as `wanted`, found by trying keys in turn. */
const keyPublishing = (n: number, wanted: (v: number) => boolean) => Array.from({ length: 4000 }, (_, i) => (i * 1_073_741 + 17) % 2 ** 32).find((k) => wanted(published(n, k))) as number;

/** The figure over a cohort of `children` for which the case system answers `report`; what was audited and asked, in order. */
async function figure(children: number, report: InsatsRapport) {
  const order: string[] = [];
  const asked: unknown[][] = [];
  const cohort: Cohort = {
    agency: 'SOCIAL_SERVICES',
    members: { INTERVENTIONS: { '2026-01': Array.from({ length: children }, (_, i) => `child-${i}`) } },
    from: '2025-01-01',
    to: '2026-12-31',
    threshold,
    filter: { municipality: 'Exempelkommun' },
  };
  const ctx = {
    identity: { username: 'analytiker1', role: 'ANALYST', teamId: null },
    requestId: 'r',
    operationName: null,
    documentHash: null,
    cohort: async () => cohort,
    auditLog: { append: async (_: AuditEvent[]) => void order.push('audit') },
    agency: {
      interventionReport: async (...args: unknown[]) => {
        order.push('ask');
        asked.push(args);
        return report;
      },
    },
  };
  return { answer: await socialServicesStatistics({ key: 'k', socialServicesCohort: 'signed' }, undefined, ctx as never), order, asked };
}

const rad = (insatstyp: string, barn: number, nyckelsumma: number, insatser: number, dagar: number, flestDagarEttBarn: number) => ({
  insatstyp,
  barn,
  nyckelsumma,
  insatser,
  dagar,
  flestDagarEttBarn,
});
const report: InsatsRapport = {
  urval: { barn: 150, nyckelsumma: 3_333_333_333 },
  rader: [
    rad('Familjebehandling', 40, 1_000_000_007, 52, 9_100, 610),
    rad(
      'Boendestöd',
      2,
      keyPublishing(2, (v) => v >= threshold),
      9,
      1_200,
      700,
    ),
    rad('Kontaktperson', 12, 4_294_967_295, 12, 2_400, 400),
  ],
};

describe('social services’ interventions by kind, by the cell key method', () => {
  it('publishes the children counted, and per kind its children and interventions, by the key of the children counted in it', async () => {
    const { answer, order, asked } = await figure(150, report);
    expect(order).toEqual(['audit', 'ask']);
    expect(asked).toEqual([[Array.from({ length: 150 }, (_, i) => `child-${i}`), '2026-12-31']]);
    expect(answer.children).toEqual(countOf(150, 3_333_333_333));
    expect(answer.interventionsByKind.map((k) => [k.kind, k.children, k.interventions])).toEqual(
      report.rader.map((r) => [
        { Familjebehandling: 'FAMILY_THERAPY', Boendestöd: 'HOUSING_SUPPORT', Kontaktperson: 'CONTACT_PERSON' }[r.insatstyp],
        countOf(r.barn, r.nyckelsumma),
        countOf(r.insatser, r.nyckelsumma),
      ]),
    );
    for (const [k, r] of answer.interventionsByKind.map((k, i) => [k, report.rader[i]] as const))
      for (const [cell, truth] of [
        [k.children, r?.barn],
        [k.interventions, r?.insatser],
      ] as const) {
        expect(cell.perturbed).toBe(true);
        if (cell.suppressed) expect(truth).toBeLessThanOrEqual(4 + D);
        else expect(Math.abs((cell.value as number) - (truth as number))).toBeLessThanOrEqual(D);
      }
  });

  it('gives the mean days moved by at most half the most days of one child, over the published interventions', async () => {
    const { answer } = await figure(150, report);
    for (const [i, r] of report.rader.entries()) {
      const cell = answer.interventionsByKind[i]?.meanDays;
      const n = published(r.insatser, r.nyckelsumma);
      if (published(r.barn, r.nyckelsumma) < threshold || n < threshold) {
        expect(cell, r.insatstyp).toEqual({ value: null, suppressed: true, reason: 'SMALL_BASE', perturbed: true });
        continue;
      }
      const bound = Math.abs(r.dagar / n - r.dagar / r.insatser) + (magnitudeShare * r.flestDagarEttBarn) / n + 0.05;
      expect(Math.abs((cell?.value as number) - r.dagar / r.insatser), r.insatstyp).toBeLessThanOrEqual(bound);
    }
  });

  it('withholds the mean of a kind whose children are published under the threshold, however many their interventions', async () => {
    // Three children with twenty interventions, published as 3 or 4: the mean over their interventions would tell of them.
    const few = rad(
      'Kontaktfamilj',
      3,
      keyPublishing(3, (v) => v === 3 || v === 4),
      20,
      4_000,
      900,
    );
    const small = await figure(150, { ...report, rader: [few] });
    expect(small.answer.interventionsByKind[0]?.children.reason).toBe('SMALL_COUNT');
    expect(small.answer.interventionsByKind[0]?.interventions).toEqual(countOf(20, few.nyckelsumma));
    expect(small.answer.interventionsByKind[0]?.meanDays).toEqual({ value: null, suppressed: true, reason: 'SMALL_BASE', perturbed: true });
  });

  it('answers the same report the same', async () => {
    expect((await figure(150, report)).answer).toEqual((await figure(150, structuredClone(report))).answer);
  });
});

describe('the case system’s report as social services reads it', () => {
  const reading = (data: unknown) => {
    let calls = 0;
    const system = caseSystem({
      report: async () => {
        calls++;
        return { data, status: 200 };
      },
    } as unknown as AgencyHttp);
    return { read: (personnummer: string[]) => system.interventionReport(personnummer, '2026-12-31'), calls: () => calls };
  };

  it('reads the key sums and the most days of one child as given, and asks nothing for an empty cohort', async () => {
    const { read, calls } = reading(report);
    expect(await read(['201001012386'])).toEqual(report);
    expect(await read([])).toEqual({ urval: { barn: 0, nyckelsumma: 0 }, rader: [] });
    expect(calls()).toBe(1);
  });

  it('refuses a report without the key sums or the most days of one child as the system not answering (nothing is published)', async () => {
    const [first] = report.rader as [InsatsRapport['rader'][number]];
    for (const broken of [
      { rader: report.rader },
      { ...report, urval: { barn: 150 } },
      { ...report, rader: [{ ...first, nyckelsumma: undefined }] },
      { ...report, rader: [{ ...first, nyckelsumma: '1.5' }] },
      { ...report, rader: [{ ...first, flestDagarEttBarn: undefined }] },
    ]) {
      const failed = await reading(broken)
        .read(['201001012386'])
        .catch((e: unknown) => e);
      expect(failed, JSON.stringify(broken)).toBeInstanceOf(AgencyError);
    }
  });
});
