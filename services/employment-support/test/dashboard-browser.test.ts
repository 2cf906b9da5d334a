// Arbetsmarknadsenheten on the dashboard in a real browser (Debian's chromium through
// playwright-core), against the whole seeded system started from the manifest: koordinator1's
// family page shows a consenting guardian's own section with its data and the other guardian's
// withheld in Swedish, and the other guardian's own consent recorded on the consent page releases
// theirs. The system's clock and the browser's are pinned to one day. Screenshots at 1280 and
// 768 px go to test/results/dashboard/ at the root, beside the dashboard's own.
import { addDays, addMonths, agencyManifest, todayInSweden } from '@lotsen/kit';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from '../../../test/e2e/browser/chromium.js';
import { signIn } from '../../../test/e2e/browser/sign-in.js';
import { captureView } from '../../../test/e2e/browser/views.js';
import { englishIn } from '../../dashboard/test/english-words.js';
import { participations } from '../src/simulator/participation.js';

if (!chromiumAvailable && process.env.CI) throw new Error('Debian chromium is required in CI (.ci/run installs it)');

const now = new Date('2026-11-26T10:00:00+01:00');
const today = todayInSweden(now);
const coordinator = 'koordinator1';
const agency = agencyManifest.EMPLOYMENT_SUPPORT;

/** What the page shows after a round trip to the system, waited for as long as a loaded 2-core machine may need. */
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 100 });

interface Person {
  personnummer: string;
  givenName: string;
  familyName: string;
}
interface CaseloadFamily {
  reference: string;
  guardians: (Person & { employmentSupport: { labourMarketMeasures: { __typename: string } } })[] | null;
}

describe.runIf(chromiumAvailable)('a guardian’s own section on the family page, and their own consent recorded there', () => {
  let system: RunningSystem;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let origin: string;
  /** The family, the guardian whose own consent the seed holds (with measures on record), and the other one, enrolled too. */
  let reference: string;
  let consenting: Person;
  let other: Person;
  const texts: string[] = [];

  const sectionOf = (p: Page, g: Person): Locator => p.getByRole('region', { name: `${agency.name} – ${g.givenName} ${g.familyName}`, exact: true });
  const capture = async (name: string) => {
    expect(await captureView(page, name), name).toEqual([]);
    // biome-ignore lint/performance/useDomNodeTextContent: textContent runs the words of neighbouring elements together
    texts.push(await page.evaluate(() => (globalThis as any).document.body.innerText as string));
  };
  const openFamily = async () => {
    await page.goto(`${origin}/familj/${reference}`);
    await page.getByRole('heading', { level: 1, name: `Familjen ${reference}` }).waitFor();
  };

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystem({ families: 30, now: () => now }), launchChromium()]);
    origin = `http://localhost:${system.gateway.port}`;
    // Where the data is: the coordinator's families as the graph answers them, and who the participant system knows.
    const res = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await system.token(coordinator)}` },
      body: JSON.stringify({
        query: `{ caseload { reference guardians { personnummer givenName familyName ${agency.section.field} { labourMarketMeasures { __typename } } } } }`,
      }),
    });
    const { caseload } = ((await res.json()) as { data: { caseload: CaseloadFamily[] } }).data;
    const enrolled = new Set(participations(system.population).map((p) => p.deltagare.personnummer));
    const chosen = caseload.flatMap((f) => {
      const [first, second] = f.guardians ?? [];
      if (!first || !second || f.guardians?.length !== 2) return [];
      const pair = [first, second].find((g) => g.employmentSupport.labourMarketMeasures.__typename === 'LabourMarketMeasures');
      const rest = [first, second].find((g) => g !== pair && g.employmentSupport.labourMarketMeasures.__typename === 'AccessDenied' && enrolled.has(g.personnummer));
      return pair && rest ? [{ reference: f.reference, consenting: pair, other: rest }] : [];
    })[0];
    if (!chosen) throw new Error(`no family of ${coordinator} with a consenting participant and an enrolled guardian without consent`);
    ({ reference, consenting, other } = chosen);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    await context.clock.setFixedTime(now);
    page = await context.newPage();
    await signIn(page, origin, coordinator);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  it('shows the consenting guardian’s measures and occupation, and the other guardian’s section withheld in Swedish', async () => {
    await openFamily();
    const released = sectionOf(page, consenting);
    const withheld = sectionOf(page, other);
    await eventually(() => released.getByRole('term').allTextContents()).toEqual(Object.values(agency.categories).map((c) => c.name));
    expect(await released.getByRole('heading', { level: 3 }).count()).toBe(1);
    expect(await released.textContent()).toMatch(/Inskriven \d{4}-\d{2}-\d{2}.*Handläggare .+, [\d-]+\./);
    expect(await released.textContent()).toMatch(/Nu: /);
    expect((await withheld.textContent())?.trim()).toBe(`${agency.name} – ${other.givenName} ${other.familyName}Samtycke saknas för ${agency.inSentence}`);
    await capture('employment-support-family');
  }, 60_000);

  it('records the other guardian’s own consent on the consent page, which releases their section and no one else’s', async () => {
    await page.goto(`${origin}/familj/${reference}/samtycke`);
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Registrera en vårdnadshavares eget samtycke' }) });
    await form.waitFor();
    // Each guardian's own consents: the seed's for the consenting guardian, none yet for the other.
    const own = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Vårdnadshavarnas egna samtycken' }) });
    const ownOf = (g: Person) => own.locator('div', { has: page.getByRole('heading', { level: 3, name: `${g.givenName} ${g.familyName}`, exact: true }) });
    expect(await ownOf(consenting).getByRole('listitem').allTextContents()).toContainEqual(expect.stringMatching(new RegExp(`^${agency.name} \\(.+\\): gäller till och med `)));
    expect(await ownOf(other).textContent()).toContain('Inga egna samtycken registrerade.');
    await form.getByLabel('Vårdnadshavare', { exact: true }).selectOption(other.personnummer);
    for (const category of Object.values(agency.categories)) await form.getByRole('checkbox', { name: category.name }).check();
    await form.getByLabel('Dokumentreferens').fill('DOK-ARB-2026-11');
    expect(await form.getByLabel('Gäller från').inputValue()).toBe(today);
    await form.getByRole('radio', { name: 'Samtycker', exact: true }).check();
    await capture('employment-support-guardian-consent');
    await form.getByRole('button', { name: 'Registrera vårdnadshavarens samtycke' }).click();
    await eventually(() => form.getByRole('status').textContent()).toBe(
      `Samtycket till ${other.givenName} ${other.familyName}${/[sxz]$/i.test(other.familyName) ? '' : 's'} egna uppgifter är registrerat.`,
    );

    await eventually(() => ownOf(other).getByRole('listitem').allTextContents()).toEqual([
      `${agency.name} (${Object.values(agency.categories)
        .map((c) => c.name.toLocaleLowerCase('sv'))
        .join(', ')}): gäller till och med ${addDays(addMonths(today, 12), -1)}, från ${today}`,
    ]);

    await openFamily();
    const released = sectionOf(page, other);
    await eventually(() => released.getByRole('term').count()).toBe(Object.keys(agency.categories).length);
    expect(await released.textContent()).toMatch(/Inskriven \d{4}-\d{2}-\d{2}/);
    expect(await released.textContent()).not.toMatch(/Samtycke saknas/);
    expect(await sectionOf(page, consenting).textContent()).toMatch(/Inskriven \d{4}-\d{2}-\d{2}/);
    await capture('employment-support-family-released');
  }, 60_000);

  it('has no English word on any of the pages, the seeded people’s names aside', () => {
    const names = new Set(
      [...system.population.families.flatMap((f) => [...f.guardians, ...f.children]), ...system.population.users.map((u) => ({ givenName: u.name, familyName: '' }))]
        .flatMap((p) => `${p.givenName} ${p.familyName}`.toLocaleLowerCase('sv').split(/[^\p{L}]+/u))
        .filter(Boolean),
    );
    expect(texts).toHaveLength(3);
    expect(texts.flatMap((t) => englishIn(t, names))).toEqual([]);
  });
});
