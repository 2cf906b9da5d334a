import { type AgencyRequestContext, accessLog, childWithSection, type GrantedChild, gated } from '@lotsen/kit';
import type { CaseSystem } from './adapters/case-system.js';
import { interventionKindOf } from './intervention-kind.js';
import { socialServicesStatistics } from './statistics.js';

type Ctx = AgencyRequestContext<CaseSystem>;
type Section = GrantedChild;

/** Whether the case system knows the child at all: "not a client" is not "no consent". */
const isClient = async (ctx: Ctx, personnummer: string) => (await ctx.agency.clients.load(personnummer)).length > 0;

export const resolvers = {
  Statistics: {
    __resolveReference: (ref: { key: string; socialServicesCohort?: unknown }) => ref,
    socialServices: socialServicesStatistics,
  },
  Child: childWithSection('socialServices'),
  SocialServicesSection: {
    accessLog,
    cases: (s: Section, _: unknown, ctx: Ctx) =>
      gated(ctx, s, 'CASE', 'SocialCases', async () => {
        const [known, rows] = await Promise.all([isClient(ctx, s.personnummer), ctx.agency.cases.load(s.personnummer)]);
        if (!known) return null;
        return {
          items: rows.map((a) => ({
            caseId: a.arendeId,
            subject: a.rubrik,
            openedOn: a.oppnat,
            status: a.status === 'Öppet' ? 'OPEN' : 'CLOSED',
            caseworker: { name: a.handlaggare.namn, phone: a.handlaggare.telefon },
          })),
        };
      }),
    interventions: (s: Section, _: unknown, ctx: Ctx) =>
      gated(ctx, s, 'INTERVENTIONS', 'Interventions', async () => {
        const [known, rows] = await Promise.all([isClient(ctx, s.personnummer), ctx.agency.interventions.load(s.personnummer)]);
        if (!known) return null;
        return {
          items: rows.map((i) => ({ id: i.insatsId, kind: interventionKindOf(i.insatstyp), label: i.insatstyp, startDate: i.startdatum, endDate: i.slutdatum, provider: i.utforare })),
        };
      }),
  },
};
