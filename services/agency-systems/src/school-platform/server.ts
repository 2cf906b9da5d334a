import { json, type Routes } from '@lotsen/kit';
import { type Child, households, type Population, type SchoolRecord } from '../population/types.js';
import { badRequest, listParam, SimulatorControl } from '../simulator/control.js';
import { type CountingSystemOptions, freshSecret, recordKeys } from '../simulator/record-keys.js';
import { absenceSinceStart } from './attendance-by-term.js';
import { type ReportStudent, reportStudentOf } from './report-student.js';
import { supportMeasuresInPlace } from './support-measures-in-place.js';

/**
 * School platform: a subset of SS 12000 2.1.0 (paths under /v2.0 as in the published file):
 * persons looked up in batches by civicNo, organisations, aggregated attendance; plus a local
 * extension under /v2.0/ext for support measures and student-health contacts, and the cohort reports
 * for follow-up statistics (docs/agency-systems.md), each count with the sum of its students'
 * record keys, derived with the platform's own statistics secret.
 */
export function schoolPlatformRoutes(population: Population, options: CountingSystemOptions = {}): { routes: Routes; control: SimulatorControl } {
  const control = options.control ?? new SimulatorControl('school-platform');
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

  const students = (body: string): (Child & { school: SchoolRecord })[] | null => {
    const parsed = JSON.parse(body || '{}') as { ids?: unknown };
    if (!Array.isArray(parsed.ids)) return null;
    return parsed.ids.flatMap((id) => byId.get(String(id)) ?? []);
  };

  /**
   * A cohort report's question, `{ startedIn: { "YYYY-MM": [civicNo, …] }, to: "YYYY-MM-DD" }`: the
   * students the platform has enrolled, each with the month they started, and the day asked; or
   * what is wrong with it. A student the platform does not know is left out.
   */
  const cohortRequest = (text: string): { students: { student: ReportStudent; startMonth: string }[]; to: string } | string => {
    const body = JSON.parse(text || '{}') as { startedIn?: unknown; to?: unknown } | null;
    const startedIn = body?.startedIn;
    if (
      !startedIn ||
      typeof startedIn !== 'object' ||
      Array.isArray(startedIn) ||
      Object.entries(startedIn).some(([m, list]) => !/^\d{4}-(0[1-9]|1[0-2])$/.test(m) || !Array.isArray(list) || list.some((c) => typeof c !== 'string'))
    )
      return 'startedIn: { "YYYY-MM": [civicNo, …] } is required';
    if (typeof body?.to !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(body.to)) return 'to: a date (YYYY-MM-DD) is required';
    const students: { student: ReportStudent; startMonth: string }[] = [];
    for (const [startMonth, civicNos] of Object.entries(startedIn as Record<string, string[]>))
      for (const civicNo of civicNos) {
        const student = reportStudents.get(civicNo);
        if (student) students.push({ student, startMonth });
      }
    return { students, to: body.to };
  };

  const routes: Routes = {
    'POST /v2.0/persons/lookup': (req) => {
      const body = JSON.parse(req.body || '{}') as { ids?: string[]; civicNos?: string[] };
      if (!Array.isArray(body.ids) && !Array.isArray(body.civicNos)) return badRequest('ids or civicNos required');
      const expand = listParam(req.query, 'expand');
      const found = [...(body.civicNos ?? []).flatMap((n) => byCivicNo.get(n) ?? []), ...(body.ids ?? []).flatMap((id) => byId.get(id) ?? [])];
      return json(
        200,
        found.map((c) => person(c, expand)),
      );
    },
    'GET /v2.0/organisations': () =>
      json(200, {
        data: [...units.values()].map((u) => ({ id: u.id, meta, displayName: u.name, organisationType: 'Skolenhet', schoolUnitCode: u.code, schoolTypes: [u.schoolType] })),
        pageToken: null,
      }),
    'GET /v2.0/aggregatedAttendance': (req) => {
      if (!req.query.get('startDate') || !req.query.get('endDate')) return badRequest('startDate and endDate are required');
      const data = listParam(req.query, 'student').flatMap((id) => {
        const c = byId.get(id);
        if (!c) return [];
        const a = c.school.attendance;
        return [
          {
            activity: { id: c.school.group.id, displayName: 'Samtliga aktiviteter' },
            student: { id, displayName: `${c.givenName} ${c.familyName}` },
            startDate: a.startDate,
            endDate: a.endDate,
            attendanceSum: a.attendedMinutes,
            validAbsenceSum: a.validAbsenceMinutes,
            invalidAbsenceSum: a.invalidAbsenceMinutes,
            offeredSum: a.offeredMinutes,
            reportedSum: a.offeredMinutes,
          },
        ];
      });
      return json(200, { data, pageToken: null });
    },
    // The platform's cohort reports: sums over students named by civicNo, grouped by the month
    // their coordination began, in one call however many students; nothing about a student comes back.
    'POST /v2.0/ext/statistics/absenceSinceStart': (req) => {
      const asked = cohortRequest(req.body);
      return typeof asked === 'string' ? badRequest(asked) : json(200, { data: absenceSinceStart(population.seed, asked.students, asked.to) });
    },
    'POST /v2.0/ext/statistics/supportMeasures': (req) => {
      const asked = cohortRequest(req.body);
      return typeof asked === 'string' ? badRequest(asked) : json(200, { data: supportMeasuresInPlace(asked.students, asked.to) });
    },
    'POST /v2.0/ext/supportMeasures/lookup': (req) => {
      const found = students(req.body);
      if (!found) return badRequest('ids required');
      return json(200, { data: found.flatMap((c) => c.school.supportMeasures.map((m) => ({ ...m, student: { id: c.school.personId } }))) });
    },
    'POST /v2.0/ext/studentHealthContacts/lookup': (req) => {
      const found = students(req.body);
      if (!found) return badRequest('ids required');
      return json(200, { data: found.flatMap((c) => c.school.studentHealthContacts.map((h) => ({ ...h, student: { id: c.school.personId } }))) });
    },
  };
  return { routes: control.routes(routes), control };
}
