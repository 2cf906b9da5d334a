import { json, type Routes } from '@lotsen/kit';
import { type Child, households, type Population, type SchoolRecord } from '../population/types.js';
import { badRequest, listParam, SimulatorControl } from '../simulator/control.js';
import { absenceSinceStart } from './attendance-by-term.js';

/**
 * School platform: a subset of SS 12000 2.1.0 (paths under /v2.0 as in the published file):
 * persons looked up in batches by civicNo, organisations, aggregated attendance; plus a local
 * extension under /v2.0/ext for support measures and student-health contacts (docs/agency-systems.md).
 */
export function schoolPlatformRoutes(population: Population, control = new SimulatorControl('school-platform')): { routes: Routes; control: SimulatorControl } {
  const byCivicNo = new Map<string, Child & { school: SchoolRecord }>();
  const byId = new Map<string, Child & { school: SchoolRecord }>();
  const units = new Map<string, SchoolRecord['schoolUnit'] & { schoolType: string }>();
  for (const family of households(population)) {
    for (const child of family.children) {
      if (!child.school) continue;
      const known = child as Child & { school: SchoolRecord };
      byCivicNo.set(child.personnummer, known);
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
    // The platform's cohort report: absence per term relative to each student's start, summed, in
    // one call however many students; students named by civicNo, grouped by the month they started.
    'POST /v2.0/ext/statistics/absenceSinceStart': (req) => {
      const body = JSON.parse(req.body || '{}') as { startedIn?: unknown; to?: unknown };
      const startedIn = body.startedIn as Record<string, unknown> | undefined;
      if (!startedIn || typeof startedIn !== 'object' || Object.entries(startedIn).some(([m, list]) => !/^\d{4}-\d{2}$/.test(m) || !Array.isArray(list) || list.some((c) => typeof c !== 'string')))
        return badRequest('startedIn: { "YYYY-MM": [civicNo, …] } is required');
      if (typeof body.to !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(body.to)) return badRequest('to: a date is required');
      const students = Object.entries(startedIn as Record<string, string[]>).flatMap(([startMonth, civicNos]) =>
        civicNos.flatMap((civicNo) => {
          const child = byCivicNo.get(civicNo);
          return child ? [{ child, startMonth }] : [];
        }),
      );
      return json(200, { data: absenceSinceStart(population, students, body.to) });
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
