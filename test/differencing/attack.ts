import { perturbationTable } from '@lotsen/kit';
import type { RunningSystem } from '@lotsen/local-stack';
import { gql } from '../e2e/graphql.js';
import { callSubgraph } from '../e2e/signed.js';
import { agencyCountsQuery, countCells, countsQuery, periodsBetween } from './answers.js';
import { allowed, type Bounds, type Published, propagate } from './bounds.js';
import { type Group, type Period, relationsOf, variable } from './relations.js';
import { trueCounts } from './truth.js';

type Json = Record<string, any>;

export interface AttackReport {
  answers: number;
  relations: number;
  /** Cells whose true count is 1-4, or that were published hidden: what must not come back. */
  hidden: number;
  /** Hidden cells the attack pins to one value. */
  exact: string[];
  /** The same attack on the same answers unperturbed, as suppression alone published them: hidden cells pinned to one value. */
  exactWithoutPerturbation: number;
  /** Hidden cells the attack narrows to at most three values (within ±1). */
  pinned: number;
  /** Variables whose truth fell outside the attack's bounds: a wrong relation, so a broken attack. */
  unsound: string[];
  /** A family's wait, as a difference of two answers' sums (mean × families) over periods one family apart. */
  singleValues: { tried: number; withinHalfADay: number; withinADay: number; guessWithinADay: number };
  /** The same question asked twice, and a team lead's own team, gave different answers. */
  unstable: number;
  /**
   * The agencies' counts, asked through the gateway for every group and every quarter's end (an
   * agency figure depends on the period's end only, but for health care's year, whose part of the
   * period is the quarter): hidden as published, left with one value, with three or fewer, and
   * relations left with no possible value (an unsound relation).
   */
  agencies: { answers: number; hidden: number; exact: string[]; pinned: number; empty: number };
}

/** A group as a statistics filter names it: all (nothing), a municipality, a team, or a team's families in one of its municipalities ("municipality@team"). */
const scopeOf = (group: string, municipalities: readonly string[]) => {
  const [municipality, teamId] = group.split('@') as [string, string?];
  if (teamId) return { municipality, teamId };
  return group === 'all' ? {} : municipalities.includes(group) ? { municipality: group } : { teamId: group };
};

/**
 * Record keys are drawn at random when a row is written; for a test that gives the same figures
 * on every run they are set from each row's identity instead (the facts follow by their triggers).
 */
async function fixRecordKeys(system: RunningSystem) {
  const key = (table: string, id: string) => `UPDATE ${table} SET record_key = ('x' || substr(md5('${table}|' || ${id}::text), 1, 8))::bit(32)::bigint`;
  await system.db.transaction(async (tx) => {
    const tables: [table: string, id: string][] = [
      ['families', 'id'],
      ['persons', 'personnummer'],
      ['consents', 'id'],
      ['meetings', 'id'],
    ];
    for (const [table, id] of tables) await tx.query(key(table, id));
  });
}

/**
 * The differencing attack of docs/analysts.md, "Differencing", as an analyst (and a team lead for
 * their team) could run it: every whole-quarter period of one to eight quarters from the first
 * family's start, for all, each municipality and each team; then every relation between the
 * answers (nesting, adjacent periods, the balance of each quarter, the margins of each answer),
 * with the perturbation table's bounds, narrowed until nothing narrows.
 */
export async function runAttack(system: RunningSystem, today: string): Promise<AttackReport> {
  await fixRecordKeys(system);
  // Families are counted where they live (docs/tenancy.md): all is its municipalities; a
  // municipality is its teams' families living there: a team serving it alone, or its share of a
  // team serving several (the municipality itself when no other team serves it); a team serving
  // several is the sum of its shares.
  const teams = await system.db.query<{ id: string; municipalities: string[] }>(
    'SELECT t.id, array_agg(tm.municipality ORDER BY tm.municipality) AS municipalities FROM teams t JOIN team_municipalities tm ON tm.team_id = t.id GROUP BY t.id ORDER BY t.id',
  );
  const municipalities = [...new Set(teams.flatMap((t) => t.municipalities))].sort();
  const servedBy = (m: string) => teams.filter((t) => t.municipalities.includes(m));
  const share = (m: string, t: (typeof teams)[number]) => (t.municipalities.length === 1 ? t.id : servedBy(m).length === 1 ? m : `${m}@${t.id}`);
  const several = teams.filter((t) => t.municipalities.length > 1);
  const groups: Group[] = [
    { id: 'all', parts: municipalities },
    ...municipalities.map((m) => ({ id: m, parts: servedBy(m).length === 1 ? [] : servedBy(m).map((t) => share(m, t)) })),
    ...teams.map((t) => ({ id: t.id, parts: t.municipalities.length > 1 ? t.municipalities.map((m) => share(m, t)) : [] })),
    ...several.flatMap((t) => t.municipalities.filter((m) => servedBy(m).length > 1).map((m) => ({ id: `${m}@${t.id}`, parts: [] }))),
  ];
  const [first] = await system.db.query<{ d: string }>("SELECT to_char(min(started_on), 'YYYY-MM-DD') AS d FROM families");
  const periods = periodsBetween(first?.d as string, today);
  const url = `${system.subgraphs.coordination.url}/graphql`;
  const tokens = { analyst: await system.token('analytiker1'), lead: await system.token('teamledare1') };
  const ask = async (token: string, group: string, p: Period) => {
    const scope = scopeOf(group, municipalities);
    const answer = await callSubgraph(url, token, { query: countsQuery, variables: { f: { ...p, ...scope } } }, system.signingKey);
    if (answer.body.errors) throw new Error(`${group} ${p.from}..${p.to}: ${answer.body.errors[0]?.message}`);
    return answer.body.data?.statistics as Json;
  };

  const observed = new Map<string, Published>();
  const answers = new Map<string, Json>();
  const pathsByPeriod = new Map<string, string[]>();
  const jobs = groups.flatMap((g) => periods.map((p) => ({ g, p })));
  for (let i = 0; i < jobs.length; i += 4) {
    await Promise.all(
      jobs.slice(i, i + 4).map(async ({ g, p }) => {
        const s = await ask(tokens.analyst, g.id, p);
        answers.set(`${g.id}|${p.from}|${p.to}`, s);
        const cells = countCells(s, 5);
        pathsByPeriod.set(`${p.from}|${p.to}`, [...cells.keys()]);
        for (const [path, cell] of cells) observed.set(variable(path, g.id, p), cell);
      }),
    );
  }

  // The same question again, and the team lead's own team: the same people, the same answer.
  let unstable = 0;
  for (const p of periods.filter((_, i) => i % 7 === 0)) {
    if (JSON.stringify(await ask(tokens.analyst, 'all', p)) !== JSON.stringify(answers.get(`all|${p.from}|${p.to}`))) unstable++;
    if (JSON.stringify(await ask(tokens.lead, 'team-1', p)) !== JSON.stringify(answers.get(`team-1|${p.from}|${p.to}`))) unstable++;
  }

  const relations = relationsOf((p) => pathsByPeriod.get(`${p.from}|${p.to}`) ?? [], groups, periods);
  const start: Bounds = new Map([...observed].map(([v, cell]) => [v, allowed(perturbationTable, cell)]));
  const bounds = propagate(start, relations);

  const agencies = await attackAgencies(
    system,
    groups,
    municipalities,
    periods.filter((p) => p.from.slice(0, 7) === `${p.to.slice(0, 5)}${String(Number(p.to.slice(5, 7)) - 2).padStart(2, '0')}`),
  );

  // The truth, read with the figures' own queries, to judge the attack by.
  const report: AttackReport = {
    agencies,
    answers: answers.size,
    relations: relations.length,
    hidden: 0,
    exact: [],
    exactWithoutPerturbation: 0,
    pinned: 0,
    unsound: [],
    singleValues: { tried: 0, withinHalfADay: 0, withinADay: 0, guessWithinADay: 0 },
    unstable,
  };
  const truths = new Map<string, Map<string, number>>();
  for (const g of groups) {
    for (const p of periods) {
      const scope = scopeOf(g.id, municipalities);
      const f = { from: p.from, to: p.to, municipality: null, teamId: null, ...scope, asOf: [p.to, today].sort()[0] as string, threshold: 5, childConsentAge: 15 };
      truths.set(`${g.id}|${p.from}|${p.to}`, await trueCounts(system.db, f));
    }
  }
  const truthOf = (v: string) => {
    const [path, group, from, to] = v.split('|') as [string, string, string, string];
    return truths.get(`${group}|${from}|${to}`)?.get(path);
  };
  // The control: suppression alone (a count of 1-4 hidden, every other exact) falls to this attack.
  const unperturbed: Bounds = new Map(
    [...observed.keys()].flatMap((v): [string, [number, number]][] => {
      const t = truthOf(v);
      return t === undefined ? [] : [[v, t >= 1 && t <= 4 ? [1, 4] : [t, t]]];
    }),
  );
  const solved = propagate(unperturbed, relations);
  for (const [v, [lo, hi]] of unperturbed) if (lo !== hi && solved.get(v)?.[0] === solved.get(v)?.[1]) report.exactWithoutPerturbation++;

  for (const [v, cell] of observed) {
    const truth = truthOf(v);
    if (truth === undefined) continue;
    const [lo, hi] = bounds.get(v) as [number, number];
    if (truth < lo || truth > hi) report.unsound.push(`${v}: ${truth} outside ${lo}..${hi}`);
    if (!((truth >= 1 && truth <= 4) || 'hidden' in cell)) continue;
    report.hidden++;
    if (lo === hi) report.exact.push(`${v} = ${lo}`);
    if (hi - lo <= 2) report.pinned++;
  }

  // One family's wait: the same group over a period and one inside it, whose families differ by one.
  for (const g of groups) {
    for (const p of periods) {
      for (const q of periods) {
        if (q === p || q.from < p.from || q.to > p.to) continue;
        for (const figure of ['daysToFirstMeeting', 'daysToAgreedSip']) {
          const tp = truths.get(`${g.id}|${p.from}|${p.to}`);
          const tq = truths.get(`${g.id}|${q.from}|${q.to}`);
          if ((tp?.get(`${figure}.families`) ?? 0) - (tq?.get(`${figure}.families`) ?? 0) !== 1) continue;
          const ap = answers.get(`${g.id}|${p.from}|${p.to}`)?.[figure];
          const aq = answers.get(`${g.id}|${q.from}|${q.to}`)?.[figure];
          if (ap?.mean.suppressed || aq?.mean.suppressed || ap?.families.suppressed || aq?.families.suppressed) continue;
          const estimate = ap.mean.value * ap.families.value - aq.mean.value * aq.families.value;
          const value = (tp?.get(`${figure}.sum`) ?? 0) - (tq?.get(`${figure}.sum`) ?? 0);
          report.singleValues.tried++;
          if (Math.abs(estimate - value) < 0.5) report.singleValues.withinHalfADay++;
          if (Math.abs(estimate - value) <= 1) report.singleValues.withinADay++;
          // The baseline: guessing the family's wait as the published mean of the larger group.
          if (Math.abs(ap.mean.value - value) <= 1) report.singleValues.guessWithinADay++;
        }
      }
    }
  }
  return report;
}

/** The agencies' part of the attack: one quarter per end, every group, through the gateway. */
async function attackAgencies(system: RunningSystem, groups: Group[], municipalities: string[], quarters: Period[]): Promise<AttackReport['agencies']> {
  const observed = new Map<string, Published>();
  const pathsByPeriod = new Map<string, string[]>();
  const jobs = groups.flatMap((g) => quarters.map((p) => ({ g, p })));
  for (let i = 0; i < jobs.length; i += 3) {
    await Promise.all(
      jobs.slice(i, i + 3).map(async ({ g, p }) => {
        const scope = scopeOf(g.id, municipalities);
        const answer = await gql<{ statistics: Json }>(system, 'analytiker1', agencyCountsQuery, { f: { ...p, ...scope } });
        if (answer.errors) throw new Error(`${g.id} ${p.from}..${p.to}: ${answer.errors[0]?.message}`);
        const cells = countCells(answer.data?.statistics as Json, 5);
        pathsByPeriod.set(`${p.from}|${p.to}`, [...cells.keys()]);
        for (const [path, cell] of cells) observed.set(variable(path, g.id, p), cell);
      }),
    );
  }
  const relations = relationsOf((p) => pathsByPeriod.get(`${p.from}|${p.to}`) ?? [], groups, quarters);
  const bounds = propagate(new Map([...observed].map(([v, cell]) => [v, allowed(perturbationTable, cell)])), relations);
  const result = { answers: jobs.length, hidden: 0, exact: [] as string[], pinned: 0, empty: 0 };
  for (const [lo, hi] of bounds.values()) if (lo > hi) result.empty++;
  for (const [v, cell] of observed) {
    if (!('hidden' in cell)) continue;
    const [lo, hi] = bounds.get(v) as [number, number];
    result.hidden++;
    if (lo === hi) result.exact.push(`${v} = ${lo}`);
    if (hi - lo <= 2) result.pinned++;
  }
  return result;
}
