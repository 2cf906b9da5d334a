import type { Published } from './bounds.js';
import type { Period } from './relations.js';

/** Every count coordination publishes in one answer, and the waits' means an analyst could subtract. */
export const countsQuery = `query Counts($f: StatisticsFilter!) { statistics(filter: $f) {
  families { started { ...C } ongoing { ...C } closed { ...C } }
  children { started { ...C } ongoing { ...C } closed { ...C } }
  consents { all { ...S } byPurpose { purpose counts { ...S } } byAgency { agency counts { ...S } } }
  meetingsPerMonth { month coordination { ...C } sip { ...C } followUp { ...C } jointHomeVisit { ...C } checkIn { ...C } total { ...C } }
  followUpRatings { area families { ...C } followedUp { ...C } }
  parentsOccupation { atStart { ...O } latest { ...O } notWorkingAtStart { ...C } }
  daysToFirstMeeting { families { ...C } mean { value suppressed reason perturbed } }
  daysToAgreedSip { families { ...C } mean { value suppressed reason perturbed } }
} }
fragment C on Count { value suppressed reason perturbed }
fragment S on ConsentCounts { active { ...C } pending { ...C } expired { ...C } revoked { ...C } total { ...C } }
fragment O on OccupationCounts { work { ...C } studies { ...C } sickLeave { ...C } unemployed { ...C } other { ...C } total { ...C } }`;

/** Every count the agencies publish in one answer (through the gateway: each agency counts its own cohort). */
export const agencyCountsQuery = `query AgencyCounts($f: StatisticsFilter!) { statistics(filter: $f) {
  school { children { ...C } absenceByTermSinceStart { termsSinceStart children { ...C } } supportMeasures { children { ...C } byKind { kind atStart { ...C } atEnd { ...C } } } }
  socialServices { children { ...C } interventionsByKind { kind children { ...C } interventions { ...C } } }
  healthCare { children { ...C } careContactsByYear { year childrenWithoutContact { ...C } byUnitType { unitType children { ...C } contacts { ...C } } } }
} }
fragment C on Count { value suppressed reason perturbed }`;

type Json = Record<string, any>;
/** List elements are named by what they are about. */
const naming = ['purpose', 'agency', 'month', 'area', 'kind', 'termsSinceStart', 'year', 'unitType'];

/** The cells of an answer by path ("consents.byPurpose.SIP.pending"), the means left out. */
export function countCells(answer: Json, threshold: number): Map<string, Published> {
  const cells = new Map<string, Published>();
  const walk = (v: unknown, path: string[]) => {
    if (!v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const item of v) walk(item, [...path, String(naming.map((k) => (item as Json)[k]).find((x) => typeof x === 'string' || typeof x === 'number'))]);
      return;
    }
    const o = v as Json;
    if (typeof o.suppressed === 'boolean') {
      if (path.at(-1) === 'mean') return;
      cells.set(path.join('.'), o.suppressed ? { hidden: 'SMALL_COUNT', threshold } : { value: o.value as number });
      return;
    }
    for (const [k, child] of Object.entries(o)) if (!naming.includes(k) || path.length === 0) walk(child, [...path, k]);
  };
  walk(answer, []);
  return cells;
}

/** Every whole-quarter period of one to eight quarters from `first`'s quarter to `last`'s. */
export function periodsBetween(first: string, last: string, longest = 8): Period[] {
  const index = (d: string) => Number(d.slice(0, 4)) * 4 + Math.floor((Number(d.slice(5, 7)) - 1) / 3);
  const from = (q: number) => `${Math.floor(q / 4)}-${String((q % 4) * 3 + 1).padStart(2, '0')}-01`;
  const to = (q: number) => `${Math.floor(q / 4)}-${['03-31', '06-30', '09-30', '12-31'][q % 4]}`;
  const periods: Period[] = [];
  for (let a = index(first); a <= index(last); a++) for (let b = a; b <= Math.min(index(last), a + longest - 1); b++) periods.push({ from: from(a), to: to(b) });
  return periods;
}
