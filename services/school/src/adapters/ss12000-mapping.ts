import type { Ss12000AggregatedAttendance, Ss12000Person, StudentHealthRow, SupportMeasureRow } from './ss12000-types.js';

/** The school section's types as the schema has them (schema.graphql), made from the platform's answers here and nowhere else. */
export interface SchoolEnrolment {
  schoolUnit: string;
  schoolUnitCode: string | null;
  schoolType: string;
  schoolYear: number | null;
  group: string | null;
  since: string;
}
export interface SchoolAttendance {
  from: string;
  to: string;
  offeredMinutes: number;
  attendedMinutes: number;
  validAbsenceMinutes: number;
  invalidAbsenceMinutes: number;
  /** Valid and invalid absence over the offered time, in per cent with one decimal; 0 when nothing was offered. */
  absencePercent: number;
}
export interface SupportMeasure {
  kind: SupportMeasureRow['kind'];
  description: string;
  decidedOn: string;
  actionProgramme: boolean;
}
export interface StudentHealthContact {
  date: string;
  profession: string;
  reason: string;
}

/**
 * A person's current enrolment: the first of SS 12000's `enrolments`, with the unit's name as
 * the platform gave it (`expandReferenceNames`) and the group of that unit among the expanded
 * group memberships. A person without an enrolment is not recorded (null).
 */
export function enrolmentOf(person: Ss12000Person | null): SchoolEnrolment | null {
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
}

/**
 * A student's attendance this term from SS 12000's aggregated attendance, which comes per
 * activity: summed over all of them. No row is not recorded (null); a sum SS 12000 leaves out is 0.
 */
export function attendanceOf(rows: readonly Ss12000AggregatedAttendance[]): SchoolAttendance | null {
  const [first] = rows;
  if (!first) return null;
  const sum = (f: (r: Ss12000AggregatedAttendance) => number | undefined) => rows.reduce((a, r) => a + (f(r) ?? 0), 0);
  const offered = sum((r) => r.offeredSum);
  const valid = sum((r) => r.validAbsenceSum);
  const invalid = sum((r) => r.invalidAbsenceSum);
  return {
    from: first.startDate,
    to: first.endDate,
    offeredMinutes: offered,
    attendedMinutes: sum((r) => r.attendanceSum),
    validAbsenceMinutes: valid,
    invalidAbsenceMinutes: invalid,
    absencePercent: offered > 0 ? Math.round(((valid + invalid) / offered) * 1000) / 10 : 0,
  };
}

/** The platform's support measures (extension, lotsen-extensions.yaml) as the schema's. */
export const supportMeasuresOf = (rows: readonly SupportMeasureRow[]): SupportMeasure[] =>
  rows.map((r) => ({ kind: r.kind, description: r.description, decidedOn: r.decidedOn, actionProgramme: r.actionProgramme }));

/** The platform's student health contacts (extension, lotsen-extensions.yaml) as the schema's. */
export const studentHealthOf = (rows: readonly StudentHealthRow[]): StudentHealthContact[] => rows.map((r) => ({ date: r.date, profession: r.profession, reason: r.reason }));
