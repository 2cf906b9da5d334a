import {
  type Agency,
  agencies,
  agencyManifest,
  appendEvents,
  type Counted,
  countCell,
  type DataCategory,
  meanCell,
  medianCell,
  nobody,
  rateCell,
  shareCell,
  statisticalRelease,
  together,
} from '@lotsen/kit';
import { cohortField } from '@lotsen/schema';
import type { GraphQLResolveInfo } from 'graphql';
import type { CoordinationContext as Ctx } from '../graphql/context.js';
import { covered, organisationOf } from '../tenancy/coverage.js';
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
import { countedMunicipalities, type FilterInput, type StatisticsFilter, statisticsFilter } from './filter.js';

const purposes = ['COORDINATION', 'SIP', 'FOLLOW_UP'] as const;
const areas = ['HOME_LIFE', 'SCHOOL', 'LEISURE', 'PARENTS_OCCUPATION'] as const;
const inWorkOrStudies = (o: string) => o === 'WORK' || o === 'STUDIES';

/** The figures asked for, by name: what the audit trail records of a release. */
function figuresAsked(info: GraphQLResolveInfo): string[] {
  const names = info.fieldNodes.flatMap((node) => node.selectionSet?.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : [])) ?? []);
  const echoed = new Set(['__typename', 'key', 'from', 'to', 'municipality', 'teamId', 'threshold']);
  return [...new Set(names)].filter((n) => !echoed.has(n)).sort();
}

/**
 * One line of consents by status, with its total: each a cell of its own people, perturbed on its
 * own (docs/analysts.md, "Differencing"); the total is all of them, never a sum of published parts.
 */
function consentCounts(counts: StatusCounts, threshold: number) {
  const [active, pending, expired, revoked] = consentStatuses.map((s) => countCell(counts[s], threshold));
  return { active, pending, expired, revoked, total: countCell(together(...consentStatuses.map((s) => counts[s])), threshold) };
}

/** Every status of several lines together: the consents of all of them. */
const allLines = (rows: Map<string, StatusCounts>): StatusCounts => Object.fromEntries(consentStatuses.map((s) => [s, together(...[...rows.values()].map((r) => r[s]))])) as StatusCounts;

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

const purposeTable = (f: StatisticsFilter, ctx: Ctx) => once(f, 'consentsByPurpose', () => consentsByPurpose(ctx.db, f, purposes));
const spans = (f: StatisticsFilter, ctx: Ctx) => once(f, 'familySpans', () => familySpans(ctx.db, f));

export const statisticsResolvers = {
  Query: {
    statistics: async (_: unknown, args: { filter: FilterInput }, ctx: Ctx, info: GraphQLResolveInfo) => {
      const coverage = ctx.identity.role === 'ANALYST' ? covered(await organisationOf(ctx.db, ctx.identity)) : [];
      const filter = statisticsFilter(ctx.identity, args.filter, ctx.now, ctx.policy.childConsentAge, coverage);
      // Audited before anything is computed or released: without the record, no answer.
      const asked = { from: filter.from, to: filter.to, municipality: filter.municipality, municipalities: countedMunicipalities(filter), teamId: filter.teamId, threshold: filter.threshold };
      await ctx.db.transaction((tx) => appendEvents(tx, 'coordination', [statisticalRelease(ctx, figuresAsked(info), asked, ctx.now)]));
      return filter;
    },
  },
  ConsentStatistics: {
    byPurpose: async (f: StatisticsFilter, _: unknown, ctx: Ctx) => [...(await purposeTable(f, ctx))].map(([purpose, counts]) => ({ purpose, counts: consentCounts(counts, f.threshold) })),
    all: async (f: StatisticsFilter, _: unknown, ctx: Ctx) => consentCounts(allLines(await purposeTable(f, ctx)), f.threshold),
    byAgency: async (f: StatisticsFilter, _: unknown, ctx: Ctx) =>
      [...(await consentsByAgency(ctx.db, f, agencies))].map(([agency, counts]) => ({ agency, counts: consentCounts(counts, f.threshold) })),
  },
  Statistics: {
    key: (f: StatisticsFilter) => JSON.stringify([f.from, f.to, f.municipality, f.teamId]),
    // Each agency's cohort: the children it may count, by category, signed for this caller and
    // request, so that it asks no one else (docs/analysts.md, "Agency figures").
    ...Object.fromEntries(
      agencies.map((a) => [
        cohortField(agencyManifest[a].section.field),
        (f: StatisticsFilter, _: unknown, ctx: Ctx) => cohortFor(a, agencyManifest[a].countedOver as readonly DataCategory[], f, ctx),
      ]),
    ),
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
    daysToFirstMeeting: async (f: StatisticsFilter, _: unknown, ctx: Ctx) => days(await daysFromFirstContact(ctx.db, f, 'FIRST_MEETING'), 'daysToFirstMeeting', f.threshold),
    daysToAgreedSip: async (f: StatisticsFilter, _: unknown, ctx: Ctx) => days(await daysFromFirstContact(ctx.db, f, 'AGREED_SIP'), 'daysToAgreedSip', f.threshold),
    meetingsPerMonth: async (f: StatisticsFilter, _: unknown, ctx: Ctx) =>
      (await meetingsPerMonth(ctx.db, f)).map((m) => {
        const [coordination, sip, followUp, jointHomeVisit, checkIn] = meetingKinds.map((k) => countCell(m.byKind[k], f.threshold));
        const all = together(...meetingKinds.map((k) => m.byKind[k]));
        return { month: m.month, coordination, sip, followUp, jointHomeVisit, checkIn, total: countCell(all, f.threshold), perFamily: rateCell(all, m.families, f.threshold) };
      }),
    followUpRatings: async (f: StatisticsFilter, _: unknown, ctx: Ctx) =>
      (await followUpRatings(ctx.db, f, areas)).map((a) => ({
        area: a.area,
        families: countCell(a.families, f.threshold),
        atStart: meanCell(a.families, a.atStart, a.largest, `${a.area}.atStart`, f.threshold),
        followedUp: countCell(a.followedUp, f.threshold),
        latest: meanCell(a.followedUp, a.latest, a.largest, `${a.area}.latest`, f.threshold),
        change: meanCell(a.followedUp, a.change, a.largestChange, `${a.area}.change`, f.threshold),
      })),
    parentsOccupation: async (f: StatisticsFilter, _: unknown, ctx: Ctx) => {
      const pairs = await parentsOccupation(ctx.db, f);
      const parents = (keep: (p: (typeof pairs)[number]) => boolean): Counted => together(nobody, ...pairs.filter(keep).map((p) => p.parents));
      const counts = (pick: 'first' | 'latest') => {
        const [work, studies, sickLeave, unemployed, other] = occupations.map((o) =>
          countCell(
            parents((p) => p[pick] === o),
            f.threshold,
          ),
        );
        return {
          work,
          studies,
          sickLeave,
          unemployed,
          other,
          total: countCell(
            parents(() => true),
            f.threshold,
          ),
        };
      };
      const notWorking = parents((p) => !inWorkOrStudies(p.first));
      return {
        atStart: counts('first'),
        latest: counts('latest'),
        notWorkingAtStart: countCell(notWorking, f.threshold),
        backInWorkOrStudies: shareCell(
          parents((p) => !inWorkOrStudies(p.first) && inWorkOrStudies(p.latest)),
          notWorking,
          f.threshold,
        ),
      };
    },
  },
};

async function cohortFor(agency: Agency, categories: readonly DataCategory[], f: StatisticsFilter, ctx: Ctx) {
  const members = await ctx.cohorts.read(f, categories);
  return ctx.signCohort({ agency, members, from: f.from, to: f.to, threshold: f.threshold, filter: { municipality: f.municipality, teamId: f.teamId } });
}

function days(d: DaysFigure, salt: string, threshold: number) {
  return {
    families: countCell(d.families, threshold),
    mean: meanCell(d.families, d.sum, d.longest, `${salt}.mean`, threshold),
    median: medianCell(d.families, d.median, d.longest, `${salt}.median`, threshold),
  };
}
