/**
 * What an analyst knows about coordination's counts without seeing a person: the linear relations
 * between the true values behind the answers they can ask for (docs/analysts.md, "Differencing").
 * A variable is one figure of one group over one period ("families.started|team-1|2025-01-01|2025-03-31").
 * Each relation says that a sum of variables with signs is zero.
 */
export type Relation = { terms: [variable: string, sign: 1 | -1][] };

export interface Group {
  id: string;
  /** The groups this one is made of, disjoint (a municipality's teams; every municipality for all). */
  parts: string[];
}

export interface Period {
  from: string;
  to: string;
}

/** Figures whose true value depends only on the period's last day (no family has closed, so the start does not matter). */
const endOnly = /^(families\.ongoing|children\.ongoing|consents\.|followUpRatings\.|parentsOccupation\.)/;
/** A month's meetings are the same in every period that holds the month. */
const monthly = /^meetingsPerMonth\./;
/** Figures counted over what began (or ended) in the period: the sum of the period's parts. */
const additive = /^(families|children)\.(started|closed)$/;

export const variable = (path: string, group: string, p: Period) => `${path}|${group}|${p.from}|${p.to}`;

/**
 * Every relation between the variables of the count paths each period's answer has, over the groups and periods:
 * a group is the sum of its parts; a figure that depends on the period's end alone is the same
 * over every period with that end; one counted over what began in the period is the sum over
 * two adjacent periods; what is ongoing at a quarter's end is what was ongoing before, plus what
 * started, less what closed; and the margins of one answer (a total is the sum of its cells).
 */
export function relationsOf(pathsOf: (p: Period) => readonly string[], groups: readonly Group[], periods: readonly Period[]): Relation[] {
  const relations: Relation[] = [];
  const known = new Set(periods.map((p) => `${p.from}|${p.to}`));
  const equal = (path: string, g: Group, same: Period[]) => {
    for (let i = 1; i < same.length; i++)
      relations.push({
        terms: [
          [variable(path, g.id, same[0] as Period), 1],
          [variable(path, g.id, same[i] as Period), -1],
        ],
      });
  };
  for (const p of periods) {
    const paths = pathsOf(p);
    for (const path of paths) {
      for (const g of groups) if (g.parts.length > 0) relations.push({ terms: [[variable(path, g.id, p), 1], ...g.parts.map((part): [string, -1] => [variable(path, part, p), -1])] });
    }
    for (const g of groups) for (const m of marginsOf(paths)) relations.push({ terms: [[variable(m.total, g.id, p), 1], ...m.parts.map((part): [string, -1] => [variable(part, g.id, p), -1])] });
  }
  const allPaths = [...new Set(periods.flatMap((p) => [...pathsOf(p)]))];
  for (const g of groups) {
    for (const path of allPaths) {
      const holding = periods.filter((p) => pathsOf(p).includes(path));
      if (monthly.test(path)) equal(path, g, holding);
      if (endOnly.test(path))
        for (const to of new Set(holding.map((p) => p.to)))
          equal(
            path,
            g,
            holding.filter((p) => p.to === to),
          );
      if (additive.test(path)) {
        for (const p of holding) {
          for (const q of periods) {
            // p = [a, c], q = [c + 1, b], and [a, b] asked too.
            if (dayAfter(p.to) !== q.from || !known.has(`${p.from}|${q.to}`)) continue;
            relations.push({
              terms: [
                [variable(path, g.id, { from: p.from, to: q.to }), 1],
                [variable(path, g.id, p), -1],
                [variable(path, g.id, q), -1],
              ],
            });
          }
        }
      }
    }
    // The balance of each quarter: ongoing at its end = ongoing at the previous end + started − closed in it.
    for (const unit of ['families', 'children']) {
      for (const q of periods) {
        const before = periods.find((p) => p.to === dayBefore(q.from));
        if (!before || !isOneQuarter(q)) continue;
        relations.push({
          terms: [
            [variable(`${unit}.ongoing`, g.id, q), 1],
            [variable(`${unit}.ongoing`, g.id, before), -1],
            [variable(`${unit}.started`, g.id, q), -1],
            [variable(`${unit}.closed`, g.id, q), 1],
          ],
        });
      }
    }
  }
  return relations;
}

/**
 * The margins of one answer: each total is the sum of its cells (consents by status, and by purpose
 * into all; meetings of a month by kind; parents by occupation), and the parents not working at
 * the start are those on sick leave, unemployed or otherwise occupied then.
 */
export function marginsOf(paths: readonly string[]): { total: string; parts: string[] }[] {
  const has = new Set(paths);
  const statuses = ['active', 'pending', 'expired', 'revoked'];
  const margins: { total: string; parts: string[] }[] = [];
  for (const path of paths) {
    const line = path.match(/^(consents\.(?:all|by\w+\.\w+\.counts))\.total$/);
    if (line) margins.push({ total: path, parts: statuses.map((s) => `${line[1]}.${s}`) });
    const month = path.match(/^(meetingsPerMonth\.[\d-]+)\.total$/);
    if (month) margins.push({ total: path, parts: ['coordination', 'sip', 'followUp', 'jointHomeVisit', 'checkIn'].map((k) => `${month[1]}.${k}`) });
    const occupation = path.match(/^(parentsOccupation\.\w+)\.total$/);
    if (occupation) margins.push({ total: path, parts: ['work', 'studies', 'sickLeave', 'unemployed', 'other'].map((o) => `${occupation[1]}.${o}`) });
  }
  const purposes = paths.filter((p) => /^consents\.byPurpose\.\w+\.counts\.total$/.test(p)).map((p) => p.split('.')[2]);
  for (const s of [...statuses, 'total']) if (has.has(`consents.all.${s}`)) margins.push({ total: `consents.all.${s}`, parts: purposes.map((p) => `consents.byPurpose.${p}.counts.${s}`) });
  if (has.has('parentsOccupation.notWorkingAtStart'))
    margins.push({ total: 'parentsOccupation.notWorkingAtStart', parts: ['sickLeave', 'unemployed', 'other'].map((o) => `parentsOccupation.atStart.${o}`) });
  return margins;
}

const day = (d: string, by: number) => new Date(Date.parse(`${d}T12:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
const dayAfter = (d: string) => day(d, 1);
const dayBefore = (d: string) => day(d, -1);
const isOneQuarter = (p: Period) => Number(p.to.slice(5, 7)) - Number(p.from.slice(5, 7)) === 2 && p.to.slice(0, 4) === p.from.slice(0, 4);
