import { stableShare } from '../population/stable-share.js';
import { plusKey } from '../simulator/record-keys.js';
import type { ReportStudent } from './report-student.js';

/** A school term: vårtermin (January to June) or hösttermin (July to December), e.g. 2026VT. */
type Term = `${number}${'VT' | 'HT'}`;

const termOf = (day: string): Term => `${Number(day.slice(0, 4))}${Number(day.slice(5, 7)) <= 6 ? 'VT' : 'HT'}` as Term;
const termIndex = (term: string) => Number(term.slice(0, 4)) * 2 + (term.endsWith('HT') ? 1 : 0);

/** Minutes of teaching a term offers (about 20 weeks of five days). */
const offeredPerTerm = 20 * 5 * 360;

/** A student's share of a term, drawn once and kept with the student's report record. */
function termShare(seed: number, student: ReportStudent, term: number): number {
  let share = student.termShares.get(term);
  if (share === undefined) {
    share = stableShare(seed, `absence|${student.personnummer}|${term}`);
    student.termShares.set(term, share);
  }
  return share;
}

/** Absence summed per term relative to each student's start (-1 the term before, 0 the term of the start, …). */
export interface AbsenceSinceStart {
  termsSinceStart: number;
  students: number;
  /** The sum of the row's students' record keys, modulo 2³²: the key of the row's cell (docs/agency-systems.md, "Record keys"). */
  keySum: number;
  offeredSum: number;
  absenceSum: number;
  /** The largest share of the offered time one student of the row was absent (0-1): how far one student moves the row. */
  largestAbsenceShare: number;
}

/**
 * The school platform's cohort report: for students each with a month their support began, the
 * absence per term relative to it, summed, from the term before the start to the term holding
 * `to`. Each student's absence is their level before coordination, a little less each term after
 * it (the synthetic population's assumption, not a finding), drawn from stable shares. Each row
 * carries its students' key sum and the largest absence share of one of them, so that Lotsen can
 * publish it by the cell key method without learning anything about a student.
 */
export function absenceSinceStart(seed: number, students: readonly { student: ReportStudent; startMonth: string }[], to: string): AbsenceSinceStart[] {
  const last = termIndex(termOf(to));
  const rows = new Map<number, AbsenceSinceStart>();
  const startOf = new Map<string, number>();
  for (const { student, startMonth } of students) {
    const before = student.absenceBefore;
    let start = startOf.get(startMonth);
    if (start === undefined) {
      start = termIndex(termOf(`${startMonth}-01`));
      startOf.set(startMonth, start);
    }
    for (let term = start - 1; term <= last; term++) {
      const since = term - start;
      const trend = since > 0 ? 0.8 ** since : 1;
      const noise = 0.8 + 0.4 * termShare(seed, student, term);
      const absence = Math.min(0.9, Math.max(0, before * trend * noise));
      let row = rows.get(since);
      if (!row) {
        row = { termsSinceStart: since, students: 0, keySum: 0, offeredSum: 0, absenceSum: 0, largestAbsenceShare: 0 };
        rows.set(since, row);
      }
      const minutes = Math.round(offeredPerTerm * absence);
      row.students += 1;
      row.keySum = plusKey(row.keySum, student.recordKey);
      row.offeredSum += offeredPerTerm;
      row.absenceSum += minutes;
      if (minutes / offeredPerTerm > row.largestAbsenceShare) row.largestAbsenceShare = minutes / offeredPerTerm;
    }
  }
  return [...rows.values()].sort((x, y) => x.termsSinceStart - y.termsSinceStart);
}
