import type { Routes } from '@lotsen/kit';
import { type Child, households, type Population, type SchoolRecord } from '../population/types.js';
import { SimulatorControl } from '../simulator/control.js';
import { ForcedPageSize } from '../simulator/forced-page-size.js';
import { type CountingSystemOptions, freshSecret, recordKeys } from '../simulator/record-keys.js';
import { absenceSinceStart } from './attendance-by-term.js';
import { type ReportStudent, reportStudentOf } from './report-student.js';
import { type Answer, notFoundRoutes, pagedRoute, specRoute } from './spec-routes.js';
import { ss12000, ss12000Extensions } from './ss12000-spec.js';
import { supportMeasuresInPlace } from './support-measures-in-place.js';

export interface SchoolPlatformOptions extends CountingSystemOptions {
  /** The largest page the platform answers whatever `limit` asks (none: every row of a query); also `PUT /_sim/paging` at run time. */
  maxPageSize?: number;
}

const ok = (body: unknown): Answer => ({ status: 200, body });
const refused = (message: string): Answer => ({ status: 400, body: { code: 'BAD_REQUEST', message } });

/**
 * School platform: a subset of SS 12000 2.1.0 (paths under /v2.0 as in the published file):
 * persons looked up in batches by civicNo, organisations, aggregated attendance, each request and
 * answer validated against the standard's OpenAPI file and its lists paged with limit and
 * pageToken; plus local extensions under /v2.0/ext, described and validated the same way by
 * Lotsen's own OpenAPI file: support measures, student-health contacts and the cohort reports for
 * follow-up statistics, each count with the sum of its students' record keys, derived with the
 * platform's own statistics secret (docs/agency-systems.md, "School platform").
 */
export function schoolPlatformRoutes(population: Population, options: SchoolPlatformOptions = {}): { routes: Routes; control: SimulatorControl } {
  const control = options.control ?? new SimulatorControl('school-platform');
  const pageSize = new ForcedPageSize(options.maxPageSize);
  const keys = recordKeys(options.statisticsSecret ?? freshSecret());
  const byCivicNo = new Map<string, Child & { school: SchoolRecord }>();
  const byId = new Map<string, Child & { school: SchoolRecord }>();
  const units = new Map<string, SchoolRecord['schoolUnit'] & { schoolType: string }>();
  const reportStudents = new Map<string, ReportStudent>();
  for (const family of households(population)) {
    for (const child of family.children) {
      if (!child.school) continue;
      const known = child as Child & { school: SchoolRecord };
      byCivicNo.set(child.personnummer, known);
      reportStudents.set(child.personnummer, reportStudentOf(known, keys.derive(child.personnummer)));
      byId.set(child.school.personId, known);
      units.set(child.school.schoolUnit.id, { ...child.school.schoolUnit, schoolType: child.school.schoolType });
    }
  }
  const meta = { created: `${population.today}T00:00:00Z`, modified: `${population.today}T00:00:00Z` };
  const person = (c: Child & { school: SchoolRecord }, expand: string[]) => ({
    id: c.school.personId,
    meta,
    givenName: c.givenName,
    familyName: c.familyName,
    civicNo: { value: c.personnummer, nationality: 'SE' },
    birthDate: c.birthDate,
    sex: c.sex === 'FEMALE' ? 'Kvinna' : 'Man',
    securityMarking: 'Ingen',
    personStatus: 'Aktiv',
    enrolments: [
      {
        enroledAt: { id: c.school.schoolUnit.id, displayName: c.school.schoolUnit.name },
        schoolType: c.school.schoolType,
        ...(c.school.schoolYear === null ? {} : { schoolYear: c.school.schoolYear }),
        startDate: c.school.enroledSince,
      },
    ],
    ...(expand.includes('groupMemberships')
      ? {
          _embedded: {
            groupMemberships: [
              {
                group: {
                  id: c.school.group.id,
                  meta,
                  displayName: c.school.group.name,
                  groupType: c.school.schoolType === 'FS' ? 'Avdelning' : 'Klass',
                  schoolType: c.school.schoolType,
                  organisation: { id: c.school.schoolUnit.id, displayName: c.school.schoolUnit.name },
                  startDate: c.school.enroledSince,
                },
                startDate: c.school.enroledSince,
              },
            ],
          },
        }
      : {}),
  });

  /** The students of a lookup by person id (the spec checked the ids are uuids); one the platform does not know is left out. */
  const students = (body: unknown) => (body as { ids: string[] }).ids.flatMap((id) => byId.get(id) ?? []);

  /**
   * A cohort report's question, `{ startedIn: { "YYYY-MM": [civicNo, …] }, to: "YYYY-MM-DD" }` (its
   * shape checked against the extensions' spec): the students the platform has enrolled, each with
   * the month they started; or what is wrong with a month. A student the platform does not know is left out.
   */
  const cohortRequest = (body: unknown): { students: { student: ReportStudent; startMonth: string }[]; to: string } | string => {
    const { startedIn, to } = body as { startedIn: Record<string, string[]>; to: string };
    const badMonth = Object.keys(startedIn).find((m) => !/^\d{4}-(0[1-9]|1[0-2])$/.test(m));
    if (badMonth !== undefined) return `startedIn: months are YYYY-MM, not ${JSON.stringify(badMonth)}`;
    const students: { student: ReportStudent; startMonth: string }[] = [];
    for (const [startMonth, civicNos] of Object.entries(startedIn))
      for (const civicNo of civicNos) {
        const student = reportStudents.get(civicNo);
        if (student) students.push({ student, startMonth });
      }
    return { students, to };
  };

  const attendanceOf = (c: Child & { school: SchoolRecord }) => {
    const a = c.school.attendance;
    return {
      activity: { id: c.school.group.id, displayName: 'Samtliga aktiviteter' },
      student: { id: c.school.personId, displayName: `${c.givenName} ${c.familyName}` },
      startDate: a.startDate,
      endDate: a.endDate,
      attendanceSum: a.attendedMinutes,
      validAbsenceSum: a.validAbsenceMinutes,
      invalidAbsenceSum: a.invalidAbsenceMinutes,
      offeredSum: a.offeredMinutes,
      reportedSum: a.offeredMinutes,
    };
  };

  const standard = ss12000();
  const extensions = ss12000Extensions();
  const maxPageSize = () => pageSize.value;
  const routes: Routes = {
    'POST /v2.0/persons/lookup': specRoute(standard, 'POST /v2.0/persons/lookup', (query, body) => {
      const { ids, civicNos } = (body ?? {}) as { ids?: string[]; civicNos?: string[] };
      if (!ids && !civicNos) return refused('ids or civicNos required');
      const expand = query.getAll('expand');
      const found = [...(civicNos ?? []).flatMap((n) => byCivicNo.get(n) ?? []), ...(ids ?? []).flatMap((id) => byId.get(id) ?? [])];
      return ok(found.map((c) => person(c, expand)));
    }),
    'GET /v2.0/organisations': pagedRoute(
      standard,
      'GET /v2.0/organisations',
      () => [...units.values()].map((u) => ({ id: u.id, meta, displayName: u.name, organisationType: 'Skolenhet', schoolUnitCode: u.code, schoolTypes: [u.schoolType] })),
      maxPageSize,
    ),
    // Every student's attendance in the platform's order, or only the students asked for in the order asked.
    'GET /v2.0/aggregatedAttendance': pagedRoute(
      standard,
      'GET /v2.0/aggregatedAttendance',
      (query) => {
        const asked = query.getAll('student');
        return (asked.length === 0 ? [...byId.values()] : asked.flatMap((id) => byId.get(id) ?? [])).map(attendanceOf);
      },
      maxPageSize,
    ),
    // The platform's cohort reports: sums over students named by civicNo, grouped by the month
    // their coordination began, in one call however many students; nothing about a student comes back.
    'POST /v2.0/ext/statistics/absenceSinceStart': specRoute(extensions, 'POST /v2.0/ext/statistics/absenceSinceStart', (_, body) => {
      const asked = cohortRequest(body);
      return typeof asked === 'string' ? refused(asked) : ok({ data: absenceSinceStart(population.seed, asked.students, asked.to) });
    }),
    'POST /v2.0/ext/statistics/supportMeasures': specRoute(extensions, 'POST /v2.0/ext/statistics/supportMeasures', (_, body) => {
      const asked = cohortRequest(body);
      return typeof asked === 'string' ? refused(asked) : ok({ data: supportMeasuresInPlace(asked.students, asked.to) });
    }),
    'POST /v2.0/ext/supportMeasures/lookup': specRoute(extensions, 'POST /v2.0/ext/supportMeasures/lookup', (_, body) =>
      ok({ data: students(body).flatMap((c) => c.school.supportMeasures.map((m) => ({ ...m, student: { id: c.school.personId } }))) }),
    ),
    'POST /v2.0/ext/studentHealthContacts/lookup': specRoute(extensions, 'POST /v2.0/ext/studentHealthContacts/lookup', (_, body) =>
      ok({ data: students(body).flatMap((c) => c.school.studentHealthContacts.map((h) => ({ ...h, student: { id: c.school.personId } }))) }),
    ),
  };
  return { routes: { ...control.routes(routes), ...pageSize.routes(), ...notFoundRoutes }, control };
}
