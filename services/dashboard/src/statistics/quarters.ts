/**
 * Calendar quarters, the only periods the statistics take (docs/analysts.md, "Suppression"):
 * fixed boundaries, so that two answers cannot be subtracted down to a few people.
 */
export interface Quarter {
  year: number;
  /** 1 (januari–mars) to 4 (oktober–december). */
  quarter: number;
}

/** The most quarters one answer may cover (the graph refuses more). */
export const maxQuarters = 8;

const months = ['januari–mars', 'april–juni', 'juli–september', 'oktober–december'];
const lastDays = ['03-31', '06-30', '09-30', '12-31'];

/** The quarter a day (YYYY-MM-DD) falls in. */
export function quarterOf(day: string): Quarter {
  return { year: Number(day.slice(0, 4)), quarter: Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1 };
}

/** Quarters counted from year 0, so that two can be subtracted. */
export const quarterIndex = (q: Quarter) => q.year * 4 + q.quarter - 1;
export const quarterAt = (index: number): Quarter => ({ year: Math.floor(index / 4), quarter: (index % 4) + 1 });

/** A quarter as a form value ("2026-Q1") and back; anything else is no quarter. */
export const quarterKey = (q: Quarter) => `${q.year}-Q${q.quarter}`;
export function parseQuarterKey(key: string): Quarter | null {
  const m = /^(\d{4})-Q([1-4])$/.exec(key);
  return m ? { year: Number(m[1]), quarter: Number(m[2]) } : null;
}

export const firstDayOf = (q: Quarter) => `${q.year}-${String((q.quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
export const lastDayOf = (q: Quarter) => `${q.year}-${lastDays[q.quarter - 1]}`;

/** "Kvartal 1 2026 (januari–mars)". */
export const quarterName = (q: Quarter) => `Kvartal ${q.quarter} ${q.year} (${months[q.quarter - 1]})`;

/** The `count` quarters up to and including `last`, the oldest first. */
export function quartersUpTo(last: Quarter, count: number): Quarter[] {
  const end = quarterIndex(last);
  return Array.from({ length: count }, (_, i) => quarterAt(end - count + 1 + i));
}

/** "Det innevarande kvartalet", "Senaste 4 kvartalen". */
export const lastQuartersName = (n: number) => (n === 1 ? 'Det innevarande kvartalet' : `Senaste ${n} kvartalen`);

/** What is wrong with a period from one quarter to another, in words; null when the graph takes it. */
export function periodProblem(from: Quarter, to: Quarter): string | null {
  const quarters = quarterIndex(to) - quarterIndex(from) + 1;
  if (quarters < 1) return 'Till-kvartalet ligger före från-kvartalet. Välj ett till-kvartal som är samma eller senare.';
  if (quarters > maxQuarters) return `Perioden kan vara högst ${maxQuarters} kvartal. Du har valt ${quarters}.`;
  return null;
}

/** The period as the graph applied it: "2026-01-01 – 2026-12-31 (kvartal 1–4 2026)". */
export function periodInWords(from: string, to: string): string {
  const a = quarterOf(from);
  const b = quarterOf(to);
  const quarters =
    a.year === b.year
      ? a.quarter === b.quarter
        ? `kvartal ${a.quarter} ${a.year}`
        : `kvartal ${a.quarter}–${b.quarter} ${a.year}`
      : `kvartal ${a.quarter} ${a.year} – kvartal ${b.quarter} ${b.year}`;
  return `${from} – ${to} (${quarters})`;
}
