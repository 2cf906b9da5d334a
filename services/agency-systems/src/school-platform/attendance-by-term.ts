import { stableShare } from '../population/stable-share.js';
import type { Child, Population, SchoolRecord } from '../population/types.js';

/** A school term: vårtermin (January to June) or hösttermin (July to December), e.g. 2026VT. */
type Term = `${number}${'VT' | 'HT'}`;

const termOf = (day: string): Term => `${Number(day.slice(0, 4))}${Number(day.slice(5, 7)) <= 6 ? 'VT' : 'HT'}` as Term;
const termIndex = (term: string) => Number(term.slice(0, 4)) * 2 + (term.endsWith('HT') ? 1 : 0);

/** Minutes of teaching a term offers (about 20 weeks of five days). */
const offeredPerTerm = 20 * 5 * 360;

/**
 * A student's share of a term, drawn once and kept: the platform's stored record, in effect. Drawn
 * afresh, a region's report hashed half a million times per call (docs/analysts.md, "Performance").
 */
const drawn = new WeakMap<Population, Map<string, number>>();
function termShare(population: Population, personnummer: string, term: number): number {
  const kept = drawn.get(population) ?? new Map<string, number>();
  drawn.set(population, kept);
  const key = `${personnummer}|${term}`;
  let share = kept.get(key);
  if (share === undefined) {
    share = stableShare(population.seed, `absence|${key}`);
    kept.set(key, share);
  }
  return share;
}

/** Absence summed per term relative to each student's start (-1 the term before, 0 the term of the start, …). */
export interface AbsenceSinceStart {
  termsSinceStart: number;
  students: number;
  offeredSum: number;
  absenceSum: number;
}

/**
 * The school platform's cohort report: for students each with a month their support began, the
 * absence per term relative to it, summed, from the term before the start to the term holding
 * `to`. Each student's absence is their level before coordination, a little less each term after
 * it (the synthetic population's assumption, not a finding), drawn from stable shares.
 */
export function absenceSinceStart(population: Population, students: readonly { child: Child & { school: SchoolRecord }; startMonth: string }[], to: string): AbsenceSinceStart[] {
  const last = termIndex(termOf(to));
  const rows = new Map<number, AbsenceSinceStart>();
  for (const { child, startMonth } of students) {
    const a = child.school.attendance;
    const before = a.offeredMinutes > 0 ? (a.validAbsenceMinutes + a.invalidAbsenceMinutes) / a.offeredMinutes : 0.05;
    const start = termIndex(termOf(`${startMonth}-01`));
    for (let term = start - 1; term <= last; term++) {
      const since = term - start;
      const trend = since > 0 ? 0.8 ** since : 1;
      const noise = 0.8 + 0.4 * termShare(population, child.personnummer, term);
      const absence = Math.min(0.9, Math.max(0, before * trend * noise));
      const row = rows.get(since) ?? { termsSinceStart: since, students: 0, offeredSum: 0, absenceSum: 0 };
      row.students += 1;
      row.offeredSum += offeredPerTerm;
      row.absenceSum += Math.round(offeredPerTerm * absence);
      rows.set(since, row);
    }
  }
  return [...rows.values()].sort((x, y) => x.termsSinceStart - y.termsSinceStart);
}
