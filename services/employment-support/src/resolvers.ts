import { type AgencyRequestContext, accessLog, childWithSection, type GrantedChild, gated } from '@lotsen/kit';
import type { EmploymentService } from './adapters/employment-service.js';
import { labourMarketMeasuresOf, occupationStatusOf } from './adapters/to-schema.js';

type Ctx = AgencyRequestContext<EmploymentService>;
/** The guardian's section: the guardian, and the registry's grant decided on the guardian's own consent. */
type Section = GrantedChild;

export const resolvers = {
  // The kit's entity resolvers serve any person keyed by personnummer, a guardian as a child.
  Guardian: childWithSection('employmentSupport'),
  EmploymentSupportSection: {
    accessLog,
    labourMarketMeasures: (s: Section, _: unknown, ctx: Ctx) =>
      gated(ctx, s, 'LABOUR_MARKET_MEASURES', 'LabourMarketMeasures', async () => {
        const [participant, measures] = await Promise.all([ctx.agency.participants.load(s.personnummer), ctx.agency.measures.load(s.personnummer)]);
        // Never enrolled is "not recorded", not "no measures".
        return participant ? labourMarketMeasuresOf(participant, measures) : null;
      }),
    occupationStatus: (s: Section, _: unknown, ctx: Ctx) =>
      gated(ctx, s, 'OCCUPATION_STATUS', 'OccupationStatusHistory', async () => occupationStatusOf(await ctx.agency.occupationPeriods.load(s.personnummer))),
  },
};
