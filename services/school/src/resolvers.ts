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
    enrolment: (s: Section, _: unknown, ctx: Ctx) => gated(ctx, s, 'ENROLMENT', 'SchoolEnrolment', () => ctx.agency.enrolment(s.personnummer)),
    attendance: (s: Section, _: unknown, ctx: Ctx) => gated(ctx, s, 'ATTENDANCE', 'SchoolAttendance', () => ctx.agency.attendance(s.personnummer)),
    supportMeasures: (s: Section, _: unknown, ctx: Ctx) => gated(ctx, s, 'SUPPORT_MEASURES', 'SupportMeasures', () => ctx.agency.supportMeasures(s.personnummer)),
    studentHealth: (s: Section, _: unknown, ctx: Ctx) => gated(ctx, s, 'STUDENT_HEALTH', 'StudentHealthContacts', () => ctx.agency.studentHealth(s.personnummer)),
  },
};
