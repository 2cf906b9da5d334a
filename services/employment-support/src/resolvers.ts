import { type AgencyRequestContext, accessLog, childWithSection, type GrantedChild, gated } from '@lotsen/kit';
import type { EmploymentService } from './adapters/employment-service.js';

type Ctx = AgencyRequestContext<EmploymentService>;
/** The guardian's section: the guardian, and the registry's grant decided on the guardian's own consent. */
type Section = GrantedChild;

export const resolvers = {
  // The kit's entity resolvers serve any person keyed by personnummer, a guardian as a child.
  Guardian: childWithSection('employmentSupport'),
  EmploymentSupportSection: {
    accessLog,
    labourMarketMeasures: (s: Section, _: unknown, ctx: Ctx) => gated(ctx, s, 'LABOUR_MARKET_MEASURES', 'LabourMarketMeasures', () => ctx.agency.labourMarketMeasures(s.personnummer)),
    occupationStatus: (s: Section, _: unknown, ctx: Ctx) => gated(ctx, s, 'OCCUPATION_STATUS', 'OccupationStatusHistory', () => ctx.agency.occupationStatus(s.personnummer)),
  },
};
