import { type AgencyHttp, batchLoader, groupBy, reportedKeySum, reportedLargest } from '@lotsen/kit';
import { LRUCache } from 'lru-cache';
import { attendanceOf, enrolmentOf, studentHealthOf, supportMeasuresOf } from './ss12000-mapping.js';
import type { Ss12000AggregatedAttendance, Ss12000Page, Ss12000Person, StudentHealthRow, SupportMeasureRow } from './ss12000-types.js';

/**
 * The most pages one list is followed to. A platform still giving a pageToken past it is taken as
 * failing (the section is AgencyUnavailable), never as having answered part of the list: a
 * batch of 500 students at the 20 rows a small page holds is 25 pages.
 */
export const maxPages = 50;

/** Start of the current term (höstterminen from mid-August, vårterminen from early January). */
export function termStart(today: string): string {
  return today.slice(5) >= '08-15' ? `${today.slice(0, 4)}-08-15` : `${today.slice(0, 4)}-01-08`;
}

/**
 * The platform's person ids by civicNo, shared by the requests of one subgraph. An id is the
 * platform's stable key for a person: knowing it lets attendance and the rest go out together
 * with the person lookup instead of a round trip after it. An id is kept an hour; that the
 * platform does not know a child ('') ten minutes, so that a new enrolment shows soon.
 */
export const personIdCache = () => new LRUCache<string, string>({ max: 200_000, ttl: 60 * 60_000 });
const unknownForMs = 10 * 60_000;

/**
 * The school platform adapter: persons by civicNo through `POST /persons/lookup`, the rest by
 * the platform's person id, each endpoint called once per batch of children.
 */
export function schoolPlatform(http: AgencyHttp, today: () => string, ids = personIdCache()) {
  const persons = batchLoader<string, Ss12000Person | null>(async (civicNos) => {
    const { data } = await http.post<Ss12000Person[]>('/v2.0/persons/lookup', { civicNos }, { params: { expand: ['groupMemberships'], expandReferenceNames: true } });
    const found = new Map(data.flatMap((p) => (p.civicNo ? [[p.civicNo.value, p] as const] : [])));
    for (const civicNo of civicNos) {
      const id = found.get(civicNo)?.id;
      ids.set(civicNo, id ?? '', id ? {} : { ttl: unknownForMs });
    }
    return found;
  }, null);

  /**
   * Person ids for a batch of children, all resolved together (so that what is asked with them
   * is asked once): from memory, or through the person lookup for those not yet known.
   */
  const personIds = batchLoader<string, string | null>(async (civicNos) => {
    const unknown = civicNos.filter((c) => !ids.has(c));
    // A lookup that failed is the platform failing, never "no such student": the section is then unavailable.
    const failed = unknown.length > 0 ? (await persons.loadMany(unknown)).find((r) => r instanceof Error) : undefined;
    if (failed) throw failed;
    return new Map(civicNos.flatMap((c) => (ids.get(c) ? [[c, ids.get(c) as string] as const] : [])));
  }, null);

  const attendance = batchLoader<string, Ss12000AggregatedAttendance[]>(async (ids) => {
    const rows = await allPages<Ss12000AggregatedAttendance>(http, '/v2.0/aggregatedAttendance', { startDate: termStart(today()), endDate: today(), student: [...ids] });
    return groupBy(rows, (r) => r.student.id);
  }, []);

  const extension = <R extends { student: { id: string } }>(path: string) =>
    batchLoader<string, R[]>(async (ids) => {
      const { data } = await http.post<{ data: R[] }>(path, { ids });
      return groupBy(data.data, (r) => r.student.id);
    }, []);

  /**
   * One of the platform's cohort reports: sums over the cohort's students, named by civicNo under
   * the month their coordination began, in one call however many students; an empty cohort asks
   * nothing. A report without the key sums the figures are perturbed by is not published from
   * (`read` refuses it: the figure is UNAVAILABLE).
   */
  const cohortReport =
    <R>(path: string, none: R, read: (data: R) => R) =>
    async (startedIn: Record<string, string[]>, to: string): Promise<R> =>
      Object.keys(startedIn).length === 0 ? none : read((await http.report<{ data: R }>(path, { startedIn, to })).data.data);

  /** What is read by the platform's person id: nothing asked when the platform does not know the child. */
  const byPersonId =
    <T, R>(loader: { load: (id: string) => Promise<T> }, map: (found: T) => R) =>
    async (personnummer: string): Promise<R | null> => {
      const id = await personIds.load(personnummer);
      return id ? map(await loader.load(id)) : null;
    };
  const supportMeasures = extension<SupportMeasureRow>('/v2.0/ext/supportMeasures/lookup');
  const studentHealth = extension<StudentHealthRow>('/v2.0/ext/studentHealthContacts/lookup');

  return {
    /** The child's enrolment, or null when the platform has none. */
    enrolment: async (personnummer: string) => enrolmentOf(await persons.load(personnummer)),
    /** The child's attendance this term, or null when the platform has none. */
    attendance: byPersonId(attendance, attendanceOf),
    supportMeasures: byPersonId(supportMeasures, (rows) => ({ items: supportMeasuresOf(rows) })),
    studentHealth: byPersonId(studentHealth, (rows) => ({ items: studentHealthOf(rows) })),
    /** Absence per term relative to each student's start. */
    absenceSinceStart: cohortReport<AbsenceSinceStartRow[]>('/v2.0/ext/statistics/absenceSinceStart', [], (rows) =>
      rows.map((r) => ({ ...r, keySum: reportedKeySum('SCHOOL', r.keySum), largestAbsenceShare: reportedLargest('SCHOOL', r.largestAbsenceShare) })),
    ),
    /** Students with each kind of support in place at their start and on `to`. */
    supportMeasuresInPlace: cohortReport<SupportMeasuresInPlace>('/v2.0/ext/statistics/supportMeasures', { students: 0, keySum: 0, inPlace: [] }, (report) => ({
      ...report,
      keySum: reportedKeySum('SCHOOL', report.keySum),
      inPlace: report.inPlace.map((r) => ({ ...r, atStartKeySum: reportedKeySum('SCHOOL', r.atStartKeySum), atEndKeySum: reportedKeySum('SCHOOL', r.atEndKeySum) })),
    })),
  };
}

export interface AbsenceSinceStartRow {
  /** -1 the term before the start, 0 the term of the start, 1, 2, … the terms since. */
  termsSinceStart: number;
  students: number;
  /** The sum of the row's students' record keys, modulo 2³²: its cell's key (docs/agency-systems.md, "Record keys"). */
  keySum: number;
  offeredSum: number;
  absenceSum: number;
  /** The largest share of the offered time (0-1) one student of the row was absent. */
  largestAbsenceShare: number;
}

export type SupportKind = 'EXTRA_ADAPTATIONS' | 'SPECIAL_SUPPORT' | 'ACTION_PROGRAMME';

export interface SupportMeasuresInPlace {
  /** The students named that the platform has enrolled: the base of every row. */
  students: number;
  /** The sum of their record keys, modulo 2³²; each count of a kind has its own. */
  keySum: number;
  /** Per kind, the students with it decided on or before the first day of their start month, and on or before `to`. */
  inPlace: { kind: SupportKind; atStart: number; atStartKeySum: number; atEnd: number; atEndKeySum: number }[];
}

export type SchoolPlatform = ReturnType<typeof schoolPlatform>;

/**
 * Every row of one of SS 12000's paged lists: the first request with its filters, then each
 * `pageToken` alone, as the spec says it continues the query, until the platform answers none.
 * Past maxPages it throws rather than answer part of the list.
 */
async function allPages<T>(http: AgencyHttp, path: string, params: Record<string, unknown>): Promise<T[]> {
  const rows: T[] = [];
  let query = params;
  for (let page = 1; page <= maxPages; page++) {
    const { data } = await http.get<Ss12000Page<T>>(path, { params: query });
    rows.push(...data.data);
    if (!data.pageToken) return rows;
    query = { pageToken: data.pageToken };
  }
  throw new Error(`${path}: still more after ${maxPages} pages`);
}
