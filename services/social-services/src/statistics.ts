import { type AgencyRequestContext, type Counted, countCell, type FigureCell, meanCell, perturbed, releasedReport, statisticsCohort } from '@lotsen/kit';
import type { CaseSystem, InsatsRapportRad } from './adapters/case-system.js';
import { interventionKindOf } from './intervention-kind.js';

type Ctx = AgencyRequestContext<CaseSystem>;
type Reference = { key: string; socialServicesCohort?: unknown };

/**
 * A kind's mean length in days by the cell key method: the days summed, moved by part of the most
 * days one child's interventions add up to (one child more or less moves the sum by that much),
 * over the published interventions. Withheld (SMALL_BASE) when the children it rests on are
 * published as fewer than the threshold, as when the interventions are: a mean over the many
 * interventions of a few children tells of those few.
 */
function meanDays(r: InsatsRapportRad, children: Counted, interventions: Counted, threshold: number): FigureCell {
  if (perturbed(children) < threshold) return { value: null, suppressed: true, reason: 'SMALL_BASE', perturbed: true };
  return meanCell(interventions, r.dagar, r.flestDagarEttBarn, `interventions.${r.insatstyp}.days`, threshold, 1);
}

/**
 * Social services' follow-up figures (docs/analysts.md): interventions by kind over the cohort the
 * registry signed for this request, from one call to the case system's statistics report, the
 * release written to social services' audit trail before anything is answered. Every count is
 * perturbed by the cell key method with the key the case system gives for its children: the
 * children of a kind and their interventions by the children's key, the children counted (the
 * cohort, clients or not) by theirs.
 */
export async function socialServicesStatistics(ref: Reference, _: unknown, ctx: Ctx) {
  const cohort = await statisticsCohort(ctx, ref.socialServicesCohort);
  const children = Object.values(cohort.members.INTERVENTIONS ?? {}).flat();
  const report = await releasedReport(ctx, cohort, 'socialServices.interventionsByKind', 'INTERVENTIONS', () => ctx.agency.interventionReport(children, cohort.to));
  return {
    children: countCell({ n: report.urval.barn, keys: report.urval.nyckelsumma }, cohort.threshold),
    interventionsByKind: report.rader.map((r) => {
      const withKind: Counted = { n: r.barn, keys: r.nyckelsumma };
      const interventions: Counted = { n: r.insatser, keys: withKind.keys };
      return {
        kind: interventionKindOf(r.insatstyp),
        children: countCell(withKind, cohort.threshold),
        interventions: countCell(interventions, cohort.threshold),
        meanDays: meanDays(r, withKind, interventions, cohort.threshold),
      };
    }),
  };
}
