// What every browser test file of the dashboard shares: one seeded system and one chromium per
// file, the system's clock and the browser's pinned to one day, tabs signed in as a person signs
// in, each view captured (screenshots, axe, its words) and held at the end to no accessibility
// finding, no English word and nothing refused by the browser. The flows are split by role over
// several files, so both test workers share them.
import type { RunningSystem } from '@lotsen/local-stack';
import { startSystem } from '@lotsen/local-stack';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import documents from '../../../services/dashboard/src/gql/persisted-documents.json' with { type: 'json' };
import { englishIn } from '../../../services/dashboard/test/english-words.js';
import { chromiumAvailable, launchChromium } from './chromium.js';
import { signIn } from './sign-in.js';
import { captureView, type Violation } from './views.js';

if (!chromiumAvailable && process.env.CI) throw new Error('Debian chromium is required in CI (.ci/run installs it)');
if (!chromiumAvailable) console.warn('chromium not installed (apt-get install chromium): the browser tests of the dashboard do not run here');

export { chromiumAvailable };

/** The day everything happens on: a Thursday in the fourth quarter of 2026, in Swedish time. */
export const now = new Date('2026-11-26T10:00:00+01:00');
export const today = now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
/** What the page shows for the pinned moment (Swedish time). */
export const nowOnPage = `${today} ${now.toLocaleTimeString('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' })}`;

/** What the page shows after a round trip to the system, waited for as long as a loaded 2-core machine may need. */
export const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000, interval: 100 });

/** The day a child born on it turns 12 today (Swedish calendar), to find the archetypes' 12-year-olds. */
export const twelveYearsAgo = () => `${Number(today.slice(0, 4)) - 12}${today.slice(4)}`;

/** A calendar day moved by whole days. */
export const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export type Json = Record<string, any>;
export interface Cell {
  value: number | null;
  suppressed: boolean;
  reason: 'SMALL_COUNT' | 'COMPLEMENTARY' | 'SMALL_BASE' | null;
  perturbed: boolean;
}

/** The dashboard's operation of that name, exactly as it sends it: the same question the page asked. */
export const operation = (name: string) => {
  const text = Object.values(documents as Record<string, string>).find((t) => new RegExp(`\\bquery ${name}\\b`).test(t));
  if (!text) throw new Error(`no persisted operation ${name}`);
  return text;
};

/** What a table cell must read for a count of the graph's answer: the number, or the reason in Swedish words. */
export const countInWords = (cell: Cell, threshold: number): string => {
  if (!cell.suppressed) return new Intl.NumberFormat('sv-SE').format(cell.value as number);
  const words: Record<string, string> = { SMALL_COUNT: `Färre än ${threshold}`, COMPLEMENTARY: 'Dold för att skydda ett litet tal', SMALL_BASE: `Underlaget är färre än ${threshold}` };
  return words[cell.reason as string] ?? `(ett skäl utan ord: ${cell.reason})`;
};

/** Every Count or Ratio cell of an answer. */
export const cellsOf = (value: unknown): Cell[] => (!value || typeof value !== 'object' ? [] : 'suppressed' in (value as Json) ? [value as Cell] : Object.values(value as Json).flatMap(cellsOf));

/** The rows of a table found by its caption, each as its header and cells' text. */
export const rowsOf = (section: Locator, caption: string) =>
  section
    .locator('table', { has: section.page().locator('caption', { hasText: caption }) })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('th, td'), (c) => (c.textContent ?? '').trim())));

export const heading = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name });
export const section = (p: Page, name: string) => p.locator('section.figure-group', { has: p.getByRole('heading', { level: 2, name, exact: true }) });

/** On the statistics page: asks for one group of figures alone, in place of the group chosen first, and returns its section. */
export async function showFigureGroup(p: Page, name: string): Promise<Locator> {
  await heading(p, 'Statistik').waitFor();
  const form = p.locator('form.statistics-form');
  await form.getByLabel('Familjer och barn').uncheck();
  await form.getByLabel(name).check();
  await form.getByRole('button', { name: 'Visa statistik' }).click();
  return section(p, name);
}

/** A quarter as the statistics page names it, from the graph's key (2026-Q3) or its first day (2026-07-01). */
export function quarterOnPage(keyOrDay: string): string {
  const quarter = keyOrDay.includes('-Q') ? Number(keyOrDay.slice(6)) : Math.floor(Number(keyOrDay.slice(5, 7)) / 3) + 1;
  const months = ['januari–mars', 'april–juni', 'juli–september', 'oktober–december'];
  return `Kvartal ${quarter} ${keyOrDay.slice(0, 4)} (${months[quarter - 1]})`;
}
/** A family page's section under its h2. */
export const part = (p: Page, name: string) => p.locator('section', { has: p.getByRole('heading', { level: 2, name, exact: true }) });
export const workListCard = (p: Page, reference: string) => p.locator('li.card').filter({ has: p.getByRole('link', { name: `Familjen ${reference}`, exact: true }) });

export interface DashboardSession {
  system: RunningSystem;
  origin: string;
  /** koordinator1's tab, kept from one test to the next as a coordinator keeps it open. */
  page: Page;
  newPage(): Promise<{ context: BrowserContext; page: Page }>;
  /** A signed-in tab of its own for one user, closed after `use`. */
  as(username: string, use: (p: Page) => Promise<void>): Promise<void>;
  capture(p: Page, view: string): Promise<void>;
  familyOf(reference: string): RunningSystem['population']['families'][number];
  /** A family's page loaded anew, as on the next visit. */
  openFamily(p: Page, reference: string): Promise<void>;
  /** Every view captured is the list given, none has an accessibility finding of any impact or an English word, and the browser refused nothing. */
  expectViewsClean(views: readonly string[]): void;
}

/**
 * Starts the file's system (30 families, the pinned day) and chromium before its tests and closes
 * them after. `signedIn` opens koordinator1's tab signed in already, for a file whose first flow is
 * not the sign-in itself.
 */
export function dashboardSession(options: { signedIn?: boolean } = {}): DashboardSession {
  let browser: Browser;
  /** Every view's accessibility findings, of any impact, by view. */
  const findings = new Map<string, Violation[]>();
  /** Every view's text, to hold to Swedish. */
  const texts = new Map<string, string>();
  /** What the browser refused or failed at: a Content-Security-Policy violation, an uncaught error. */
  const browserProblems: string[] = [];

  const session: DashboardSession = {
    system: undefined as unknown as RunningSystem,
    origin: '',
    page: undefined as unknown as Page,
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', acceptDownloads: true });
      // The browser's today is the system's: the quarters offered, a meeting's "I dag", the dates a form starts with.
      await context.clock.setFixedTime(now);
      const p = await context.newPage();
      p.on('pageerror', (error) => browserProblems.push(`${p.url()}: ${error.message}`));
      p.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) browserProblems.push(`${p.url()}: ${message.text()}`);
      });
      return { context, page: p };
    },
    async as(username, use) {
      const { context, page: p } = await session.newPage();
      try {
        await signIn(p, session.origin, username);
        await use(p);
      } finally {
        await context.close();
      }
    },
    async capture(p, view) {
      findings.set(view, await captureView(p, view));
      // innerText: the words as laid out, each element's apart, as a reader meets them.
      // biome-ignore lint/performance/useDomNodeTextContent: textContent runs the words of neighbouring elements together
      texts.set(view, await p.evaluate(() => (globalThis as any).document.body.innerText as string));
    },
    familyOf(reference) {
      const family = session.system.population.families.find((f) => f.reference === reference);
      if (!family) throw new Error(`no family ${reference}`);
      return family;
    },
    async openFamily(p, reference) {
      await p.goto(`${session.origin}/familj/${reference}`);
      await heading(p, `Familjen ${reference}`).waitFor();
    },
    expectViewsClean(views) {
      expect([...findings.keys()].sort()).toEqual([...views].sort());
      expect(Object.fromEntries([...findings].filter(([, v]) => v.length > 0))).toEqual({});
      // The people, teams and places of the seeded population are names, whatever language they look like.
      const { families, outside, users, teams } = session.system.population;
      const names = new Set(
        [
          ...families.flatMap((f) => [...f.guardians, ...f.children]),
          ...outside.flatMap((h) => [...h.guardians, ...h.children]),
          ...users.map((u) => ({ givenName: u.name, familyName: '' })),
          ...teams.map((t) => ({ givenName: t.name, familyName: t.municipality })),
        ]
          .flatMap((p) => `${p.givenName} ${p.familyName}`.toLocaleLowerCase('sv').split(/[^\p{L}]+/u))
          .filter(Boolean),
      );
      const english = [...texts].flatMap(([view, text]) => {
        const words = [...new Set(englishIn(text, names))];
        return words.length > 0 ? [`${view}: ${words.join(', ')}`] : [];
      });
      expect(english).toEqual([]);
      expect(browserProblems).toEqual([]);
    },
  };

  beforeAll(async () => {
    [session.system, browser] = await Promise.all([startSystem({ families: 30, now: () => now }), launchChromium()]);
    // The provider registered the app's redirect URIs for localhost and 127.0.0.1 on the gateway's port.
    session.origin = `http://localhost:${session.system.gateway.port}`;
    ({ page: session.page } = await session.newPage());
    if (options.signedIn) await signIn(session.page, session.origin, 'koordinator1');
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await session.system?.close();
  });
  return session;
}
