import { stableShare } from '../population/stable-share.js';
import type { Child, Population, SchoolRecord } from '../population/types.js';

/** A school term: vårtermin (January to June) or hösttermin (July to December), e.g. 2026VT. */
export type Term = `${number}${'VT' | 'HT'}`;

export const termOf = (day: string): Term => `${Number(day.slice(0, 4))}${Number(day.slice(5, 7)) <= 6 ? 'VT' : 'HT'}` as Term;
export const termIndex = (term: string) => Number(term.slice(0, 4)) * 2 + (term.endsWith('HT') ? 1 : 0);
const termName = (index: number): Term => `${Math.floor(index / 2)}${index % 2 === 1 ? 'HT' : 'VT'}` as Term;

/** The terms from the one holding `from` to the one holding `to`. */
export function termsBetween(from: string, to: string): Term[] {
  const terms: Term[] = [];
  for (let i = termIndex(termOf(from)); i <= termIndex(termOf(to)); i++) terms.push(termName(i));
  return terms;
}

/** Minutes of teaching a term offers (about 20 weeks of five days). */
const offeredPerTerm = 20 * 5 * 360;

/**
 * Each enrolled child's absence per term, as the school platform's statistics export gives it:
 * the child's level of absence before coordination began, a little less each term after it (the
 * synthetic population's assumption, not a finding), drawn from stable shares.
 */
export function attendanceByTerm(population: Population, child: Child & { school: SchoolRecord }, startedOn: string | null, terms: readonly Term[]) {
  const a = child.school.attendance;
  const before = a.offeredMinutes > 0 ? (a.validAbsenceMinutes + a.invalidAbsenceMinutes) / a.offeredMinutes : 0.05;
  const start = startedOn ? termIndex(termOf(startedOn)) : null;
  return terms.map((term) => {
    const since = start === null ? 0 : termIndex(term) - start;
    const trend = since > 0 ? 0.8 ** since : 1;
    const noise = 0.8 + 0.4 * stableShare(population.seed, `absence|${child.personnummer}|${term}`);
    const absence = Math.min(0.9, Math.max(0, before * trend * noise));
    return { civicNo: child.personnummer, term, offeredSum: offeredPerTerm, absenceSum: Math.round(offeredPerTerm * absence) };
  });
}
