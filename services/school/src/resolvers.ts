import { type AgencyRequestContext, accessLog, childWithSection, type GrantedChild, gated } from '@lotsen/kit';
import type { SchoolPlatform } from './adapters/ss12000.js';
import { schoolStatistics, schoolStatisticsFields } from './statistics.js';

type Ctx = AgencyRequestContext<SchoolPlatform>;
type Section = GrantedChild;

export const resolvers = {
  Child: childWithSection('school'),
  Statistics: {
    __resolveReference: (ref: { key: string; schoolCohort?: unknown }) => ref,
    school: schoolStatistics,
  },
  SchoolStatistics: schoolStatisticsFields,
  SchoolSection: {
    accessLog,
    enrolment: (s: Section, _: unknown, ctx: Ctx) =>
      gated(ctx, s, 'ENROLMENT', 'SchoolEnrolment', async () => {
        const person = await ctx.agency.persons.load(s.personnummer);
        const enrolment = person?.enrolments?.[0];
        if (!person || !enrolment) return null;
        const group = person._embedded?.groupMemberships?.find((m) => m.group?.organisation?.id === enrolment.enroledAt.id)?.group;
        return {
          schoolUnit: enrolment.enroledAt.displayName ?? enrolment.enroledAt.id,
          schoolUnitCode: null,
          schoolType: enrolment.schoolType,
          schoolYear: enrolment.schoolYear ?? null,
          group: group?.displayName ?? null,
          since: enrolment.startDate,
        };
      }),
    attendance: (s: Section, _: unknown, ctx: Ctx) =>
      gated(ctx, s, 'ATTENDANCE', 'SchoolAttendance', async () => {
        const id = await ctx.agency.personId(s.personnummer);
        const a = id ? await ctx.agency.attendance.load(id) : null;
        if (!a) return null;
        const offered = a.offeredSum ?? 0;
        const absent = (a.validAbsenceSum ?? 0) + (a.invalidAbsenceSum ?? 0);
        return {
          from: a.startDate,
          to: a.endDate,
          offeredMinutes: offered,
          attendedMinutes: a.attendanceSum,
          validAbsenceMinutes: a.validAbsenceSum ?? 0,
          invalidAbsenceMinutes: a.invalidAbsenceSum ?? 0,
          absencePercent: offered > 0 ? Math.round((absent / offered) * 1000) / 10 : 0,
        };
      }),
    supportMeasures: (s: Section, _: unknown, ctx: Ctx) =>
      gated(ctx, s, 'SUPPORT_MEASURES', 'SupportMeasures', async () => {
        const id = await ctx.agency.personId(s.personnummer);
        return id ? { items: await ctx.agency.supportMeasures.load(id) } : null;
      }),
    studentHealth: (s: Section, _: unknown, ctx: Ctx) =>
      gated(ctx, s, 'STUDENT_HEALTH', 'StudentHealthContacts', async () => {
        const id = await ctx.agency.personId(s.personnummer);
        return id ? { items: await ctx.agency.studentHealth.load(id) } : null;
      }),
  },
};
