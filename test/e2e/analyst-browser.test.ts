// The analyst's statistics page, a team lead's for their own team, and agency staff's start page,
// in a real browser (Debian's chromium through playwright-core) against the whole seeded system,
// signing in through the OIDC provider as a person does. The system and the browser's clock are
// pinned to one day, so the quarters offered and the figures counted are the same on any day.
// Screenshots of every view at 1280 and 768 px go to test/results/dashboard/.
import { readFileSync } from 'node:fs';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { parse } from 'csv-parse/sync';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import documents from '../../services/dashboard/src/gql/persisted-documents.json' with { type: 'json' };
import { chromiumAvailable, launchChromium } from './browser/chromium.js';
import { signIn } from './browser/sign-in.js';
import { captureView, serious, type Violation } from './browser/views.js';
import { gql } from './graphql.js';

if (!chromiumAvailable && process.env.CI) throw new Error('Debian chromium is required in CI (.ci/run installs it)');
if (!chromiumAvailable) console.warn('chromium not installed (apt-get install chromium): the browser tests of the statistics page do not run here');

/** The day everything happens on: a Thursday in the fourth quarter of 2026, in Swedish time. */
const now = new Date('2026-11-26T10:00:00+01:00');

const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000, interval: 100 });

type Json = Record<string, any>;
interface Cell {
  value: number | null;
  suppressed: boolean;
  reason: 'SMALL_COUNT' | 'COMPLEMENTARY' | 'SMALL_BASE' | null;
  perturbed: boolean;
}

/** The dashboard's operation of that name, exactly as it sends it: the same question the page asked. */
const operation = (name: string) => {
  const text = Object.values(documents as Record<string, string>).find((t) => new RegExp(`\\bquery ${name}\\b`).test(t));
  if (!text) throw new Error(`no persisted operation ${name}`);
  return text;
};

/** What a table cell must read for a count of the graph's answer: the number, or the reason in Swedish words. */
const countInWords = (cell: Cell, threshold: number): string => {
  if (!cell.suppressed) return new Intl.NumberFormat('sv-SE').format(cell.value as number);
  const words: Record<string, string> = { SMALL_COUNT: `Färre än ${threshold}`, COMPLEMENTARY: 'Dold för att skydda ett litet tal', SMALL_BASE: `Underlaget är färre än ${threshold}` };
  return words[cell.reason as string] ?? `(ett skäl utan ord: ${cell.reason})`;
};

/** Every Count or Ratio cell of an answer. */
const cellsOf = (value: unknown): Cell[] => (!value || typeof value !== 'object' ? [] : 'suppressed' in (value as Json) ? [value as Cell] : Object.values(value as Json).flatMap(cellsOf));

/** The rows of a table found by its caption, each as its header and cells' text. */
const rowsOf = (section: Locator, caption: string) =>
  section
    .locator('table', { has: section.page().locator('caption', { hasText: caption }) })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('th, td'), (c) => (c.textContent ?? '').trim())));

describe.runIf(chromiumAvailable)('the statistics page in a browser: analysts, a team lead, and agency staff’s start page', () => {
  let system: RunningSystem;
  let browser: Browser;
  let origin: string;
  const findings = new Map<string, Violation[]>();
  const browserProblems: string[] = [];

  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', acceptDownloads: true });
    // The browser's today is the system's: the quarters the page offers are counted from it.
    await context.clock.setFixedTime(now);
    const page = await context.newPage();
    page.on('pageerror', (error) => browserProblems.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) browserProblems.push(`${page.url()}: ${message.text()}`);
    });
    return { context, page };
  };
  const capture = async (page: Page, view: string) => {
    findings.set(view, serious(await captureView(page, view)));
  };
  const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const section = (page: Page, name: string) => page.locator('section.figure-group', { has: page.getByRole('heading', { level: 2, name, exact: true }) });

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystem({ families: 30, now: () => now }), launchChromium()]);
    origin = `http://localhost:${system.gateway.port}`;
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  it('lets analytiker1 choose quarters, a municipality and figures, and shows each as a table and a chart, hidden cells in words, with its CSV', async () => {
    const { context, page } = await newPage();
    try {
      await signIn(page, origin, 'analytiker1');
      await heading(page, 'Statistik').waitFor();
      expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Statistik' }).getAttribute('aria-current')).toBe('page');
      const form = page.locator('form.statistics-form');
      // Today is in the fourth quarter of 2026: a period of one's own ends there at the latest.
      await form.getByLabel('Period').selectOption({ label: 'Välj kvartal själv' });
      expect((await form.getByLabel('Till och med').locator('option').allTextContents()).at(-1)).toBe('Kvartal 4 2026 (oktober–december)');
      // A period backwards is refused at the field, before anything is asked.
      await form.getByLabel('Från och med').selectOption({ label: 'Kvartal 4 2026 (oktober–december)' });
      await form.getByLabel('Till och med').selectOption({ label: 'Kvartal 1 2026 (januari–mars)' });
      await form.getByRole('button', { name: 'Visa statistik' }).click();
      await eventually(() => form.locator('.field-problem').allTextContents()).toEqual(['Till-kvartalet ligger före från-kvartalet. Välj ett till-kvartal som är samma eller senare.']);
      expect(await page.locator('section.figure-group').count()).toBe(0);
      await form.getByLabel('Från och med').selectOption({ label: 'Kvartal 1 2026 (januari–mars)' });
      await form.getByLabel('Till och med').selectOption({ label: 'Kvartal 4 2026 (oktober–december)' });

      // Exempelkommun: from the list where the graph lists municipalities, else written by name.
      const group = form.getByLabel('Kommun eller team');
      const listed = group.locator('option', { hasText: 'Hela Exempelkommun' });
      if ((await listed.count()) === 1) await group.selectOption({ label: 'Hela Exempelkommun' });
      else {
        await group.selectOption({ label: 'En kommun (skriv namnet)' });
        await form.getByLabel('Kommunens namn').fill('Exempelkommun');
      }
      // Families and children are chosen from the start; consents by purpose and health care's contacts besides.
      expect(await form.getByLabel('Familjer och barn').isChecked()).toBe(true);
      await form.getByLabel('Samtycken efter ändamål').check();
      await form.getByLabel('Hälso- och sjukvården: vårdkontakter').check();
      await form.getByRole('button', { name: 'Visa statistik' }).click();

      // The period and group as the graph applied them.
      await eventually(() => page.locator('p.applied').textContent()).toBe('Period 2026-01-01 – 2026-12-31 (kvartal 1–4 2026). Exempelkommun. Minsta antal som visas: 5.');
      expect(await page.locator('section.figure-group h2').allTextContents()).toEqual(['Familjer och barn', 'Samtycken efter ändamål', 'Hälso- och sjukvården: vårdkontakter']);

      // What the graph answers the same questions, for the same filter.
      const filter = { from: '2026-01-01', to: '2026-12-31', municipality: 'Exempelkommun' };
      const ask = async (name: string) => {
        const answer = await gql<{ statistics: Json }>(system, 'analytiker1', operation(name), { filter });
        expect(answer.errors, name).toBeUndefined();
        return answer.data?.statistics as Json;
      };
      const [families, consents, care] = [await ask('StatisticsFamilies'), await ask('StatisticsConsentsByPurpose'), await ask('StatisticsCareContacts')];
      const t = families.threshold as number;

      const familiesSection = section(page, 'Familjer och barn');
      await eventually(() => rowsOf(familiesSection, 'Familjer och barn i samordning')).toEqual([
        ['Påbörjade under perioden', countInWords(families.families.started, t), countInWords(families.children.started, t)],
        ['Pågående på periodens sista dag', countInWords(families.families.ongoing, t), countInWords(families.children.ongoing, t)],
        ['Avslutade under perioden', countInWords(families.families.closed, t), countInWords(families.children.closed, t)],
      ]);
      // The chart draws the same figures, and says them in words.
      const chart = familiesSection.locator('figure.bar-chart svg[role="img"]');
      expect(await chart.locator('title').textContent()).toBe('Familjer i samordning');
      expect(await chart.locator('desc').textContent()).toBe(
        `Påbörjade: ${countInWords(families.families.started, t).toLowerCase()}; Pågående: ${countInWords(families.families.ongoing, t).toLowerCase()}; Avslutade: ${countInWords(families.families.closed, t).toLowerCase()}. Samma siffror finns i tabellen.`,
      );
      expect(await chart.locator('rect').count()).toBe([families.families.started, families.families.ongoing, families.families.closed].filter((c) => !c.suppressed).length);

      const consentsSection = section(page, 'Samtycken efter ändamål');
      const statuses = ['active', 'pending', 'expired', 'revoked', 'total'];
      const purposes: Record<string, string> = { COORDINATION: 'Samordning', SIP: 'SIP', FOLLOW_UP: 'Uppföljning' };
      await eventually(() => rowsOf(consentsSection, 'Samtycken efter ändamål och status')).toEqual([
        ...consents.consents.byPurpose.map((p: Json) => [purposes[p.purpose], ...statuses.map((s) => countInWords(p.counts[s], t))]),
        ['Alla ändamål', ...statuses.map((s) => countInWords(consents.consents.all[s], t))],
      ]);

      const careSection = section(page, 'Hälso- och sjukvården: vårdkontakter');
      const year = care.healthCare.careContactsByYear[0] as Json;
      const unitTypes: Record<string, string> = { BUP: 'Barn- och ungdomspsykiatrin (BUP)', HABILITATION: 'Habiliteringen', PRIMARY_CARE: 'Primärvården (vårdcentralerna)' };
      const perChild = (c: Cell) => (c.suppressed ? countInWords(c, t) : new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(c.value as number));
      await eventually(() => rowsOf(careSection, `Vårdkontakter ${year.year}`)).toEqual([
        // A unit type's contacts are hidden with its children (and carry their reason), which the page says.
        ...year.byUnitType.map((u: Json) => [
          unitTypes[u.unitType],
          countInWords(u.children, t),
          u.children.suppressed ? 'Dold med antalet barn' : countInWords(u.contacts, t),
          perChild(u.contactsPerChild),
        ]),
        ['Ingen vårdkontakt', countInWords(year.childrenWithoutContact, t), '–inte tillämpligt', '–inte tillämpligt'],
      ]);
      expect(await careSection.locator('dl.facts').textContent()).toBe(`Barn som räknas${countInWords(care.healthCare.children, t)}`);

      // Small counts are hidden in the graph's answer, and the page says so in words, not with a number.
      const counts = [
        ...cellsOf(families),
        ...cellsOf(consents),
        care.healthCare.children,
        year.childrenWithoutContact,
        ...year.byUnitType.flatMap((u: Json) => (u.children.suppressed ? [u.children] : [u.children, u.contacts])),
      ] as Cell[];
      expect(counts.some((c) => c.reason === 'SMALL_COUNT')).toBe(true);
      expect(await page.locator('section.figure-group .suppressed', { hasText: /^Färre än 5$/ }).count()).toBe(counts.filter((c) => c.reason === 'SMALL_COUNT').length);
      // Where the graph says its figures are perturbed (the cell key method), the page says so beside them.
      for (const [name, answer] of [
        ['Familjer och barn', families],
        ['Samtycken efter ändamål', consents],
        ['Hälso- och sjukvården: vårdkontakter', care],
      ] as const)
        expect(await section(page, name).locator('p.perturbed').allTextContents(), name).toEqual(
          cellsOf(answer).some((c) => c.perturbed)
            ? ['Talen är lätt slumpade för att ingen enskild ska kunna räknas fram. En summa räknas för sig och kan skilja sig något från delarna tillsammans.']
            : [],
        );
      expect(cellsOf(families).every((c) => c.perturbed)).toBe(true);
      // And what each reason means is explained on the page.
      const reasons = page.locator('dl.reasons');
      expect(await reasons.locator('dt').allTextContents()).toEqual(['Färre än 5', 'Dold för att skydda ett litet tal', 'Underlaget är färre än 5']);
      expect(await page.locator('section.statistics-help').textContent()).toContain('docs/analysts.md');
      await capture(page, 'statistics');

      // Ladda ner CSV: the same answer, fetched with the bearer token, saved as a file.
      const csv = consentsSection.locator('.csv-download');
      const saving = page.waitForEvent('download', { timeout: 15_000 });
      await csv.getByRole('button', { name: 'Ladda ner CSV: Samtycken efter ändamål' }).click();
      // No file: the page's own words say why, and the test says them.
      const download = await saving.catch(async () => {
        throw new Error(`no file was saved; the page says: ${await csv.textContent()}`);
      });
      expect(download.suggestedFilename()).toBe('lotsen-statistik-samtycken-andamal-2026-01-01-2026-12-31.csv');
      const text = readFileSync((await download.path()) as string, 'utf8');
      const rows = parse(text, { bom: true, delimiter: ';', columns: true, skip_empty_lines: true }) as Record<string, string>[];
      expect(rows.length).toBeGreaterThan(10);
      expect(Object.keys(rows[0] as object)).toEqual(expect.arrayContaining(['figur', 'värde', 'undertryckt', 'skäl']));
      const total = rows.find((r) => (r.figur as string).endsWith('consents.all.total'));
      const expected = consents.consents.all.total as Cell;
      expect(total).toMatchObject(expected.suppressed ? { värde: '', undertryckt: 'ja', skäl: expected.reason } : { värde: String(expected.value), undertryckt: 'nej' });
      await eventually(() => csv.locator('[role=status]').textContent()).toBe('Hämtad: lotsen-statistik-samtycken-andamal-2026-01-01-2026-12-31.csv');
      expect(await csv.locator('[role=alert]').count()).toBe(0);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('gives teamledare1 the same page for their own team, fixed, from their navigation', async () => {
    const { context, page } = await newPage();
    try {
      await signIn(page, origin, 'teamledare1');
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Statistik' }).click();
      await heading(page, 'Statistik').waitFor();
      const team = system.population.teams.find((t) => t.id === 'team-1');
      const form = page.locator('form.statistics-form');
      expect(await form.locator('.fixed-group').textContent()).toBe(`Team${team?.name}, ${team?.municipality}Som teamledare ser du statistik för ditt eget team.`);
      expect(await form.getByLabel('Kommun eller team').count()).toBe(0);
      // Every group of figures, the agencies' too: each its own question, each answered for the team.
      for (const box of await form.getByRole('checkbox').all()) await box.check();
      await form.getByRole('button', { name: 'Visa statistik' }).click();

      const answer = await gql<{ statistics: Json }>(system, 'teamledare1', operation('StatisticsFamilies'), { filter: { lastQuarters: 4, teamId: 'team-1' } });
      const s = answer.data?.statistics as Json;
      expect(s.teamId).toBe('team-1');
      await eventually(() => page.locator('p.applied').textContent()).toBe(`Period ${s.from} – ${s.to} (kvartal 1–4 2026). ${team?.name}, ${team?.municipality}. Minsta antal som visas: 5.`);
      await eventually(() => rowsOf(section(page, 'Familjer och barn'), 'Familjer och barn i samordning')).toEqual([
        ['Påbörjade under perioden', countInWords(s.families.started, 5), countInWords(s.children.started, 5)],
        ['Pågående på periodens sista dag', countInWords(s.families.ongoing, 5), countInWords(s.children.ongoing, 5)],
        ['Avslutade under perioden', countInWords(s.families.closed, 5), countInWords(s.children.closed, 5)],
      ]);
      const sections = page.locator('section.figure-group');
      expect(await sections.count()).toBe(await form.getByRole('checkbox').count());
      // Eleven questions at once, four of them counted by an agency: each section loads on its own.
      await expect.poll(() => sections.locator('.loading').count(), { timeout: 30_000, interval: 200 }).toBe(0);
      expect(await sections.locator('[role=alert]').allTextContents()).toEqual([]);
      expect(await sections.locator('table.figures').count()).toBeGreaterThanOrEqual(await sections.count());
      expect(await sections.locator('figure.bar-chart svg[role="img"]').count()).toBe(await sections.count());
      await capture(page, 'statistics-team-lead');
    } finally {
      await context.close();
    }
  }, 60_000);

  it('gives skola1 a start page that says what Lotsen offers agency staff, and no family page', async () => {
    const { context, page } = await newPage();
    try {
      await signIn(page, origin, 'skola1');
      await heading(page, 'Lotsen för verksamheterna').waitFor();
      expect(await page.locator('main h2').allTextContents()).toEqual(['Planer som din verksamhet deltar i', 'Hur en familjs uppgifter når koordinatorn', 'Vem du kontaktar']);
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).toContain('Kommer: den här listan finns inte på sidan ännu.');
      expect(main).toContain('bara när barnets vårdnadshavare');
      expect(main).not.toContain('Ingen vy för din roll');
      await capture(page, 'agency-staff');
      // The statistics are for analysts and team leads.
      await page.goto(`${origin}/statistik`);
      await heading(page, 'Ingen vy för din roll').waitFor();
    } finally {
      await context.close();
    }
  }, 60_000);

  it('has no serious or critical accessibility finding in any view, and nothing refused by the browser', () => {
    expect([...findings.keys()].sort()).toEqual(['agency-staff', 'statistics', 'statistics-team-lead']);
    expect(Object.fromEntries([...findings].filter(([, v]) => v.length > 0))).toEqual({});
    expect(browserProblems).toEqual([]);
  });
});
