// The dashboard in a real browser (Debian's chromium through playwright-core), against the whole
// seeded system: a coordinator's day, through the app's own pages and the OIDC provider's sign-in
// page, never a token handed in. koordinator1 signs in, finds families, keeps a family's weekly
// rhythm, takes a new family in with its consent; a guardian then reads koordinator1's look in the
// access log. The other roles' flows are in dashboard-plan-browser.test.ts and
// dashboard-roles-browser.test.ts (each file its own system, so both test workers share them);
// what they share is browser/dashboard-session.ts. Screenshots of every view at 1280 and 768 px
// go to test/results/dashboard/.
import { readFileSync } from 'node:fs';
import type { RunningSystem } from '@lotsen/local-stack';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
// The same R4 check as the dashboard's own unit test.
import { fhirR4Problems } from '../../services/dashboard/test/fhir-r4.js';
import { addDays, chromiumAvailable, dashboardSession, eventually, heading, nowOnPage, part, today, twelveYearsAgo, workListCard } from './browser/dashboard-session.js';
import { guardianUsernameOf, householdToTakeIn } from './browser/population.js';
import { signIn } from './browser/sign-in.js';
import { shownInPrint } from './browser/views.js';

// Each flow is given a minute or more: alone they take a few seconds, beside the other end-to-end files on two cores longer.
describe.runIf(chromiumAvailable)('the dashboard in a browser: a coordinator signs in, finds families, keeps their rhythm, takes a family in with its consent, and a guardian sees who looked', () => {
  const session = dashboardSession();
  const { as, capture, familyOf } = session;
  let system: RunningSystem;
  let origin: string;
  /** koordinator1's tab, kept from one test to the next as a coordinator keeps it open. */
  let page: Page;
  beforeAll(() => {
    ({ system, origin, page } = session);
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
    const printed = await shownInPrint(page, 'receipt-print', { receipt: '.receipt h3', header: '.site-header', heading: 'main h1', card: 'article.consent h3', form: 'form.record-consent button' });
    expect(printed).toEqual({ receipt: true, header: false, heading: false, card: false, form: false });

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

  it('has no accessibility finding in any view, no English word on any page, and nothing refused by the browser', () => {
    session.expectViewsClean([
      'consents',
      'family',
      'family-occupation',
      'family-rhythm',
      'family-rhythm-refused',
      'guardian',
      'guardian-consents',
      'meeting-booked',
      'new-family',
      'receipt',
      'sign-in',
      'sign-in-provider',
      'work-list',
      'work-list-search',
    ]);
  });
});
