// The dashboard in a real browser (Debian's chromium through playwright-core), against the whole
// seeded system: every flow through the app's own pages and the OIDC provider's sign-in page,
// never a token handed in. One system for every role: coordinators, a team lead, guardians, agency
// staff and an analyst. The system's clock and the browser's are pinned to one day, so the
// population, the quarters offered and every date on the pages are the same on any day.
// Screenshots of every view at 1280 and 768 px go to test/results/dashboard/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import documents from '../../services/dashboard/src/gql/persisted-documents.json' with { type: 'json' };
import { englishIn } from '../../services/dashboard/test/english-words.js';
// The same R4 check as the dashboard's own unit test.
import { fhirR4Problems } from '../../services/dashboard/test/fhir-r4.js';
import { chromiumAvailable, launchChromium } from './browser/chromium.js';
import { guardianUsernameOf, householdToTakeIn } from './browser/population.js';
import { signIn } from './browser/sign-in.js';
import { captureView, resultsDir, type Violation } from './browser/views.js';
import { gql } from './graphql.js';

if (!chromiumAvailable && process.env.CI) throw new Error('Debian chromium is required in CI (.ci/run installs it)');
if (!chromiumAvailable) console.warn('chromium not installed (apt-get install chromium): the browser tests of the dashboard do not run here');

/** The day everything happens on: a Thursday in the fourth quarter of 2026, in Swedish time. */
const now = new Date('2026-11-26T10:00:00+01:00');
const today = '2026-11-26';
/** What the page shows for the pinned moment (Swedish time). */
const nowOnPage = '2026-11-26 10:00';

/** What the page shows after a round trip to the system, waited for as long as a loaded 2-core machine may need. */
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000, interval: 100 });

/** The day a child born on it turns 12 today (Swedish calendar), to find the archetypes' 12-year-olds. */
const twelveYearsAgo = () => `${Number(today.slice(0, 4)) - 12}${today.slice(4)}`;

/** A calendar day moved by whole days. */
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

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

// Each flow is given a minute or more: alone they take a few seconds, beside the other end-to-end files on two cores longer.
describe.runIf(chromiumAvailable)('the dashboard in a browser: every role, from taking a family in to closing it, the agencies’ share and the statistics', () => {
  let system: RunningSystem;
  let browser: Browser;
  let origin: string;
  /** koordinator1's tab, kept from one test to the next as a coordinator keeps it open. */
  let page: Page;
  /** Every view's accessibility findings, of any impact, by view. */
  const findings = new Map<string, Violation[]>();
  /** Every view's text, to hold to Swedish. */
  const texts = new Map<string, string>();
  /** What the browser refused or failed at: a Content-Security-Policy violation, an uncaught error. */
  const browserProblems: string[] = [];

  const newPage = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', acceptDownloads: true });
    // The browser's today is the system's: the quarters offered, a meeting's "I dag", the dates a form starts with.
    await context.clock.setFixedTime(now);
    const p = await context.newPage();
    p.on('pageerror', (error) => browserProblems.push(`${p.url()}: ${error.message}`));
    p.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) browserProblems.push(`${p.url()}: ${message.text()}`);
    });
    return { context, page: p };
  };
  /** A signed-in tab of its own for one user, closed after `use`. */
  const as = async (username: string, use: (p: Page) => Promise<void>) => {
    const { context, page: p } = await newPage();
    try {
      await signIn(p, origin, username);
      await use(p);
    } finally {
      await context.close();
    }
  };
  const capture = async (p: Page, view: string) => {
    findings.set(view, await captureView(p, view));
    // innerText: the words as laid out, each element's apart, as a reader meets them.
    // biome-ignore lint/performance/useDomNodeTextContent: textContent runs the words of neighbouring elements together
    texts.set(view, await p.evaluate(() => (globalThis as any).document.body.innerText as string));
  };
  const heading = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name });
  const section = (p: Page, name: string) => p.locator('section.figure-group', { has: p.getByRole('heading', { level: 2, name, exact: true }) });
  /** A family page's section under its h2. */
  const part = (p: Page, name: string) => p.locator('section', { has: p.getByRole('heading', { level: 2, name, exact: true }) });
  const familyOf = (reference: string) => {
    const family = system.population.families.find((f) => f.reference === reference);
    if (!family) throw new Error(`no family ${reference}`);
    return family;
  };
  const workListCard = (p: Page, reference: string) => p.locator('li.card').filter({ has: p.getByRole('link', { name: `Familjen ${reference}`, exact: true }) });
  /** A family's page loaded anew, as on the next visit. */
  const openFamily = async (p: Page, reference: string) => {
    await p.goto(`${origin}/familj/${reference}`);
    await heading(p, `Familjen ${reference}`).waitFor();
  };

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystem({ families: 30, now: () => now }), launchChromium()]);
    // The provider registered the app's redirect URIs for localhost and 127.0.0.1 on the gateway's port.
    origin = `http://localhost:${system.gateway.port}`;
    ({ page } = await newPage());
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  it('signs koordinator1 in through the OIDC provider; the work list shows the archetype families with their signals, the awaited guardian named once', async () => {
    await page.goto(`${origin}/`);
    await page.getByRole('button', { name: 'Logga in', exact: true }).waitFor();
    await capture(page, 'sign-in');
    await signIn(page, origin, 'koordinator1', (provider) => capture(provider, 'sign-in-provider'));
    await heading(page, 'Mina familjer').waitFor();
    for (let n = 1; n <= 7; n++) await eventually(() => workListCard(page, `F-0000${n}`).count()).toBe(1);
    // F-00008 is koordinator2's.
    expect(await workListCard(page, 'F-00008').count()).toBe(0);
    // The guardian F-00002 waits for is named as the register names them, and "Väntar" is said once.
    const awaited = familyOf('F-00002').guardians[1];
    const f2 = workListCard(page, 'F-00002');
    await eventually(() => f2.textContent()).toContain(`Väntar på ${awaited?.givenName} ${awaited?.familyName} (vårdnadshavare)`);
    expect(await f2.textContent()).not.toMatch(/Väntar\s+Väntar/);
    expect(await workListCard(page, 'F-00003').textContent()).toContain('Väntar på barnets samtycke');
    // The team's rhythm: some families lack a joint home visit or a check-in, and not all do.
    const rhythm = await page.locator('li.signal-no-joint-home-visit, li.signal-no-check-in').count();
    expect(rhythm).toBeGreaterThan(0);
    expect(await page.locator('li.card').count()).toBe(system.population.families.filter((f) => f.coordinator === 'koordinator1').length);
    await capture(page, 'work-list');
  }, 60_000);

  it('opens F-00001 with all three agencies’ sections, finds families by reference, number and personnummer, and adds a 12-year-old’s view', async () => {
    await page.getByRole('link', { name: 'Familjen F-00001', exact: true }).click();
    await heading(page, 'Familjen F-00001').waitFor();
    const sections = page.locator('section.agency');
    await eventually(() => sections.count()).toBeGreaterThanOrEqual(3);
    for (const agency of ['Skola och elevhälsa', 'Socialtjänsten', 'Hälso- och sjukvården']) {
      const agencySection = sections.filter({ has: page.getByRole('heading', { name: agency }) }).first();
      expect(await agencySection.locator('dl.parts').count(), agency).toBe(1);
      expect(await agencySection.locator('.withheld').count(), agency).toBe(0);
    }
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Särskilt stöd');
    expect(text).toContain('Familjebehandling');
    expect(text).toMatch(/F90/);
    // Who has piloted the family, on its page.
    expect(await part(page, 'Koordinatorer över tid').locator('li').count()).toBeGreaterThan(0);
    await capture(page, 'family');

    // A page that is not a coordinator's says whose it is.
    await page.goto(`${origin}/team`);
    await heading(page, 'Ingen vy för din roll').waitFor();
    expect(await page.locator('main p').first().textContent()).toBe('Du är inloggad som koordinator. Sidan Team och koordinatorer är för teamledare. Till startsidan');

    // Sök familj: a reference as typed, or its number alone; a child's personnummer.
    const find = async (typed: string) => {
      await page.getByRole('link', { name: 'Mina familjer' }).click();
      await heading(page, 'Mina familjer').waitFor();
      await page.getByLabel('Sök familj', { exact: true }).fill(typed);
      await page.getByRole('button', { name: 'Sök', exact: true }).click();
    };
    await find('3');
    await heading(page, 'Familjen F-00003').waitFor();
    await find(familyOf('F-00004').children[0]?.personnummer as string);
    await heading(page, 'Familjen F-00004').waitFor();
    // Nothing found is said in words; one letter is too little, and the field says what to write.
    await find('Öxqz');
    await eventually(() => page.locator('.search-results').textContent()).toBe('Ingen av dina familjer har ett barn som stämmer med ”Öxqz”.');
    await page.getByLabel('Sök familj', { exact: true }).fill('Ö');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await eventually(() => page.locator('#find-family-problem').textContent()).toMatch(/^Skriv minst två tecken/);
    await capture(page, 'work-list-search');
    await find('f2');
    await heading(page, 'Familjen F-00002').waitFor();
    const awaited = familyOf('F-00002').guardians[1];
    await eventually(async () => page.locator('section.agency .withheld').first().textContent()).toBe(`Väntar på ${awaited?.givenName} ${awaited?.familyName} (vårdnadshavare)`);

    // The 12-year-old's consent has no child's view, which the policy wants from 12: added on the consent page.
    const twelve = familyOf('F-00002').children.find((c) => c.birthDate <= twelveYearsAgo());
    expect(twelve).toBeDefined();
    await page.getByRole('link', { name: 'Samtycken', exact: true }).click();
    await heading(page, 'Samtycken för familjen F-00002').waitFor();
    const card = page
      .locator('section.consent-child', { has: page.getByRole('heading', { name: new RegExp(`^${twelve?.givenName} `) }) })
      .locator('article.consent')
      .first();
    expect(await card.textContent()).toContain('Barnets inställning saknas');
    // The status and who it waits for, said once ("Väntar på …", not "Väntar Väntar på …").
    expect((await card.locator('p.status').textContent())?.trim()).toBe(`Väntar på ${awaited?.givenName} ${awaited?.familyName} (vårdnadshavare)`);
    await card.getByLabel(/inställning$/).fill('Vill att mentorn får veta hur det är hemma.');
    await card.getByRole('button', { name: 'Lägg till barnets inställning' }).click();
    await eventually(() => card.locator('dl').textContent()).toContain('Vill att mentorn får veta hur det är hemma.');
    expect(await card.textContent()).not.toContain('Barnets inställning saknas');
  }, 60_000);

  it('keeps the weekly rhythm on F-00002: a home visit today clears its signal, a follow-up is charted, a SIP meeting is booked with time and place and its .ics parses', async () => {
    const card = workListCard(page, 'F-00002');
    // Archetype 2 has had no joint home visit and no check-in (the population's rhythm leaves it without).
    await page.getByRole('link', { name: 'Mina familjer' }).click();
    await heading(page, 'Mina familjer').waitFor();
    await eventually(() => card.locator('li.signal-no-joint-home-visit').count()).toBe(1);
    await card.getByRole('link', { name: 'Familjen F-00002' }).click();
    await heading(page, 'Familjen F-00002').waitFor();
    const signals = part(page, 'Behöver åtgärd');
    await eventually(async () => (await signals.locator('li.signal-no-joint-home-visit').textContent())?.trim()).toBe('Inget gemensamt hembesök registrerat');
    expect(await signals.locator('li.signal-no-check-in').count()).toBe(1);

    // Registrera eller boka möte: what is missing is said at the field, and focus goes to the first.
    const meeting = page.locator('details.meeting-form');
    await meeting.locator('summary').click();
    await meeting.getByRole('button', { name: 'Registrera mötet' }).click();
    await eventually(() => meeting.locator('.field-problem').allTextContents()).toEqual(['Välj minst en verksamhet som deltar.', 'Skriv kort vad mötet handlade om.']);
    await eventually(() => page.evaluate(() => (globalThis as any).document.activeElement?.getAttribute('type'))).toBe('checkbox');
    // Registrera uppföljning: a day ahead is refused by the server, in Swedish, saying what was given.
    const followUp = page.locator('details.follow-up-form');
    await followUp.locator('summary').click();
    await followUp.getByLabel('Datum').fill(addDays(today, 1));
    await followUp.getByLabel('Område').selectOption('SCHOOL');
    await followUp.getByLabel('4 – bättre', { exact: true }).check();
    await followUp.getByRole('button', { name: 'Registrera uppföljning' }).click();
    await eventually(() => followUp.getByRole('alert').textContent()).toMatch(/^En uppföljning kan inte dateras framåt i tiden/);
    // The form states its limits.
    expect(await followUp.locator('.hint').allTextContents()).toContainEqual(expect.stringMatching(/^Högst 2\s000 tecken\.$/));
    await capture(page, 'family-rhythm-refused');
    // Sent again, the refusal goes: it never stands beside the next attempt's own problem.
    await followUp.getByLabel('Datum').fill('');
    await followUp.getByRole('button', { name: 'Registrera uppföljning' }).click();
    await eventually(() => followUp.locator('.field-problem').allTextContents()).toEqual(['Ange uppföljningens datum, till exempel 2026-11-02.']);
    expect(await followUp.getByRole('alert').count()).toBe(0);

    // A day ahead books the meeting; today registers it.
    await meeting.getByLabel('Datum').fill(addDays(today, 7));
    expect(await meeting.getByRole('button', { name: 'Boka mötet' }).count()).toBe(1);
    await meeting.getByLabel('Datum').fill(today);
    await meeting.getByLabel('Slag av möte').selectOption('JOINT_HOME_VISIT');
    await meeting.getByLabel('Skola och elevhälsa').check();
    await meeting.getByLabel('Socialtjänsten').check();
    await meeting.getByLabel('Sammanfattning').fill('Hembesök med mentorn och socialsekreteraren: morgonrutinerna.');
    await meeting.getByRole('button', { name: 'Registrera mötet' }).click();
    await eventually(() => meeting.getByRole('status').textContent()).toBe(`Registrerat: Gemensamt hembesök ${today}.`);
    // At once, without reloading: the signal is gone (the check-in's stays), the meeting is listed.
    expect(await signals.locator('li.signal-no-joint-home-visit').count()).toBe(0);
    expect(await signals.locator('li.signal-no-check-in').count()).toBe(1);
    const meetings = part(page, 'Möten, hembesök och avstämningar');
    const visit = meetings.locator('tbody tr', { hasText: 'Hembesök med mentorn' });
    expect(await visit.locator('td').allTextContents()).toEqual([
      `${today}I dag`,
      'Gemensamt hembesök',
      '–',
      'Skola och elevhälsa, Socialtjänsten',
      'Hembesök med mentorn och socialsekreteraren: morgonrutinerna.',
      `Lägg till i kalender: gemensamt hembesök ${today}`,
    ]);

    // Registrera uppföljning: today is recorded (a day ahead was refused above).
    await followUp.getByLabel('Datum').fill(today);
    await followUp.getByLabel('Kommentar (frivillig)').fill('Går till skolan fyra dagar av fem.');
    await followUp.getByRole('button', { name: 'Registrera uppföljning' }).click();
    await eventually(() => followUp.getByRole('status').textContent()).toBe(`Registrerat: Barnens skolgång ${today}, betyg 4 (bättre).`);
    expect(await followUp.getByRole('alert').count()).toBe(0);
    const chart = part(page, 'Uppföljning').locator('figure.chart');
    expect(await chart.locator('svg desc').textContent()).toContain(`Barnens skolgång: 4 (${today})`);
    // The time axis names every day a follow-up was made on.
    await chart.locator('summary', { hasText: 'Visa uppföljningarna som tabell' }).click();
    const rows = await chart.locator('tbody tr').allTextContents();
    expect(rows).toContain(`${today}Barnens skolgång4Går till skolan fyra dagar av fem.`);
    const days = [...new Set(await chart.locator('tbody tr td:first-child').allTextContents())].sort();
    expect(await chart.locator('svg[role=img] > g > text').allTextContents()).toEqual(expect.arrayContaining(days));
    await capture(page, 'family-rhythm');

    // The parents' occupation, at a follow-up: both parents must be said (F-00002 has two guardians).
    const occupation = page.locator('details.occupation-form');
    await occupation.locator('summary').click();
    await occupation.getByRole('button', { name: 'Registrera föräldrarnas sysselsättning' }).click();
    await eventually(() => occupation.locator('.field-problem').allTextContents()).toEqual([
      'Välj förälder 1:s sysselsättning.',
      'Välj förälder 2:s sysselsättning, eller att familjen bara har en förälder.',
    ]);
    await occupation.getByLabel('Förälder 1').selectOption('WORK');
    await occupation.getByLabel('Förälder 2').selectOption('STUDIES');
    await occupation.getByRole('button', { name: 'Registrera föräldrarnas sysselsättning' }).click();
    await eventually(() => occupation.getByRole('status').textContent()).toBe(`Registrerat ${today}: förälder 1 arbete, förälder 2 studier.`);
    await capture(page, 'family-occupation');

    // A SIP meeting next week, with its time and place: the work list's next meeting, and an .ics to import.
    const nextWeek = addDays(today, 7);
    await meeting.getByLabel('Datum').fill(nextWeek);
    await meeting.getByLabel('Slag av möte').selectOption('SIP');
    await meeting.getByLabel('Tid (frivillig)', { exact: true }).fill('09:30');
    await meeting.getByLabel('Sluttid (frivillig)').fill('09:00');
    await meeting.getByLabel('Plats (frivillig)').fill('Familjecentralen, rum 2');
    await meeting.getByLabel('Skola och elevhälsa').check();
    await meeting.getByLabel('Hälso- och sjukvården').check();
    await meeting.getByLabel('Sammanfattning').fill('SIP-möte: planen för skolgången och sömnen.');
    await meeting.getByRole('button', { name: 'Boka mötet' }).click();
    await eventually(() => meeting.locator('.field-problem').allTextContents()).toEqual(['Sluttiden ska vara efter starttiden 09:30, samma dag.']);
    await meeting.getByLabel('Sluttid (frivillig)').fill('10:30');
    await meeting.getByRole('button', { name: 'Boka mötet' }).click();
    await eventually(() => meeting.getByRole('status').textContent()).toBe(`Bokat: SIP-möte ${nextWeek} klockan 09:30, Familjecentralen, rum 2.`);
    const booked = meetings.locator('tbody tr', { hasText: 'SIP-möte: planen för skolgången' });
    expect(await booked.locator('td').first().textContent()).toBe(`${nextWeek} 09:30–10:30Bokat`);
    expect(await booked.locator('td').nth(2).textContent()).toBe('Familjecentralen, rum 2');
    await capture(page, 'meeting-booked');
    const [download] = await Promise.all([page.waitForEvent('download'), booked.getByRole('button', { name: /^Lägg till i kalender/ }).click()]);
    expect(download.suggestedFilename()).toBe(`lotsen-F-00002-${nextWeek}.ics`);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync((await download.path()) as string, 'utf8')));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') as ICAL.Component);
    expect(event.summary).toBe('SIP-möte, familj F-00002');
    expect(event.location).toBe('Familjecentralen, rum 2');
    expect(event.startDate.toJSDate().toISOString()).toBe(new Date(`${nextWeek}T09:30:00+01:00`).toISOString());
    expect(event.endDate.toJSDate().toISOString()).toBe(new Date(`${nextWeek}T10:30:00+01:00`).toISOString());
    // A calendar file travels to other systems: no child's name in it.
    for (const child of familyOf('F-00002').children) expect(`${event.summary} ${event.description}`).not.toContain(child.givenName);

    // The work list knows it too: the visit held today is the latest meeting, the SIP meeting next week the next.
    await page.getByRole('link', { name: 'Mina familjer' }).click();
    await heading(page, 'Mina familjer').waitFor();
    await card.waitFor();
    expect(await card.locator('li.signal-no-joint-home-visit').count()).toBe(0);
    expect(await card.locator('li.signal-no-check-in').count()).toBe(1);
    expect(await card.locator('dl.facts').textContent()).toContain(`Nästa möte${nextWeek} 09:30, SIP-möte`);
    expect(await card.locator('dl.facts').textContent()).toContain(`Senaste möte${today}, Gemensamt hembesök`);
  }, 90_000);

  it('takes in a new family, records its consent with both guardians’ decisions, sees the sections appear, prints the receipt, exports FHIR, revokes with a confirmation', async () => {
    const { household, youngest } = householdToTakeIn(system.population);
    const childArticle = () => page.locator('article.child').filter({ has: page.getByRole('heading', { name: new RegExp(`^${youngest.givenName} ${youngest.familyName},`) }) });

    await page.getByRole('link', { name: 'Mina familjer' }).click();
    await page.locator('summary', { hasText: 'Ta in en ny familj' }).click();
    // A child already in coordination is refused in Swedish, telling nothing about where the child is.
    await page.getByLabel('Barn 1: personnummer').fill(system.population.families[0]?.children[0]?.personnummer as string);
    await page.getByRole('button', { name: 'Ta in familjen' }).click();
    await eventually(() => page.locator('details.new-family [role=alert]').textContent()).toBe('Ett av barnen kan inte tas in i samordning av ert team. Kontakta teamledaren.');
    await capture(page, 'new-family');
    for (const [i, child] of household.children.entries()) {
      if (i > 0) await page.getByRole('button', { name: 'Lägg till ett barn till' }).click();
      await page.getByLabel(`Barn ${i + 1}: personnummer`).fill(child.personnummer);
    }
    await page.getByRole('button', { name: 'Ta in familjen' }).click();
    await heading(page, /^Samtycken för familjen F-\d{5}$/).waitFor();
    const reference = /F-\d{5}/.exec(new URL(page.url()).pathname)?.[0] as string;
    expect(reference).toBeDefined();

    // Nothing is shared before a consent.
    await page.getByRole('link', { name: 'Tillbaka till familjen' }).click();
    await heading(page, `Familjen ${reference}`).waitFor();
    await eventually(() => childArticle().textContent()).toContain('Samtycke saknas för skolan');
    await page.getByRole('link', { name: 'Samtycken', exact: true }).click();
    await heading(page, `Samtycken för familjen ${reference}`).waitFor();

    const form = page.locator('form.record-consent');
    await form.getByLabel('Barn', { exact: true }).selectOption(youngest.personnummer);
    for (const box of await form.getByRole('checkbox').all()) await box.check();
    await form.getByLabel('Dokumentreferens').fill('DOK-2026-17');
    await form.getByLabel(/^Barnets inställning/).fill('Vill att skolan och vården pratar med varandra.');
    const decisions = form.locator('fieldset', { has: page.locator('legend', { hasText: 'Parternas beslut' }) }).locator('select');
    expect(await decisions.count()).toBeGreaterThanOrEqual(2);
    for (const select of await decisions.all()) await select.selectOption('GIVEN');
    await form.getByRole('button', { name: 'Registrera samtycke' }).click();
    await form
      .getByRole('status')
      .filter({ hasText: `Samtycket för ${youngest.givenName} är registrerat.` })
      .waitFor();
    const consent = page.locator('article.consent').first();
    await eventually(() => consent.locator('.badge').textContent()).toBe('Gäller');
    await capture(page, 'consents');

    // The receipt, printed alone.
    await consent.getByRole('button', { name: 'Visa kvitto' }).click();
    const receipt = consent.locator('section.receipt');
    await receipt.getByRole('heading', { name: 'Kvitto på samtycke' }).waitFor();
    expect(await receipt.textContent()).toContain('Så återkallar du samtycket');
    await capture(page, 'receipt');
    await page.evaluate(() => {
      const w = globalThis as any;
      w.print = () => {
        w.printed = true;
      };
    });
    await receipt.getByRole('button', { name: 'Skriv ut kvitto' }).click();
    expect(await page.evaluate(() => (globalThis as any).printed)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(resultsDir, 'receipt-print.png'), fullPage: true });
    const printed = await page.evaluate(() => {
      const d = (globalThis as any).document;
      const shown = (selector: string) => {
        const element = d.querySelector(selector);
        const style = element && (globalThis as any).getComputedStyle(element);
        return Boolean(style && style.display !== 'none' && style.visibility !== 'hidden');
      };
      return { receipt: shown('.receipt h3'), header: shown('.site-header'), heading: shown('main h1'), card: shown('article.consent h3'), form: shown('form.record-consent button') };
    });
    expect(printed).toEqual({ receipt: true, header: false, heading: false, card: false, form: false });
    await page.emulateMedia({ media: 'screen' });

    // The consent as an HL7 FHIR R4 Consent, valid against the R4 definitions.
    const [download] = await Promise.all([page.waitForEvent('download'), consent.getByRole('button', { name: 'Ladda ned som FHIR Consent' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^samtycke-.+\.fhir\.json$/);
    const resource = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(resource).toMatchObject({ resourceType: 'Consent', status: 'active', patient: { identifier: { value: youngest.personnummer } } });
    expect(resource.performer).toHaveLength(await decisions.count());
    expect(fhirR4Problems(resource)).toEqual([]);

    // With the consent given, the child's sections show what the agencies hold.
    await page.getByRole('link', { name: 'Tillbaka till familjen' }).click();
    await heading(page, `Familjen ${reference}`).waitFor();
    await eventually(() => childArticle().locator('section.agency').count()).toBe(3);
    await eventually(() => childArticle().locator('.withheld').count()).toBe(0);
    expect(await childArticle().locator('section.agency').first().textContent()).toMatch(/sedan \d{4}-\d{2}-\d{2}/);

    // Revoked on a guardian's word, without a reason, after a step that says what follows: every section says why, in words.
    await page.getByRole('link', { name: 'Samtycken', exact: true }).click();
    await heading(page, `Samtycken för familjen ${reference}`).waitFor();
    const revoke = page
      .locator('article.consent')
      .first()
      .locator('details.change')
      .filter({ has: page.locator('summary', { hasText: 'Återkalla samtycket' }) });
    await revoke.locator('summary').click();
    expect(await revoke.getByLabel('Skäl (frivilligt)').inputValue()).toBe('');
    await revoke.getByRole('button', { name: 'Gå vidare' }).click();
    await eventually(() => revoke.locator('.confirm').textContent()).toMatch(/återkallar sitt samtycke för .+ Från och med nu lämnas inget mer ut/);
    await revoke.getByRole('button', { name: 'Ja, återkalla samtycket' }).click();
    await eventually(() => page.locator('article.consent').first().locator('.badge').textContent()).toBe('Återkallat');
    expect(await page.locator('article.consent').first().textContent()).toContain(`har återkallat sitt samtycke ${nowOnPage}`);
    await page.getByRole('link', { name: 'Tillbaka till familjen' }).click();
    await heading(page, `Familjen ${reference}`).waitFor();
    await eventually(() => childArticle().locator('.withheld').first().textContent()).toBe(`Samtycket återkallades ${today}`);
    expect(await childArticle().locator('section.agency .withheld').count()).toBe(3);
  }, 60_000);

  it("lets a guardian of F-00001 sign in and find koordinator1's look in the access log", async () => {
    await as(guardianUsernameOf(system.population, 'F-00001'), async (guardian) => {
      await heading(guardian, 'Vår familj').waitFor();
      expect(await guardian.locator('main .lead').textContent()).toContain('Familjen F-00001');
      const log = part(guardian, 'Åtkomstlogg');
      await eventually(() => log.locator('table').count()).toBeGreaterThan(0);
      // The log's username, named as the family knows its coordinator.
      expect(await log.textContent()).toContain('Koordinator 1 (koordinator, Familjesamverkansteamet Nord)');
      await capture(guardian, 'guardian');
      await guardian.getByRole('link', { name: 'Samtycken och kvitton' }).click();
      await heading(guardian, 'Samtycken för familjen F-00001').waitFor();
      await guardian.locator('article.consent').first().waitFor();
      await capture(guardian, 'guardian-consents');
    });
  }, 60_000);

  it("shows a team lead the team's coordinators, moves a family to another team after a confirmation, and the new team reads who piloted it", async () => {
    const otherTeam = system.population.teams.find((t) => t.id === 'team-2');
    await as('teamledare1', async (lead) => {
      await lead.getByRole('link', { name: 'Team och koordinatorer' }).click();
      await heading(lead, 'Team och koordinatorer').waitFor();
      const coordinators = part(lead, 'Koordinatorer');
      const ownTeam = system.population.users.filter((u) => u.role === 'COORDINATOR' && u.teamId === 'team-1');
      await eventually(() => coordinators.locator('tbody tr').count()).toBe(ownTeam.length);
      expect(await coordinators.textContent()).toContain('koordinator1');
      // Any team's coordinator can take a family over; choosing another team's says what that means for consent.
      const move = lead.getByLabel('Ny koordinator för F-00005');
      const other = move.locator(`optgroup[label^="${otherTeam?.name}"]`);
      await move.selectOption((await other.locator('option').first().getAttribute('value')) as string);
      const row = lead.locator('tr', { has: lead.getByRole('link', { name: 'F-00005', exact: true }) });
      expect(await row.locator('form.reassign').textContent()).toContain('förrän familjen har lämnat samtycke');
      // One click asks; the second moves.
      await row.getByRole('button', { name: 'Flytta' }).click();
      await eventually(() => row.locator('.confirm').textContent()).toContain(`Flytta F-00005 till ${otherTeam?.name} i ${otherTeam?.municipality}?`);
      await capture(lead, 'team-move-confirm');
      await row.getByRole('button', { name: `Ja, flytta till ${otherTeam?.name}` }).click();
      await eventually(() => lead.locator('p.done').first().textContent()).toMatch(new RegExp(`^F-00005 har flyttats till ${otherTeam?.name}`));
      await capture(lead, 'team');
    });
    await as('teamledare2', async (lead) => {
      await lead.goto(`${origin}/familj/F-00005`);
      await heading(lead, 'Familjen F-00005').waitFor();
      const history = part(lead, 'Koordinatorer över tid');
      await eventually(() => history.locator('li').last().textContent()).toMatch(
        new RegExp(`^${nowOnPage}: Flyttad från .+ till ${otherTeam?.name} \\(${otherTeam?.municipality}\\) med .+ som koordinator av Teamledare`),
      );
      await capture(lead, 'family-moved');
    });
  }, 90_000);

  it('writes F-00001’s SIP with two goals and three actions: problems said at the fields, a late action signalled, earlier versions readable, printed alone to sign', async () => {
    await openFamily(page, 'F-00001');
    const sip = part(page, 'SIP – samordnad individuell plan');
    await sip.getByRole('button', { name: 'Ändra SIP' }).click();
    const editor = page.locator('form.sip-editor');
    await editor.getByRole('heading', { name: 'Ändra SIP' }).waitFor();
    // The plan is written anew: the seeded goals go.
    while ((await editor.getByRole('button', { name: 'Ta bort mål 1', exact: true }).count()) > 0) await editor.getByRole('button', { name: 'Ta bort mål 1', exact: true }).click();
    await editor.getByRole('button', { name: 'Spara planen' }).click();
    await eventually(() => editor.locator('.field-problem').allTextContents()).toEqual(['Skriv minst ett mål. Varje mål hör till ett område och har sina insatser.']);

    await editor.getByRole('button', { name: 'Lägg till mål' }).click();
    await editor.getByLabel('Mål 1: område').selectOption('SCHOOL');
    await editor.getByLabel('Mål 1: vad familjen vill uppnå').fill('Ali går till skolan varje dag och orkar hela dagen.');
    await editor.getByLabel('Mål 1, insats 1: vad som ska göras').fill('Anpassad skoldag med kortare dagar');
    await editor.getByLabel('Mål 1, insats 1: ansvarig verksamhet').selectOption('SCHOOL');
    // Due a week ago and not done: late.
    await editor.getByLabel('Mål 1, insats 1: klar senast').fill(addDays(today, -6));
    await editor.getByRole('button', { name: 'Lägg till insats under mål 1' }).click();
    await editor.getByLabel('Mål 1, insats 2: ansvarig verksamhet').selectOption('SCHOOL');
    await editor.getByLabel('Mål 1, insats 2: klar senast').fill(addDays(today, 22));
    await editor.getByRole('button', { name: 'Lägg till mål' }).click();
    await editor.getByLabel('Mål 2: område').selectOption('HOME_LIFE');
    await editor.getByLabel('Mål 2: vad familjen vill uppnå').fill('Lugnare morgnar hemma.');
    await editor.getByLabel('Mål 2, insats 1: vad som ska göras').fill('Familjebehandling i hemmet om morgonrutinerna');
    await editor.getByLabel('Mål 2, insats 1: ansvarig verksamhet').selectOption('SOCIAL_SERVICES');
    await editor.getByLabel('Mål 2, insats 1: klar senast').fill(addDays(today, 50));
    // An action without words is named by its place, at its field, and focus goes there.
    await editor.getByRole('button', { name: 'Spara planen' }).click();
    await eventually(() => editor.locator('.field-problem').allTextContents()).toEqual(['Mål 1, insats 2: skriv vad som ska göras, eller ta bort insatsen.']);
    await eventually(() => page.evaluate(() => (globalThis as any).document.activeElement?.id)).toMatch(/^action-\d+-description$/);
    await editor.getByLabel('Mål 1, insats 2: vad som ska göras').fill('Mentorn ringer hem varje fredag');
    await capture(page, 'sip-editor');
    await editor.getByRole('button', { name: 'Spara planen' }).click();
    await eventually(() => sip.getByRole('status').first().textContent()).toBe('Planen är sparad.');

    // Two goals, three actions, under their areas; the late one is what needs action.
    expect(await sip.locator('.goal-text').allTextContents()).toEqual(['Mål: Lugnare morgnar hemma.', 'Mål: Ali går till skolan varje dag och orkar hela dagen.']);
    expect(await sip.locator('.goal tbody tr').count()).toBe(3);
    const late = part(page, 'Behöver åtgärd').locator('li.signal-action-overdue');
    await eventually(() => late.allTextContents()).toEqual([`Insats försenad: Anpassad skoldag med kortare dagar (skolan) skulle vara klar ${addDays(today, -6)}`]);
    await capture(page, 'sip');

    // Every save is a version: this one and the seeded plan before it.
    const versions = sip.locator('details.versions');
    await versions.locator('summary').first().click();
    await eventually(() => versions.locator('details.version > summary').first().textContent()).toBe(`Version 2 (den som gäller nu), sparad ${nowOnPage} av Koordinator 1`);
    const first = versions.locator('details.version', { has: page.locator('summary', { hasText: /^Version 1,/ }) });
    await first.locator('summary').click();
    expect(await first.locator('.goal-text').count()).toBeGreaterThan(0);
    expect(await first.textContent()).not.toContain('Anpassad skoldag med kortare dagar');
    await capture(page, 'sip-versions');

    // The document the parties sign, printed alone.
    await sip.getByRole('button', { name: 'Visa SIP för utskrift och underskrift' }).click();
    const document = sip.locator('section.sip-document');
    await document.getByRole('heading', { name: 'Samordnad individuell plan (SIP)' }).waitFor();
    expect(await document.locator('table.signatures tbody tr').count()).toBeGreaterThanOrEqual(2);
    await capture(page, 'sip-document');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(resultsDir, 'sip-print.png'), fullPage: true });
    const printed = await page.evaluate(() => {
      const d = (globalThis as any).document;
      const shown = (selector: string) => {
        const element = d.querySelector(selector);
        const style = element && (globalThis as any).getComputedStyle(element);
        return Boolean(style && style.display !== 'none' && style.visibility !== 'hidden');
      };
      return { document: shown('.sip-document h3'), signatures: shown('.sip-document table.signatures'), header: shown('.site-header'), heading: shown('main h1'), children: shown('article.child') };
    });
    expect(printed).toEqual({ document: true, signatures: true, header: false, heading: false, children: false });
    await page.emulateMedia({ media: 'screen' });
    await sip.getByRole('button', { name: 'Stäng utskriften' }).click();
  }, 90_000);

  it('lets skola1 see the school’s actions in F-00001’s plan and nothing else of the family, mark one done with a note; the coordinator sees it and the delay signal clears', async () => {
    const family = familyOf('F-00001');
    await as('skola1', async (staff) => {
      await heading(staff, 'Lotsen för verksamheterna').waitFor();
      expect(await staff.locator('main h2').allTextContents()).toEqual(['Planer som din verksamhet deltar i', 'Hur en familjs uppgifter når koordinatorn', 'Vem du kontaktar']);
      const ours = staff.locator('section.agency-family', { has: staff.getByRole('heading', { name: /^Familjen F-00001/ }) });
      await eventually(() => ours.locator('li.agency-action h4').allTextContents()).toEqual(['Anpassad skoldag med kortare dagar', 'Mentorn ringer hem varje fredag']);
      expect(await ours.getByRole('heading', { level: 3 }).textContent()).toBe(`Familjen F-00001: ${family.children.map((c) => c.givenName).join(', ')}`);
      expect(await ours.textContent()).toContain('Nästa uppföljning av planen: ');
      // Social services' action is theirs; nothing but the plan's items is shown: no family name, no personnummer.
      const main = (await staff.locator('main').textContent()) ?? '';
      expect(main).not.toContain('Familjebehandling i hemmet om morgonrutinerna');
      for (const person of [...family.children, ...family.guardians]) {
        expect(main).not.toContain(person.personnummer);
        expect(main).not.toContain(person.familyName);
      }
      expect(main).toContain('bara när barnets vårdnadshavare');
      const action = ours.locator('li.agency-action', { has: staff.getByRole('heading', { name: 'Anpassad skoldag med kortare dagar' }) });
      await action.getByLabel('Ny status').selectOption('DONE');
      await action.getByLabel('Anteckning (frivillig)').fill('Schemat är anpassat från vecka 48.');
      await action.getByRole('button', { name: 'Spara' }).click();
      await eventually(() => action.getByRole('status').textContent()).toBe('Sparat: Anpassad skoldag med kortare dagar är nu klar.');
      expect(await action.locator('dl.facts').textContent()).toContain(`Senaste anteckning${today}, Elevhälsan: Schemat är anpassat från vecka 48.`);
      await capture(staff, 'agency-staff');
      // The statistics and the families are not theirs.
      await staff.goto(`${origin}/statistik`);
      await heading(staff, 'Ingen vy för din roll').waitFor();
      await staff.goto(`${origin}/familj/F-00001`);
      await heading(staff, 'Ingen vy för din roll').waitFor();
    });
    // The coordinator's next load of the family: the action is done with the school's note, and the delay signal is gone.
    await openFamily(page, 'F-00001');
    const sip = part(page, 'SIP – samordnad individuell plan');
    const row = sip.locator('tbody tr', { hasText: 'Anpassad skoldag med kortare dagar' });
    await eventually(() => row.locator('td').allTextContents()).toEqual([
      'Anpassad skoldag med kortare dagar',
      'Skola och elevhälsa',
      addDays(today, -6),
      'Klar',
      `Klar ${today}, Elevhälsan: Schemat är anpassat från vecka 48.`,
    ]);
    expect(await page.locator('li.signal-action-overdue').count()).toBe(0);
    await page.getByRole('link', { name: 'Mina familjer' }).click();
    await eventually(() => workListCard(page, 'F-00001').count()).toBe(1);
    expect(await workListCard(page, 'F-00001').locator('li.signal-action-overdue').count()).toBe(0);
  }, 90_000);

  it('closes F-00007 after a confirmation: it leaves the work list, its child’s sections answer as closed, the statistics count it, its guardian is told; and it opens again', async () => {
    const family = familyOf('F-00007');
    const readableUntil = addDays(today, 90);
    await openFamily(page, 'F-00007');
    const closing = page.locator('details.close-family');
    await closing.locator('summary').click();
    // Nothing chosen: each problem at its field.
    await closing.getByRole('button', { name: 'Gå vidare' }).click();
    await eventually(() => closing.locator('.field-problem').allTextContents()).toEqual([
      'Välj varför samordningen avslutas.',
      'Vardagen hemma: välj ett betyg från 1 till 5.',
      'Barnens skolgång: välj ett betyg från 1 till 5.',
      'Barnens fritid: välj ett betyg från 1 till 5.',
      'Föräldrarnas sysselsättning: välj ett betyg från 1 till 5.',
      'Välj förälder 1:s sysselsättning.',
      'Välj förälder 2:s sysselsättning, eller att familjen bara har en förälder.',
    ]);
    await capture(page, 'close-family');
    await closing.getByLabel('Annat', { exact: true }).check();
    await closing.getByRole('button', { name: 'Gå vidare' }).click();
    await eventually(() => closing.locator('.field-problem').first().textContent()).toBe('Skriv skälet när du väljer Annat.');
    await closing.getByLabel('Skäl (annat)').fill('Familjen får det stöd den behöver av BUP och skolan.');
    for (const [area, rating] of [
      ['Vardagen hemma', 4],
      ['Barnens skolgång', 4],
      ['Barnens fritid', 3],
      ['Föräldrarnas sysselsättning', 5],
    ] as const)
      await closing
        .locator('fieldset.closing-area', { has: page.locator('legend', { hasText: area }) })
        .getByLabel(new RegExp(`${rating} – `))
        .check();
    await closing.getByLabel('Förälder 1').selectOption('WORK');
    await closing.getByLabel('Förälder 2').selectOption('SICK_LEAVE');
    await closing.getByRole('button', { name: 'Gå vidare' }).click();
    const confirm = closing.locator('.confirm');
    await eventually(() => confirm.textContent()).toContain(`Samordningen för familjen F-00007 avslutas ${today}, skäl: Familjen får det stöd den behöver av BUP och skolan.`);
    expect(await confirm.textContent()).toContain(`Teamet och vårdnadshavarna kan läsa familjens sida till och med ${readableUntil}`);
    await capture(page, 'close-family-confirm');
    await confirm.getByRole('button', { name: 'Avsluta samordningen' }).click();

    // Closed: the page says so and until when, and every section of its child answers as closed, in words.
    const notice = page.locator('#closed-notice');
    await eventually(() => notice.textContent()).toContain(`Samordningen är avslutad sedan ${today}. Skäl: Familjen får det stöd den behöver av BUP och skolan. Avslutad av Koordinator 1.`);
    expect(await notice.textContent()).toContain(`till och med ${readableUntil}`);
    expect(await notice.getByRole('button', { name: 'Öppna igen' }).count()).toBe(1);
    await eventually(() => page.locator('section.agency .withheld').allTextContents()).toEqual(
      family.children.flatMap(() => ['Skola och elevhälsa', 'Socialtjänsten', 'Hälso- och sjukvården'].map(() => `Samordningen avslutades ${today}; inga uppgifter hämtas längre`)),
    );
    // A closed family is read, not worked on.
    expect(await page.locator('details.meeting-form, details.close-family, #sip-change').count()).toBe(0);
    // Its consents for coordination ended with it, in their history.
    await page.getByRole('link', { name: 'Samtycken', exact: true }).click();
    await heading(page, 'Samtycken för familjen F-00007').waitFor();
    const coordination = page.locator('article.consent', { has: page.getByRole('heading', { name: /^Samordning kring barnet/ }) }).first();
    await coordination.locator('details.history summary').click();
    expect(await coordination.locator('details.history').textContent()).toContain('Upphörde när samordningen avslutades av koordinator1');
    await openFamily(page, 'F-00007');
    await capture(page, 'family-closed');
    // Off the work list.
    await page.getByRole('link', { name: 'Mina familjer' }).click();
    await eventually(() => workListCard(page, 'F-00001').count()).toBe(1);
    expect(await workListCard(page, 'F-00007').count()).toBe(0);

    // Counted as closed: the statistics' own record of the family has its closing day, and the team lead's page shows the graph's figure for it.
    const [facts] = await system.db.query<{ closed_on: string }>('SELECT ff.closed_on FROM family_facts ff JOIN families fa ON fa.id = ff.family_id WHERE fa.reference = $1', ['F-00007']);
    expect(facts?.closed_on).toBe(today);
    await as('teamledare1', async (lead) => {
      await lead.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Statistik' }).click();
      await heading(lead, 'Statistik').waitFor();
      await lead.locator('form.statistics-form').getByRole('button', { name: 'Visa statistik' }).click();
      const answer = await gql<{ statistics: Json }>(system, 'teamledare1', operation('StatisticsFamilies'), { filter: { lastQuarters: 4, teamId: 'team-1' } });
      const s = answer.data?.statistics as Json;
      await eventually(() => rowsOf(section(lead, 'Familjer och barn'), 'Familjer och barn i samordning')).toContainEqual([
        'Avslutade under perioden',
        countInWords(s.families.closed, s.threshold),
        countInWords(s.children.closed, s.threshold),
      ]);
    });

    // The guardian's page says coordination has ended, and until when it stays.
    await as(guardianUsernameOf(system.population, 'F-00007'), async (guardian) => {
      await heading(guardian, 'Vår familj').waitFor();
      const ended = guardian.getByRole('note', { name: 'Samordningen har avslutats' });
      await eventually(() => ended.textContent()).toContain(`Den avslutades ${today}.`);
      expect(await ended.textContent()).toContain(`Den här sidan finns kvar till och med ${readableUntil}.`);
      await capture(guardian, 'guardian-closed');
    });

    // Öppna igen, within its days: back on the work list.
    await openFamily(page, 'F-00007');
    await notice.getByRole('button', { name: 'Öppna igen' }).click();
    await notice.getByRole('button', { name: 'Ja, öppna igen' }).click();
    await eventually(() => page.locator('#closed-notice').count()).toBe(0);
    await page.getByRole('link', { name: 'Mina familjer' }).click();
    await eventually(() => workListCard(page, 'F-00007').count()).toBe(1);
  }, 120_000);

  it('lets the guardian of F-00006 narrow a consent, then revoke it without a reason, each after a confirmation, and shows them as having revoked', async () => {
    await as(guardianUsernameOf(system.population, 'F-00006'), async (guardian) => {
      await heading(guardian, 'Vår familj').waitFor();
      await guardian.getByRole('link', { name: 'Samtycken och kvitton' }).click();
      await heading(guardian, 'Samtycken för familjen F-00006').waitFor();
      const consent = guardian.locator('article.consent', { has: guardian.getByRole('heading', { name: /^Samordning kring barnet/ }) }).first();
      await eventually(() => consent.locator('.badge').textContent()).toBe('Gäller');
      const form = consent.locator('details.revoke-form');
      await form.locator('summary', { hasText: 'Återkalla mitt samtycke' }).click();
      // A part: what is no longer shared, confirmed before it is sent.
      await form.getByLabel('En del av uppgifterna: resten delas som förut').check();
      await form.getByRole('button', { name: 'Gå vidare' }).click();
      await eventually(() => form.locator('.field-problem').textContent()).toBe('Bocka i det som inte längre ska delas, eller välj att återkalla hela samtycket.');
      await form.getByLabel(/Närvaro och frånvaro/).check();
      await form.getByRole('button', { name: 'Gå vidare' }).click();
      await eventually(() => form.locator('.confirm').textContent()).toContain('Du slutar dela närvaro och frånvaro från skola och elevhälsa');
      await capture(guardian, 'guardian-narrow');
      await form.getByRole('button', { name: 'Ja, sluta dela det valda' }).click();
      await eventually(() => form.getByRole('status').textContent()).toBe('Samtycket är begränsat. Det här delas inte längre: närvaro och frånvaro från skola och elevhälsa.');
      await eventually(() => consent.locator('dl.facts dd').first().textContent()).not.toContain('närvaro och frånvaro');
      expect(await consent.locator('.badge').textContent()).toBe('Gäller');

      // The whole consent, without a reason.
      await form.getByLabel('Hela samtycket: inget mer lämnas ut').check();
      await form.getByRole('button', { name: 'Gå vidare' }).click();
      await eventually(() => form.locator('.confirm').textContent()).toContain('Du återkallar ditt samtycke för');
      await form.getByRole('button', { name: 'Ja, återkalla samtycket' }).click();
      await eventually(() => consent.locator('.badge').textContent()).toBe('Återkallat');
      const self = familyOf('F-00006').guardians.find((g) => g.hasCustody);
      expect(await consent.locator('dl.facts').textContent()).toContain(`${self?.givenName} ${self?.familyName} (vårdnadshavare 1): har återkallat sitt samtycke ${nowOnPage}`);
      expect(await consent.locator('dl.facts').textContent()).toContain(`Återkallat${nowOnPage}, utan att något skäl angavs`);
      await capture(guardian, 'guardian-revoked');
    });
  }, 90_000);

  it('lets the guardian F-00002 waits for give their own decision on their page, recorded as given digitally', async () => {
    const awaited = familyOf('F-00002').guardians[1];
    const username = system.population.users.find((u) => u.role === 'GUARDIAN' && u.personnummer === awaited?.personnummer)?.username as string;
    await as(username, async (guardian) => {
      await heading(guardian, 'Vår familj').waitFor();
      const pending = part(guardian, 'Väntar på ditt beslut');
      await eventually(() => pending.locator('li.card').count()).toBe(familyOf('F-00002').children.length);
      await capture(guardian, 'guardian-pending');
      const first = pending.locator('li.card').first();
      const title = (await first.getByRole('heading').textContent()) as string;
      await first.getByRole('button', { name: 'Jag samtycker', exact: true }).click();
      await eventually(() => pending.locator('li.card h3').allTextContents()).not.toContain(title);
      await guardian.getByRole('link', { name: 'Samtycken och kvitton' }).click();
      await heading(guardian, 'Samtycken för familjen F-00002').waitFor();
      await eventually(() => guardian.locator('article.consent dl.facts').allTextContents()).toContainEqual(
        expect.stringContaining(`${awaited?.givenName} ${awaited?.familyName} (vårdnadshavare 2): samtycker (digitalt i lotsen)`),
      );
    });
  }, 60_000);

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

  it('has no accessibility finding in any view, no English word on any page, and nothing refused by the browser', () => {
    expect([...findings.keys()].sort()).toEqual([
      'agency-staff',
      'close-family',
      'close-family-confirm',
      'consents',
      'family',
      'family-closed',
      'family-moved',
      'family-occupation',
      'family-rhythm',
      'family-rhythm-refused',
      'guardian',
      'guardian-closed',
      'guardian-consents',
      'guardian-narrow',
      'guardian-pending',
      'guardian-revoked',
      'meeting-booked',
      'new-family',
      'receipt',
      'sign-in',
      'sign-in-provider',
      'sip',
      'sip-document',
      'sip-editor',
      'sip-versions',
      'statistics',
      'statistics-team-lead',
      'team',
      'team-move-confirm',
      'work-list',
      'work-list-search',
    ]);
    expect(Object.fromEntries([...findings].filter(([, v]) => v.length > 0))).toEqual({});
    // The people, teams and places of the seeded population are names, whatever language they look like.
    const { families, outside, users, teams } = system.population;
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
  });
});
