import type { SocialRecord } from '../population/types.js';
import { plusKey, type RecordKeys, unknownKept } from '../simulator/record-keys.js';

type Kind = SocialRecord['interventions'][number]['kind'];
type Intervention = { kind: Kind; startMs: number; endMs: number | null };
/**
 * A person as the report reads them: their record key, their interventions (none for a child who
 * is no client), and the last report that named them (so that one named twice counts once,
 * without a set per report).
 */
type Person = { recordKey: number; interventions: Intervention[]; namedIn: number };

/** One kind's line of the report: interventions begun by the day asked, their children and days. */
export interface InterventionLine {
  kind: Kind;
  interventions: number;
  children: number;
  /** The sum of the record keys of the line's children, modulo 2³²: the key of its cells (docs/agency-systems.md, "Record keys"). */
  keySum: number;
  days: number;
  /** The most days one child's interventions of the kind add up to: how far one child moves the line's days. */
  mostDaysOfOneChild: number;
}

/** What the report was asked about: the children named, each once, and the sum of their record keys. */
export interface InterventionReport {
  named: { children: number; keySum: number };
  lines: InterventionLine[];
}

const day = 86_400_000;

/**
 * The case system's statistics report over interventions, as its own statistics table would
 * answer it: each client's record key and interventions kept in a compact list with their days
 * as numbers, made when the system starts, instead of reaching into every client's record and
 * parsing two dates per intervention on every call (docs/agency-systems.md). A named child who is
 * no client is in the sum of the named children's keys too: their key derived when first named
 * and kept in the same list, so that a child costs one lookup per report either way.
 */
export function interventionReport(clients: ReadonlyMap<string, { social: SocialRecord }>, keys: RecordKeys) {
  const people = new Map<string, Person>();
  for (const [pnr, { social }] of clients)
    people.set(pnr, {
      recordKey: keys.derive(pnr),
      interventions: social.interventions.map((i) => ({ kind: i.kind, startMs: Date.parse(i.startDate), endMs: i.endDate ? Date.parse(i.endDate) : null })),
      namedIn: 0,
    });
  const clientCount = people.size;
  let reports = 0;

  /** Interventions begun up to `till` (YYYY-MM-DD) of the clients named, each counted to its end or `till`. */
  return (personnummer: readonly string[], till: string): InterventionReport => {
    const report = ++reports;
    const tillMs = Date.parse(till);
    const lines = new Map<Kind, InterventionLine>();
    // A child's days of each kind, summed before they go into the line: its largest tells how far one child moves it.
    const daysOfChild = new Map<Kind, number>();
    let children = 0;
    let keySum = 0;
    // Those named who are no clients are remembered up to a bound; past it, the list starts again from the clients.
    if (people.size > clientCount + unknownKept) for (const [pnr, p] of people) if (p.interventions.length === 0 && !clients.has(pnr)) people.delete(pnr);
    for (const pnr of personnummer) {
      let person = people.get(pnr);
      if (!person) {
        person = { recordKey: keys.derive(pnr), interventions: [], namedIn: 0 };
        people.set(pnr, person);
      }
      if (person.namedIn === report) continue;
      person.namedIn = report;
      children += 1;
      keySum = plusKey(keySum, person.recordKey);
      if (person.interventions.length === 0) continue;
      daysOfChild.clear();
      for (const i of person.interventions) {
        if (i.startMs > tillMs) continue;
        const endMs = i.endMs !== null && i.endMs < tillMs ? i.endMs : tillMs;
        daysOfChild.set(i.kind, (daysOfChild.get(i.kind) ?? 0) + Math.max(0, Math.round((endMs - i.startMs) / day)));
        let line = lines.get(i.kind);
        if (!line) {
          line = { kind: i.kind, interventions: 0, children: 0, keySum: 0, days: 0, mostDaysOfOneChild: 0 };
          lines.set(i.kind, line);
        }
        line.interventions += 1;
      }
      for (const [kind, days] of daysOfChild) {
        const line = lines.get(kind) as InterventionLine;
        line.children += 1;
        line.keySum = plusKey(line.keySum, person.recordKey);
        line.days += days;
        if (days > line.mostDaysOfOneChild) line.mostDaysOfOneChild = days;
      }
    }
    return { named: { children, keySum }, lines: [...lines.values()] };
  };
}
