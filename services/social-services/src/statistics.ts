import { type AgencyRequestContext, releasedReport, statisticsCohort, suppressedCountCell, suppressedRatioCell } from '@lotsen/kit';
import type { CaseSystem } from './adapters/case-system.js';
import { interventionKindOf } from './intervention-kind.js';

type Ctx = AgencyRequestContext<CaseSystem>;
type Reference = { key: string; socialServicesCohort?: unknown };

/**
 * Social services' follow-up figures (docs/analysts.md): interventions by kind over the cohort the
 * registry signed for this request, from one call to the case system's statistics report, the
 * release written to social services' audit trail before anything is answered.
 */
export async function socialServicesStatistics(ref: Reference, _: unknown, ctx: Ctx) {
  const cohort = await statisticsCohort(ctx, ref.socialServicesCohort);
  const children = Object.values(cohort.members.INTERVENTIONS ?? {}).flat();
  const rows = await releasedReport(ctx, cohort, 'socialServices.interventionsByKind', 'INTERVENTIONS', () => ctx.agency.interventionReport(children, cohort.to));
  return {
    children: suppressedCountCell(children.length, cohort.threshold),
    interventionsByKind: rows.map((r) => ({
      kind: interventionKindOf(r.insatstyp),
      children: suppressedCountCell(r.barn, cohort.threshold),
      interventions: suppressedCountCell(r.insatser, cohort.threshold),
      meanDays: suppressedRatioCell(r.insatser > 0 ? r.dagar / r.insatser : 0, r.barn, cohort.threshold),
    })),
  };
}
