// npm run audit:report [-- --json] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [pglite-dir]: what a data
// protection officer reads of the statistics (docs/analysts.md, "Limits and watch"). Per user and
// day (Swedish time), the statistical releases in every audit trail of the store, each day over the
// line (AUDIT_RELEASES_PER_DAY, default 200) marked; and the refusals of the statistics rate limit
// the gateway wrote to its own trail; and the free texts refused because they identified someone
// (docs/consultations.md, "Refusals"). The last 30 days unless --from/--to say otherwise.
// Opens the store as audit:verify does: AUDIT_DATABASE_URL, else DATABASE_URL, else the embedded
// store or a PGlite directory given as argument; refused (exit 2) while `npm start` holds it.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { auditMigrations, type Database, dataDir, envNumber, openDatabase, StoreInUseError, StoreOpenError, todayInSweden } from '@lotsen/kit';

/** The `reason` the gateway records a refusal of the rate limit under (gateway/src/plugins/statistics-rate-limit.ts). */
const rateLimitReason = 'STATISTICS_RATE_LIMIT';
const dayMs = 86_400_000;

type Event = { at: string; source: string; kind: string; actor: string; role: string; categories: string[] };
interface ReleaseDay {
  day: string;
  user: string;
  role: string;
  /** Every statistical release of the day, in every trail: coordination's and each agency figure's. */
  releases: number;
  /** Coordination's releases: one per statistics answer. */
  answers: number;
  overLine: boolean;
}
interface RefusalDay {
  day: string;
  user: string;
  role: string;
  refusals: number;
  first: string;
  last: string;
}
/** A user's day of texts refused because they identified someone, by the kind found. */
interface RefusedTextDay {
  day: string;
  user: string;
  role: string;
  texts: number;
  names: number;
  personnummer: number;
  samordningsnummer: number;
}

const roles: Record<string, string> = {
  ANALYST: 'analytiker',
  TEAM_LEAD: 'teamledare',
  COORDINATOR: 'koordinator',
  GUARDIAN: 'vårdnadshavare',
  AGENCY_STAFF: 'verksamhetspersonal',
  FAMILY_REPRESENTATIVE: 'familjeombud',
  MANAGEMENT_GROUP: 'ledningsgrupp',
  CATALOGUE_KEEPER: 'ansvarig för stödkatalogen',
};

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const usage = 'Så här: npm run audit:report [-- --json] [--from ÅÅÅÅ-MM-DD] [--to ÅÅÅÅ-MM-DD] [PGlite-katalog]';
const parse = () =>
  parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false }, from: { type: 'string' }, to: { type: 'string' } } });

function options() {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    // Node's own message is English: only the option it names is kept.
    const named = /'(-[^' ]+)/.exec(error instanceof Error ? error.message : '')?.[1];
    fail(`${named ? `Valet ${named} går inte att använda så` : 'Valen går inte att läsa'}. ${usage}`);
  }
  if (parsed.values.help) {
    console.log(usage);
    process.exit(0);
  }
  const isDay = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T12:00:00Z`).toISOString().slice(0, 10) === d;
  const to = parsed.values.to ?? todayInSweden();
  const from = parsed.values.from ?? new Date(Date.parse(`${to}T12:00:00Z`) - 29 * dayMs).toISOString().slice(0, 10);
  for (const [name, d] of [
    ['--from', from],
    ['--to', to],
  ] as const)
    if (!isDay(d)) fail(`${name} ska vara en dag, ÅÅÅÅ-MM-DD, inte '${d}'`);
  if (from > to) fail(`--from (${from}) ligger efter --to (${to})`);
  const line = envNumber('AUDIT_RELEASES_PER_DAY', 200);
  if (!Number.isInteger(line) || line < 0) fail(`AUDIT_RELEASES_PER_DAY ska vara ett heltal, inte '${line}'`);
  return { json: parsed.values.json ?? false, from, to, line, dir: parsed.positionals[0] };
}

/**
 * Statistical releases, the rate limit's refusals and refused texts are about no one person (an empty child), so
 * the trails' index on child and time finds them; a day wider each side covers Swedish time.
 */
async function events(db: Database, from: string, to: string): Promise<Event[]> {
  const rows = await db.query<Event>(
    `SELECT at, source, kind, actor, role, categories FROM audit_events
     WHERE child_personnummer = '' AND at >= $1 AND at < $2 AND (kind IN ('STATISTICAL_RELEASE', 'TEXT_REFUSED') OR (kind = 'DENIAL' AND reason = $3))
     ORDER BY at, source, seq`,
    [new Date(Date.parse(`${from}T00:00:00Z`) - dayMs).toISOString(), new Date(Date.parse(`${to}T00:00:00Z`) + 2 * dayMs).toISOString(), rateLimitReason],
  );
  return rows.filter((e) => {
    const day = todayInSweden(new Date(e.at));
    return day >= from && day <= to;
  });
}

function summarise(all: readonly Event[], line: number): { releases: ReleaseDay[]; refusals: RefusalDay[]; refusedTexts: RefusedTextDay[] } {
  const releases = new Map<string, ReleaseDay>();
  const refusals = new Map<string, RefusalDay>();
  const refusedTexts = new Map<string, RefusedTextDay>();
  for (const e of all) {
    const day = todayInSweden(new Date(e.at));
    const key = `${day}\u0000${e.actor}\u0000${e.role}`;
    if (e.kind === 'STATISTICAL_RELEASE') {
      const r = releases.get(key) ?? { day, user: e.actor, role: e.role, releases: 0, answers: 0, overLine: false };
      r.releases += 1;
      if (e.source === 'coordination') r.answers += 1;
      r.overLine = r.releases > line;
      releases.set(key, r);
    } else if (e.kind === 'TEXT_REFUSED') {
      const r = refusedTexts.get(key) ?? { day, user: e.actor, role: e.role, texts: 0, names: 0, personnummer: 0, samordningsnummer: 0 };
      r.texts += 1;
      if (e.categories.includes('NAME')) r.names += 1;
      if (e.categories.includes('PERSONNUMMER')) r.personnummer += 1;
      if (e.categories.includes('SAMORDNINGSNUMMER')) r.samordningsnummer += 1;
      refusedTexts.set(key, r);
    } else {
      const at = new Date(e.at).toISOString();
      const r = refusals.get(key) ?? { day, user: e.actor, role: e.role, refusals: 0, first: at, last: at };
      r.refusals += 1;
      r.last = at;
      refusals.set(key, r);
    }
  }
  const order = (a: { day: string; user: string }, b: { day: string; user: string }) => a.day.localeCompare(b.day) || a.user.localeCompare(b.user);
  return { releases: [...releases.values()].sort(order), refusals: [...refusals.values()].sort(order), refusedTexts: [...refusedTexts.values()].sort(order) };
}

/** A plain text table: text columns to the left, numbers to the right. */
function table(head: readonly string[], rows: readonly (string | number)[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: readonly (string | number)[]) =>
    cells
      .map((c, i) => (typeof c === 'number' ? String(c).padStart(widths[i] as number) : String(c).padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const timeInSweden = (iso: string) => new Date(iso).toLocaleTimeString('sv-SE', { timeZone: 'Europe/Stockholm' });

function text(report: ReturnType<typeof summarise>, o: ReturnType<typeof options>): string {
  const over = report.releases.filter((r) => r.overLine);
  return [
    `Statistik i granskningsloggarna, ${o.from} – ${o.to} (svensk tid)`,
    '',
    `Statistiska utlämnanden per användare och dag. Gränsen: fler än ${o.line} utlämnanden på en dag av en användare (AUDIT_RELEASES_PER_DAY).`,
    'Utlämnanden räknar varje statistiskt utlämnande i alla loggar (samordningens och varje verksamhets); svar är samordningens, ett per statistiksvar.',
    '',
    report.releases.length === 0
      ? 'Inga statistiska utlämnanden under perioden.'
      : table(
          ['Dag', 'Användare', 'Roll', 'Utlämnanden', 'Svar', 'Över gränsen'],
          report.releases.map((r) => [r.day, r.user, roles[r.role] ?? r.role, r.releases, r.answers, r.overLine ? 'JA' : '']),
        ),
    over.length === 0 ? 'Ingen dag över gränsen.' : `${over.length} ${over.length === 1 ? 'dag' : 'dagar'} över gränsen.`,
    '',
    'Vägrade av hastighetsgränsen för statistik, per användare och dag (gatewayens logg).',
    '',
    report.refusals.length === 0
      ? 'Inga vägranden under perioden.'
      : table(
          ['Dag', 'Användare', 'Roll', 'Vägranden', 'Första', 'Senaste'],
          report.refusals.map((r) => [r.day, r.user, roles[r.role] ?? r.role, r.refusals, timeInSweden(r.first), timeInSweden(r.last)]),
        ),
    '',
    'Texter som stoppades för att de pekade ut någon (konsultationer, hinder), per användare och dag. Ett stoppat namn säger skrivaren att namnet är känt.',
    '',
    report.refusedTexts.length === 0
      ? 'Inga stoppade texter under perioden.'
      : table(
          ['Dag', 'Användare', 'Roll', 'Stoppade', 'Namn', 'Personnummer', 'Samordningsnummer'],
          report.refusedTexts.map((r) => [r.day, r.user, roles[r.role] ?? r.role, r.texts, r.names, r.personnummer, r.samordningsnummer]),
        ),
  ].join('\n');
}

const o = options();
const url = process.env.AUDIT_DATABASE_URL ?? process.env.DATABASE_URL;
let db: Database;
try {
  db = await openDatabase({ ...(url ? { databaseUrl: url } : { databaseUrl: '', pgliteDir: o.dir ?? join(dataDir(), 'pglite') }), migrations: [auditMigrations] });
} catch (error) {
  if (!(error instanceof StoreInUseError || error instanceof StoreOpenError)) throw error;
  fail(error.message);
}
const report = summarise(await events(db, o.from, o.to), o.line);
await db.close();
console.log(o.json ? JSON.stringify({ from: o.from, to: o.to, line: o.line, ...report }, null, 2) : text(report, o));
