import { plusKey } from '../simulator/record-keys.js';
import type { ReportStudent } from './report-student.js';

/**
 * What the report counts: the two levels of support of the Education Act (extra anpassningar,
 * särskilt stöd) and whether an åtgärdsprogram is decided for it.
 */
export const supportKinds = ['EXTRA_ADAPTATIONS', 'SPECIAL_SUPPORT', 'ACTION_PROGRAMME'] as const;
export type SupportKind = (typeof supportKinds)[number];

/** Students with each kind in place at the start of their coordination and on the day asked, summed. */
export interface SupportMeasuresInPlace {
  /** The students named that the platform has enrolled: the base of every row. */
  students: number;
  /** Each count's key: the sum of its students' record keys, modulo 2³² (docs/agency-systems.md, "Record keys"). */
  keySum: number;
  inPlace: { kind: SupportKind; atStart: number; atStartKeySum: number; atEnd: number; atEndKeySum: number }[];
}

/**
 * The school platform's support-measures report: for students each with the month their
 * coordination began, how many had each kind in place on the first day of that month and on
 * `to`. The platform records when a measure was decided and no end, so a measure counts as in
 * place from the day it was decided. A student named under two months (in two coordinated
 * families) is counted once, from the earlier. Each count comes with the sum of its students'
 * record keys, the key Lotsen perturbs it by.
 */
export function supportMeasuresInPlace(students: readonly { student: ReportStudent; startMonth: string }[], to: string): SupportMeasuresInPlace {
  const started = new Map<string, { student: ReportStudent; on: string }>();
  for (const { student, startMonth } of students) {
    const on = `${startMonth}-01`;
    const known = started.get(student.personnummer);
    if (!known || on < known.on) started.set(student.personnummer, { student, on });
  }
  const inPlace = supportKinds.map((kind) => ({ kind, atStart: 0, atStartKeySum: 0, atEnd: 0, atEndKeySum: 0 }));
  let keySum = 0;
  for (const { student, on } of started.values()) {
    keySum = plusKey(keySum, student.recordKey);
    for (const row of inPlace) {
      const first = student.firstDecided[row.kind];
      if (first === undefined) continue;
      if (first <= on) {
        row.atStart += 1;
        row.atStartKeySum = plusKey(row.atStartKeySum, student.recordKey);
      }
      if (first <= to) {
        row.atEnd += 1;
        row.atEndKeySum = plusKey(row.atEndKeySum, student.recordKey);
      }
    }
  }
  return { students: started.size, keySum, inPlace };
}
