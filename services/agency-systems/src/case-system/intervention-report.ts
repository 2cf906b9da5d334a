import type { SocialRecord } from '../population/types.js';

type Kind = SocialRecord['interventions'][number]['kind'];
type Intervention = { kind: Kind; startMs: number; endMs: number | null };

/** One kind's line of the report: interventions begun by the day asked, their children and days. */
export interface InterventionLine {
  kind: Kind;
  interventions: number;
  children: number;
  days: number;
}

const day = 86_400_000;

/**
 * The case system's statistics report over interventions, as its own statistics table would
 * answer it: each client's interventions kept in a compact list with their days as numbers,
 * made when the system starts, instead of reaching into every client's record and parsing two
 * dates per intervention on every call (docs/agency-systems.md).
 */
export function interventionReport(clients: ReadonlyMap<string, { social: SocialRecord }>) {
  const byClient = new Map<string, Intervention[]>();
  for (const [pnr, { social }] of clients)
    if (social.interventions.length > 0)
      byClient.set(
        pnr,
        social.interventions.map((i) => ({ kind: i.kind, startMs: Date.parse(i.startDate), endMs: i.endDate ? Date.parse(i.endDate) : null })),
      );

  /** Interventions begun up to `till` (YYYY-MM-DD) of the clients named, each counted to its end or `till`. */
  return (personnummer: readonly string[], till: string): InterventionLine[] => {
    const tillMs = Date.parse(till);
    const lines = new Map<Kind, InterventionLine & { named: Set<string> }>();
    for (const pnr of personnummer) {
      for (const i of byClient.get(pnr) ?? []) {
        if (i.startMs > tillMs) continue;
        const endMs = i.endMs !== null && i.endMs < tillMs ? i.endMs : tillMs;
        let line = lines.get(i.kind);
        if (!line) {
          line = { kind: i.kind, interventions: 0, children: 0, days: 0, named: new Set() };
          lines.set(i.kind, line);
        }
        line.interventions += 1;
        line.named.add(pnr);
        line.days += Math.max(0, Math.round((endMs - i.startMs) / day));
      }
    }
    return [...lines.values()].map(({ named, ...line }) => ({ ...line, children: named.size }));
  };
}
