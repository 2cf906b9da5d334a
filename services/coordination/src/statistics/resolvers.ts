import { type Agency, agencies, appendEvents, countCell, type DataCategory, ratioCell, statisticalRelease } from '@lotsen/kit';
import type { GraphQLResolveInfo } from 'graphql';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { table } from './cells.js';
import {
  consentStatuses,
  consentsByAgency,
  consentsByPurpose,
  type DaysFigure,
  daysFromFirstContact,
  familySpans,
  followUpRatings,
  meetingKinds,
  meetingsPerMonth,
  occupations,
  parentsOccupation,
  type StatusCounts,
} from './figures.js';
import { type FilterInput, type StatisticsFilter, statisticsFilter } from './filter.js';

const purposes = ['COORDINATION', 'SIP', 'FOLLOW_UP'] as const;
const areas = ['HOME_LIFE', 'SCHOOL', 'LEISURE', 'PARENTS_OCCUPATION'] as const;
const inWorkOrStudies = (o: string) => o === 'WORK' || o === 'STUDIES';

/** The figures asked for, by name: what the audit trail records of a release. */
function figuresAsked(info: GraphQLResolveInfo): string[] {
  const names = info.fieldNodes.flatMap((node) => node.selectionSet?.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : [])) ?? []);
  const echoed = new Set(['__typename', 'key', 'from', 'to', 'municipality', 'teamId', 'threshold']);
  return [...new Set(names)].filter((n) => !echoed.has(n)).sort();
}

function consentCounts(row: ReturnType<typeof table>['cells'][number], total: ReturnType<typeof table>['total']) {
  const [active, pending, expired, revoked] = row;
  return { active, pending, expired, revoked, total };
}

/** Rows by key, each a StatusCounts, as a suppressed table with its totals. */
function statusTable(rows: Map<string, StatusCounts>, threshold: number) {
  const keys = [...rows.keys()];
  const t = table(
    keys.map((k) => consentStatuses.map((s) => (rows.get(k) as StatusCounts)[s])),
    threshold,
  );
  return { keys, t };
}

/**
 * What several fields of one answer rest on, read once per answer: the consents by purpose (for
 * `byPurpose` and `all`), the families' spans (for `families` and `children`).
 */
const readings = new WeakMap<StatisticsFilter, Map<string, Promise<unknown>>>();
function once<T>(f: StatisticsFilter, name: string, read: () => Promise<T>): Promise<T> {
  const known = readings.get(f) ?? new Map<string, Promise<unknown>>();
  readings.set(f, known);
  if (!known.has(name)) known.set(name, read());
  return known.get(name) as Promise<T>;
}

const purposeTable = (f: StatisticsFilter, ctx: Ctx) => once(f, 'consentsByPurpose', async () => statusTable(await consentsByPurpose(ctx.db, f, purposes), f.threshold));
const spans = (f: StatisticsFilter, ctx: Ctx) => once(f, 'familySpans', () => familySpans(ctx.db, f));

export const statisticsResolvers = {
  Query: {
    statistics: async (_: unknown, args: { filter: FilterInput }, ctx: Ctx, info: GraphQLResolveInfo) => {
      const filter = statisticsFilter(ctx.identity, args.filter, ctx.now, ctx.policy.childConsentAge);
      // Audited before anything is computed or released: without the record, no answer.
      const asked = { from: filter.from, to: filter.to, municipality: filter.municipality, teamId: filter.teamId, threshold: filter.threshold };
      await ctx.db.transaction((tx) => appendEvents(tx, 'coordination', [statisticalRelease(ctx, figuresAsked(info), asked, ctx.now)]));
      return filter;
    },
  },
  ConsentStatistics: {
    byPurpose: async (f: StatisticsFilter, _: unknown, ctx: Ctx) => {
      const p = await purposeTable(f, ctx);
      return p.keys.map((purpose, i) => ({ purpose, counts: consentCounts(p.t.cells[i] ?? [], p.t.rowTotals[i] as ReturnType<typeof table>['total']) }));
    },
    all: async (f: StatisticsFilter, _: unknown, ctx: Ctx) => {
      const p = await purposeTable(f, ctx);
      return consentCounts(p.t.columnTotals, p.t.total);
    },
    byAgency: async (f: StatisticsFilter, _: unknown, ctx: Ctx) => {
      const a = statusTable(await consentsByAgency(ctx.db, f, agencies), f.threshold);
      return a.keys.map((agency, i) => ({ agency, counts: consentCounts(a.t.cells[i] ?? [], a.t.rowTotals[i] as ReturnType<typeof table>['total']) }));
    },
  },
  Statistics: {
    key: (f: StatisticsFilter) => JSON.stringify([f.from, f.to, f.municipality, f.teamId]),
    // Each agency's cohort: the children it may count, by category, signed for this caller and
    // request, so that it asks no one else (docs/analysts.md, "Agency figures").
    schoolCohort: (f: StatisticsFilter, _: unknown, ctx: Ctx) => cohortFor('SCHOOL', ['ATTENDANCE', 'SUPPORT_MEASURES'], f, ctx),
    socialServicesCohort: (f: StatisticsFilter, _: unknown, ctx: Ctx) => cohortFor('SOCIAL_SERVICES', ['INTERVENTIONS'], f, ctx),
    healthCareCohort: (f: StatisticsFilter, _: unknown, ctx: Ctx) => cohortFor('HEALTH_CARE', ['CARE_CONTACTS'], f, ctx),
    threshold: (f: StatisticsFilter) => f.threshold,
    families: async (f: StatisticsFilter, _: unknown, ctx: Ctx) => {
      const { families } = await spans(f, ctx);
      return { started: countCell(families.started, f.threshold), ongoing: countCell(families.ongoing, f.threshold), closed: countCell(families.closed, f.threshold) };
    },
    children: async (f: StatisticsFilter, _: unknown, ctx: Ctx) => {
      const { children } = await spans(f, ctx);
      return { started: countCell(children.started, f.threshold), ongoing: countCell(children.ongoing, f.threshold), closed: countCell(children.closed, f.threshold) };
    },
    // Each table is read only when asked for: by purpose (with its totals) and by agency apart.
    consents: (f: StatisticsFilter) => f,
    daysToFirstMeeting: async (f: StatisticsFilter, _: unknown, ctx: Ctx) => days(await daysFromFirstContact(ctx.db, f, 'FIRST_MEETING'), f.threshold),
    daysToAgreedSip: async (f: StatisticsFilter, _: unknown, ctx: Ctx) => days(await daysFromFirstContact(ctx.db, f, 'AGREED_SIP'), f.threshold),
    meetingsPerMonth: async (f: StatisticsFilter, _: unknown, ctx: Ctx) => {
      const months = await meetingsPerMonth(ctx.db, f);
      const t = table(
        months.map((m) => meetingKinds.map((k) => m.byKind[k])),
        f.threshold,
      );
      return months.map((m, i) => {
        const [coordination, sip, followUp, jointHomeVisit, checkIn] = t.cells[i] ?? [];
        const total = meetingKinds.reduce((a, k) => a + m.byKind[k], 0);
        return {
          month: m.month,
          coordination,
          sip,
          followUp,
          jointHomeVisit,
          checkIn,
          total: t.rowTotals[i],
          perFamily: ratioCell(m.families === 0 ? 0 : total / m.families, m.families, f.threshold, 2),
        };
      });
    },
    followUpRatings: async (f: StatisticsFilter, _: unknown, ctx: Ctx) =>
      (await followUpRatings(ctx.db, f, areas)).map((a) => ({
        area: a.area,
        families: countCell(a.families, f.threshold),
        atStart: ratioCell(a.atStart, a.families, f.threshold, 2),
        followedUp: countCell(a.followedUp, f.threshold),
        latest: ratioCell(a.latest, a.followedUp, f.threshold, 2),
        change: ratioCell(a.change, a.followedUp, f.threshold, 2),
      })),
    parentsOccupation: async (f: StatisticsFilter, _: unknown, ctx: Ctx) => {
      const pairs = await parentsOccupation(ctx.db, f);
      const sum = (keep: (p: (typeof pairs)[number]) => boolean) => pairs.filter(keep).reduce((a, p) => a + p.parents, 0);
      const counts = (pick: 'first' | 'latest') => {
        const t = table([occupations.map((o) => sum((p) => p[pick] === o))], f.threshold);
        const [work, studies, sickLeave, unemployed, other] = t.cells[0] ?? [];
        return { work, studies, sickLeave, unemployed, other, total: t.total };
      };
      const notWorking = sum((p) => !inWorkOrStudies(p.first));
      const back = sum((p) => !inWorkOrStudies(p.first) && inWorkOrStudies(p.latest));
      return {
        atStart: counts('first'),
        latest: counts('latest'),
        notWorkingAtStart: countCell(notWorking, f.threshold),
        backInWorkOrStudies: ratioCell(notWorking === 0 ? 0 : back / notWorking, notWorking, f.threshold, 2),
      };
    },
  },
};

async function cohortFor(agency: Agency, categories: DataCategory[], f: StatisticsFilter, ctx: Ctx) {
  const members = await ctx.cohorts.read(f, categories);
  return ctx.signCohort({ agency, members, from: f.from, to: f.to, threshold: f.threshold, filter: { municipality: f.municipality, teamId: f.teamId } });
}

function days(d: DaysFigure, threshold: number) {
  return { families: countCell(d.families, threshold), mean: ratioCell(d.mean, d.families, threshold, 2), median: ratioCell(d.median, d.families, threshold, 2) };
}
