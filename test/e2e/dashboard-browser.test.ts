// The dashboard in a real browser (Debian's chromium through playwright-core), against the whole
// seeded system: every flow through the app's own pages and the OIDC provider's sign-in page,
// never a token handed in. Screenshots of every view at 1280 and 768 px go to test/results/dashboard/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The same R4 check as the dashboard's own unit test.
import { fhirR4Problems } from '../../services/dashboard/test/fhir-r4.js';
import { chromiumAvailable, launchChromium } from './browser/chromium.js';
import { guardianUsernameOf, householdToTakeIn } from './browser/population.js';
import { signIn } from './browser/sign-in.js';
import { captureView, resultsDir, serious, type Violation } from './browser/views.js';

if (!chromiumAvailable && process.env.CI) throw new Error('Debian chromium is required in CI (.ci/run installs it)');
if (!chromiumAvailable) console.warn('chromium not installed (apt-get install chromium): the browser tests of the dashboard do not run here');

/** What the page shows after a round trip to the system, waited for as long as a loaded 2-core machine may need. */
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 15_000, interval: 100 });

/** Today in Sweden, as YYYY-MM-DD: the day the system's rhythm and dates are counted from. */
const todayInSweden = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

/** The day a child born on it turns 12 today (Swedish calendar), to find the archetypes' 12-year-olds. */
const twelveYearsAgo = () => {
  const today = todayInSweden();
  return `${Number(today.slice(0, 4)) - 12}${today.slice(4)}`;
};

/** A calendar day moved by whole days. */
const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

// Each flow is given a minute: alone they take a few seconds, beside the other end-to-end files on two cores longer.
describe.runIf(chromiumAvailable)('the dashboard in a browser: sign-in, work list, family, consents, the family’s own page, the team', () => {
  let system: RunningSystem;
  let browser: Browser;
  let origin: string;
  /** koordinator1's tab, kept from one test to the next as a coordinator keeps it open. */
  let page: Page;
  /** Every view's serious or critical accessibility findings, by view. */
  const findings = new Map<string, Violation[]>();
  /** What the browser refused or failed at: a Content-Security-Policy violation, an uncaught error. */
  const browserProblems: string[] = [];

  const watch = (p: Page) => {
    p.on('pageerror', (error) => browserProblems.push(`${p.url()}: ${error.message}`));
    p.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) browserProblems.push(`${p.url()}: ${message.text()}`);
    });
  };
  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    const p = await context.newPage();
    watch(p);
    return { context, page: p };
  };
  const capture = async (p: Page, view: string) => {
    findings.set(view, serious(await captureView(p, view)));
  };
  const heading = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name });

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystem({ families: 30 }), launchChromium()]);
    // The provider registered the app's redirect URIs for localhost and 127.0.0.1 on the gateway's port.
    origin = `http://localhost:${system.gateway.port}`;
    ({ page } = await newPage());
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  it('signs koordinator1 in through the OIDC provider; the work list shows the archetype families with their signals', async () => {
    await page.goto(`${origin}/`);
    await page.getByRole('button', { name: 'Logga in', exact: true }).waitFor();
    await capture(page, 'sign-in');
    await signIn(page, origin, 'koordinator1', (provider) => capture(provider, 'sign-in-provider'));
    await heading(page, 'Mina familjer').waitFor();
    const card = (reference: string) => page.locator('li.card').filter({ has: page.getByRole('link', { name: `Familjen ${reference}` }) });
    for (let n = 1; n <= 7; n++) await eventually(() => card(`F-0000${n}`).count()).toBe(1);
    // F-00008 is koordinator2's.
    expect(await card('F-00008').count()).toBe(0);
    // The work list names the guardian a consent waits for, as the population register does.
    const waited = system.population.families.find((f) => f.reference === 'F-00002')?.guardians.filter((g) => g.hasCustody)[1];
    await eventually(() => card('F-00002').textContent()).toContain(`Väntar på ${waited?.givenName} ${waited?.familyName} (vårdnadshavare)`);
    expect(await card('F-00003').textContent()).toContain('Väntar på barnets samtycke');
    // The team's rhythm: some families lack a joint home visit or a check-in, and not all do.
    const rhythm = await page.locator('li.signal-no-joint-home-visit, li.signal-no-check-in').count();
    expect(rhythm).toBeGreaterThan(0);
    expect(await page.locator('li.card').count()).toBe(system.population.families.filter((f) => f.coordinator === 'koordinator1').length);
    await capture(page, 'work-list');
  }, 60_000);

  it('opens F-00001 with all three agencies’ sections, finds F-00002 waiting for its second guardian, and adds its 12-year-old’s view', async () => {
    await page.getByRole('link', { name: 'Familjen F-00001' }).click();
    await heading(page, 'Familjen F-00001').waitFor();
    const sections = page.locator('section.agency');
    await eventually(() => sections.count()).toBeGreaterThanOrEqual(3);
    for (const agency of ['Skola och elevhälsa', 'Socialtjänsten', 'Hälso- och sjukvården']) {
      const section = sections.filter({ has: page.getByRole('heading', { name: agency }) }).first();
      expect(await section.locator('dl.parts').count(), agency).toBe(1);
      expect(await section.locator('.withheld').count(), agency).toBe(0);
    }
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Särskilt stöd');
    expect(text).toContain('Familjebehandling');
    expect(text).toMatch(/F90/);
    await capture(page, 'family');

    await page.getByRole('link', { name: 'Mina familjer' }).click();
    await page.getByLabel('Sök familj på referens').fill('f2');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await heading(page, 'Familjen F-00002').waitFor();
    await eventually(async () => page.locator('section.agency .withheld').first().textContent()).toBe('Väntar på vårdnadshavare 2');

    // The 12-year-old's consent has no child's view, which the policy wants from 12: added on the consent page.
    const twelve = system.population.families.find((f) => f.reference === 'F-00002')?.children.find((c) => c.birthDate <= twelveYearsAgo());
    expect(twelve).toBeDefined();
    await page.getByRole('link', { name: 'Samtycken', exact: true }).click();
    await heading(page, 'Samtycken för familjen F-00002').waitFor();
    const card = page
      .locator('section.consent-child', { has: page.getByRole('heading', { name: new RegExp(`^${twelve?.givenName} `) }) })
      .locator('article.consent')
      .first();
    expect(await card.textContent()).toContain('Barnets inställning saknas');
    await card.getByLabel(/inställning$/).fill('Vill att mentorn får veta hur det är hemma.');
    await card.getByRole('button', { name: 'Lägg till barnets inställning' }).click();
    await eventually(() => card.locator('dl').textContent()).toContain('Vill att mentorn får veta hur det är hemma.');
    expect(await card.textContent()).not.toContain('Barnets inställning saknas');
  }, 60_000);

  it('keeps the daily rhythm on F-00002: books a joint home visit for today and its signal goes, records a follow-up and the chart has it', async () => {
    const today = todayInSweden();
    const card = page.locator('li.card').filter({ has: page.getByRole('link', { name: 'Familjen F-00002' }) });
    // Archetype 2 has had no joint home visit and no check-in (the population's rhythm leaves it without).
    await page.getByRole('link', { name: 'Mina familjer' }).click();
    await heading(page, 'Mina familjer').waitFor();
    await eventually(() => card.locator('li.signal-no-joint-home-visit').count()).toBe(1);
    await card.getByRole('link', { name: 'Familjen F-00002' }).click();
    await heading(page, 'Familjen F-00002').waitFor();
    const signals = page.locator('section', { has: page.getByRole('heading', { name: 'Behöver åtgärd', level: 2 }) });
    await eventually(async () => (await signals.locator('li.signal-no-joint-home-visit').textContent())?.trim()).toBe('Inget gemensamt hembesök registrerat');
    expect(await signals.locator('li.signal-no-check-in').count()).toBe(1);

    // Registrera eller boka möte: what is missing is said at the field, and focus goes to the first.
    const meeting = page.locator('details.meeting-form');
    await meeting.locator('summary').click();
    await meeting.getByRole('button', { name: 'Registrera mötet' }).click();
    await eventually(() => meeting.locator('.field-problem').allTextContents()).toEqual(['Välj minst en verksamhet som deltar.', 'Skriv kort vad mötet handlade om.']);
    await eventually(() => page.evaluate(() => (globalThis as any).document.activeElement?.getAttribute('type'))).toBe('checkbox');
    // Registrera uppföljning: a day ahead is refused by the server, in Swedish.
    const followUp = page.locator('details.follow-up-form');
    await followUp.locator('summary').click();
    await followUp.getByLabel('Datum').fill(addDays(today, 1));
    await followUp.getByLabel('Område').selectOption('SCHOOL');
    await followUp.getByLabel('4 – bättre', { exact: true }).check();
    await followUp.getByRole('button', { name: 'Registrera uppföljning' }).click();
    await eventually(() => followUp.getByRole('alert').textContent()).toBe('En uppföljning kan inte dateras framåt i tiden');
    await capture(page, 'family-rhythm-refused');

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
    const meetings = page.locator('section', { has: page.getByRole('heading', { name: 'Möten, hembesök och avstämningar', level: 2 }) });
    expect(await meetings.locator('tbody tr', { hasText: 'Hembesök med mentorn' }).textContent()).toBe(
      `${today}I dagGemensamt hembesökSkola och elevhälsa, SocialtjänstenHembesök med mentorn och socialsekreteraren: morgonrutinerna.`,
    );

    // Registrera uppföljning: today is recorded (a day ahead was refused above).
    await followUp.getByLabel('Datum').fill(today);
    await followUp.getByLabel('Kommentar (frivillig)').fill('Går till skolan fyra dagar av fem.');
    await followUp.getByRole('button', { name: 'Registrera uppföljning' }).click();
    await eventually(() => followUp.getByRole('status').textContent()).toBe(`Registrerat: Barnens skolgång ${today}, betyg 4 (bättre).`);
    expect(await followUp.getByRole('alert').count()).toBe(0);
    const chart = page.locator('section', { has: page.getByRole('heading', { name: 'Uppföljning', level: 2 }) }).locator('figure.chart');
    expect(await chart.locator('svg desc').textContent()).toContain(`Barnens skolgång: 4 (${today})`);
    await chart.locator('summary', { hasText: 'Visa uppföljningarna som tabell' }).click();
    const rows = await chart.locator('tbody tr').allTextContents();
    expect(rows).toContain(`${today}Barnens skolgång4Går till skolan fyra dagar av fem.`);
    await capture(page, 'family-rhythm');

    // The work list knows it too: the signal is gone and the visit is the next meeting.
    await page.getByRole('link', { name: 'Mina familjer' }).click();
    await heading(page, 'Mina familjer').waitFor();
    await card.waitFor();
    expect(await card.locator('li.signal-no-joint-home-visit').count()).toBe(0);
    expect(await card.locator('li.signal-no-check-in').count()).toBe(1);
    expect(await card.locator('dl.facts').textContent()).toContain(`Nästa möte${today}, Gemensamt hembesök`);
  }, 60_000);

  it('takes in a new family, records its consent with both guardians’ decisions, sees the sections appear, prints the receipt, exports FHIR, revokes', async () => {
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

    // Revoked: every section says why, in words.
    await page.getByRole('link', { name: 'Samtycken', exact: true }).click();
    await heading(page, `Samtycken för familjen ${reference}`).waitFor();
    const revoke = page
      .locator('article.consent')
      .first()
      .locator('details.change')
      .filter({ has: page.locator('summary', { hasText: 'Återkalla samtycket' }) });
    await revoke.locator('summary').click();
    await revoke.getByLabel('Skäl').fill('Familjen vill inte längre dela uppgifterna');
    await revoke.getByRole('button', { name: 'Återkalla samtycket' }).click();
    await eventually(() => page.locator('article.consent').first().locator('.badge').textContent()).toBe('Återkallat');
    await page.getByRole('link', { name: 'Tillbaka till familjen' }).click();
    await heading(page, `Familjen ${reference}`).waitFor();
    await eventually(() => childArticle().locator('.withheld').first().textContent()).toMatch(/^Samtycket återkallades \d{4}-\d{2}-\d{2}$/);
    expect(await childArticle().locator('section.agency .withheld').count()).toBe(3);
  }, 60_000);

  it("lets a guardian of F-00001 sign in and find koordinator1's look in the access log", async () => {
    const guardian = await newPage();
    try {
      await signIn(guardian.page, origin, guardianUsernameOf(system.population, 'F-00001'));
      await heading(guardian.page, 'Vår familj').waitFor();
      expect(await guardian.page.locator('main .lead').textContent()).toContain('Familjen F-00001');
      const log = guardian.page.locator('section', { has: guardian.page.getByRole('heading', { name: 'Åtkomstlogg', level: 2 }) });
      await eventually(() => log.locator('table').count()).toBeGreaterThan(0);
      // The log's username, named as the family knows its coordinator.
      expect(await log.textContent()).toContain('Koordinator 1 (koordinator, Familjesamverkansteamet Nord)');
      await capture(guardian.page, 'guardian');
      await guardian.page.getByRole('link', { name: 'Samtycken och kvitton' }).click();
      await heading(guardian.page, 'Samtycken för familjen F-00001').waitFor();
      await guardian.page.locator('article.consent').first().waitFor();
      await capture(guardian.page, 'guardian-consents');
    } finally {
      await guardian.context.close();
    }
  }, 60_000);

  it("shows a team lead the team's coordinators and lets a family move to any team's coordinator", async () => {
    const lead = await newPage();
    try {
      await signIn(lead.page, origin, 'teamledare1');
      await lead.page.getByRole('link', { name: 'Team och koordinatorer' }).click();
      await heading(lead.page, 'Team och koordinatorer').waitFor();
      const coordinators = lead.page.locator('section', { has: lead.page.getByRole('heading', { name: 'Koordinatorer', level: 2 }) });
      const ownTeam = system.population.users.filter((u) => u.role === 'COORDINATOR' && u.teamId === 'team-1');
      await eventually(() => coordinators.locator('tbody tr').count()).toBe(ownTeam.length);
      expect(await coordinators.textContent()).toContain('koordinator1');
      // Any team's coordinator can take a family over; choosing another team's says what that means for consent.
      const move = lead.page.getByLabel('Ny koordinator för F-00001');
      const otherTeam = move.locator('optgroup:not([label$="(samma team)"])').first();
      expect(await otherTeam.getAttribute('label')).toContain('Familjesamverkansteamet');
      await move.selectOption((await otherTeam.locator('option').first().getAttribute('value')) as string);
      expect(await lead.page.locator('form.reassign').first().textContent()).toContain('förrän familjen har lämnat samtycke');
      await capture(lead.page, 'team');
    } finally {
      await lead.context.close();
    }
  }, 60_000);

  it('has no serious or critical accessibility finding in any view, and nothing refused by the browser', () => {
    expect([...findings.keys()].sort()).toEqual([
      'consents',
      'family',
      'family-rhythm',
      'family-rhythm-refused',
      'guardian',
      'guardian-consents',
      'new-family',
      'receipt',
      'sign-in',
      'sign-in-provider',
      'team',
      'work-list',
    ]);
    expect(Object.fromEntries([...findings].filter(([, v]) => v.length > 0))).toEqual({});
    expect(browserProblems).toEqual([]);
  });
});
