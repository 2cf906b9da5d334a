/** The parts of SS 12000 2.1.0 shapes the adapter reads (the standard's field names). */
export interface Ss12000Person {
  id: string;
  civicNo?: { value: string };
  enrolments?: { enroledAt: { id: string; displayName?: string }; schoolType: string; schoolYear?: number; startDate: string }[];
  _embedded?: { groupMemberships?: { group?: { displayName: string; organisation?: { id: string } } }[] };
}
export interface Ss12000AggregatedAttendance {
  student: { id: string };
  startDate: string;
  endDate: string;
  attendanceSum: number;
  validAbsenceSum?: number;
  invalidAbsenceSum?: number;
  offeredSum?: number;
}
/** A page of one of SS 12000's lists: `pageToken` null (or absent) when nothing more is left. */
export interface Ss12000Page<T> {
  data: T[];
  pageToken?: string | null;
}

/** The platform's local extensions (services/agency-systems/spec/ss12000/lotsen-extensions.yaml). */
export interface SupportMeasureRow {
  student: { id: string };
  kind: 'EXTRA_ADAPTATIONS' | 'SPECIAL_SUPPORT';
  description: string;
  decidedOn: string;
  actionProgramme: boolean;
}
export interface StudentHealthRow {
  student: { id: string };
  date: string;
  profession: string;
  reason: string;
}
