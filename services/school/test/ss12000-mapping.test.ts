import { describe, expect, it } from 'vitest';
import { attendanceOf, enrolmentOf, studentHealthOf, supportMeasuresOf } from '../src/adapters/ss12000-mapping.js';
import type { Ss12000AggregatedAttendance, Ss12000Page, Ss12000Person, StudentHealthRow, SupportMeasureRow } from '../src/adapters/ss12000-types.js';
import attendancePage1 from './fixtures/aggregated-attendance-page-1.json' with { type: 'json' };
import attendancePage2 from './fixtures/aggregated-attendance-page-2.json' with { type: 'json' };
import personsLookup from './fixtures/persons-lookup.json' with { type: 'json' };
import studentHealthLookup from './fixtures/student-health-contacts-lookup.json' with { type: 'json' };
import supportMeasuresLookup from './fixtures/support-measures-lookup.json' with { type: 'json' };

// The platform's recorded answers (fixtures/README.md): three students, GR, FS and GY.
const persons = personsLookup as Ss12000Person[];
const [gr, fs, gy] = persons as [Ss12000Person, Ss12000Person, Ss12000Person];
const attendance = [...(attendancePage1 as Ss12000Page<Ss12000AggregatedAttendance>).data, ...(attendancePage2 as Ss12000Page<Ss12000AggregatedAttendance>).data];
const rowsOf = <T extends { student: { id: string } }>(rows: T[], person: Ss12000Person) => rows.filter((r) => r.student.id === person.id);

describe('SS 12000 persons as the school enrolment', () => {
  it('takes the unit by name, the school type and year, the group of that unit and the start', () => {
    expect(enrolmentOf(gr)).toEqual({ schoolUnit: 'Björkskolan F-6', schoolUnitCode: null, schoolType: 'GR', schoolYear: 3, group: '3C', since: '2025-06-22' });
    expect(enrolmentOf(gy)).toEqual({ schoolUnit: 'Stadsgymnasiet', schoolUnitCode: null, schoolType: 'GY', schoolYear: 1, group: '1A', since: '2026-03-17' });
  });

  it('has no school year in preschool, and the preschool group as the group', () => {
    expect(enrolmentOf(fs)).toMatchObject({ schoolType: 'FS', schoolYear: null, group: 'Avdelning Ekorren' });
  });

  it('leaves the group out when the person has no membership in the unit enrolled at, and the unit id when no name came', () => {
    const elsewhere = { ...gr, enrolments: gr.enrolments?.map((e) => ({ ...e, enroledAt: { id: e.enroledAt.id } })), _embedded: { groupMemberships: [] } };
    expect(enrolmentOf(elsewhere)).toMatchObject({ schoolUnit: gr.enrolments?.[0]?.enroledAt.id, group: null });
  });

  it('is not recorded for a person the platform does not know or has no enrolment of', () => {
    expect(enrolmentOf(null)).toBeNull();
    expect(enrolmentOf({ ...gr, enrolments: [] })).toBeNull();
  });
});

describe('SS 12000 aggregated attendance as the school attendance', () => {
  it('gives the minutes and the absence, valid and invalid, over the offered time in per cent with one decimal', () => {
    expect(attendanceOf(rowsOf(attendance, gr))).toEqual({
      from: '2026-08-15',
      to: '2026-11-23',
      offeredMinutes: 21600,
      attendedMinutes: 16080,
      validAbsenceMinutes: 3240,
      invalidAbsenceMinutes: 2280,
      absencePercent: 25.6,
    });
    expect(attendanceOf(rowsOf(attendance, fs))?.absencePercent).toBe(10.7);
    // The student on the second page.
    expect(attendanceOf(rowsOf(attendance, gy))?.absencePercent).toBe(9.1);
  });

  it('sums the rows of several activities, and counts a sum left out as 0', () => {
    const [row] = rowsOf(attendance, gr) as [Ss12000AggregatedAttendance];
    const other = { ...row, attendanceSum: 600, validAbsenceSum: undefined, invalidAbsenceSum: 60, offeredSum: 660 };
    expect(attendanceOf([row, other])).toMatchObject({ offeredMinutes: 22260, attendedMinutes: 16680, validAbsenceMinutes: 3240, invalidAbsenceMinutes: 2340, absencePercent: 25.1 });
  });

  it('gives 0 per cent when nothing was offered, and is not recorded without a row', () => {
    const [row] = rowsOf(attendance, gr) as [Ss12000AggregatedAttendance];
    expect(attendanceOf([{ ...row, offeredSum: undefined }])?.absencePercent).toBe(0);
    expect(attendanceOf([])).toBeNull();
  });
});

describe('the platform’s extensions as the school’s support measures and student health', () => {
  it('keeps each measure’s kind, description, day and åtgärdsprogram, and nothing of the platform’s own', () => {
    expect(supportMeasuresOf(rowsOf(supportMeasuresLookup.data as SupportMeasureRow[], gr))).toEqual([
      { kind: 'SPECIAL_SUPPORT', description: 'Särskilt stöd i liten undervisningsgrupp', decidedOn: '2026-10-17', actionProgramme: true },
      { kind: 'EXTRA_ADAPTATIONS', description: 'Anpassat schema och tydliggörande pedagogik', decidedOn: '2026-02-03', actionProgramme: false },
    ]);
    expect(supportMeasuresOf(rowsOf(supportMeasuresLookup.data as SupportMeasureRow[], gy))).toEqual([]);
  });

  it('keeps each contact’s day, profession and reason', () => {
    const contacts = studentHealthOf(rowsOf(studentHealthLookup.data as StudentHealthRow[], gr));
    expect(contacts[0]).toEqual({ date: '2026-10-23', profession: 'PSYCHOLOGIST', reason: 'Hälsosamtal' });
    expect(contacts.map((c) => Object.keys(c).sort())).toEqual(contacts.map(() => ['date', 'profession', 'reason']));
  });
});
