import { type AgencyRequestContext, accessLog, childWithSection, type GrantedChild, gated } from '@lotsen/kit';
import type { CaseSystem } from './adapters/case-system.js';
import { socialServicesStatistics } from './statistics.js';

type Ctx = AgencyRequestContext<CaseSystem>;
type Section = GrantedChild;

export const resolvers = {
  Statistics: {
    __resolveReference: (ref: { key: string; socialServicesCohort?: unknown }) => ref,
    socialServices: socialServicesStatistics,
  },
  Child: childWithSection('socialServices'),
  SocialServicesSection: {
    accessLog,
    cases: (s: Section, _: unknown, ctx: Ctx) => gated(ctx, s, 'CASE', 'SocialCases', () => ctx.agency.cases(s.personnummer)),
    interventions: (s: Section, _: unknown, ctx: Ctx) => gated(ctx, s, 'INTERVENTIONS', 'Interventions', () => ctx.agency.interventions(s.personnummer)),
  },
};
