import type { Child, SchoolRecord } from '../population/types.js';
import type { SupportKind } from './support-measures-in-place.js';

/**
 * What the platform's statistics reports read of an enrolled student, kept together in one small
 * record made when the platform starts: its statistics table, in effect. Read through the
 * student's whole record instead, a region's report spent most of its time reaching into records
 * scattered over the population's heap (docs/analysts.md, "Performance").
 */
export interface ReportStudent {
  personnummer: string;
  /** The student's record key, derived once with the platform's statistics secret (docs/agency-systems.md, "Record keys"). */
  recordKey: number;
  /** Absence before coordination: the recorded share of the offered time, or 5 % when none is offered. */
  absenceBefore: number;
  /** The day the first measure of each kind was decided (extra anpassningar, särskilt stöd, åtgärdsprogram), if any. */
  firstDecided: Partial<Record<SupportKind, string>>;
  /** The student's share of each term, drawn when first asked and kept (attendance-by-term.ts). */
  termShares: Map<number, number>;
}

export function reportStudentOf(child: Child & { school: SchoolRecord }, recordKey: number): ReportStudent {
  const a = child.school.attendance;
  const firstDecided: ReportStudent['firstDecided'] = {};
  const earliest = (kind: SupportKind, day: string) => {
    const known = firstDecided[kind];
    if (known === undefined || day < known) firstDecided[kind] = day;
  };
  for (const m of child.school.supportMeasures) {
    earliest(m.kind, m.decidedOn);
    if (m.actionProgramme) earliest('ACTION_PROGRAMME', m.decidedOn);
  }
  return {
    personnummer: child.personnummer,
    recordKey,
    absenceBefore: a.offeredMinutes > 0 ? (a.validAbsenceMinutes + a.invalidAbsenceMinutes) / a.offeredMinutes : 0.05,
    firstDecided,
    termShares: new Map(),
  };
}
