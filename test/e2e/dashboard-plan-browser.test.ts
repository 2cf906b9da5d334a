// The dashboard in a real browser (Debian's chromium through playwright-core), against the whole
// seeded system: a family's plan and its closing, through the app's own pages and the OIDC
// provider's sign-in page, never a token handed in. koordinator1 writes F-00001's SIP, skola1
// marks the school's late action done and the coordinator sees the signal clear; F-00007 is closed,
// counted as closed, its guardian told, and opened again. Shared with the other browser files:
// browser/dashboard-session.ts. Screenshots of every view at 1280 and 768 px go to test/results/dashboard/.
import type { RunningSystem } from '@lotsen/local-stack';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  chromiumAvailable,
  countInWords,
  dashboardSession,
  eventually,
  heading,
  type Json,
  nowOnPage,
  operation,
  part,
  rowsOf,
  section,
  today,
  workListCard,
} from './browser/dashboard-session.js';
import { guardianUsernameOf } from './browser/population.js';
import { shownInPrint } from './browser/views.js';
import { gql } from './graphql.js';

// Each flow is given a minute or more: alone they take a few seconds, beside the other end-to-end files on two cores longer.
describe.runIf(chromiumAvailable)('the dashboard in a browser: a SIP written, its school action done by the school, a family closed and opened again', () => {
  const session = dashboardSession({ signedIn: true });
  const { as, capture, familyOf, openFamily } = session;
  let system: RunningSystem;
  let origin: string;
  /** koordinator1's tab, kept from one test to the next as a coordinator keeps it open. */
  let page: Page;
  beforeAll(() => {
    ({ system, origin, page } = session);
  });

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
    const printed = await shownInPrint(page, 'sip-print', {
      document: '.sip-document h3',
      signatures: '.sip-document table.signatures',
      header: '.site-header',
      heading: 'main h1',
      children: 'article.child',
    });
    expect(printed).toEqual({ document: true, signatures: true, header: false, heading: false, children: false });
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

  it('has no accessibility finding in any view, no English word on any page, and nothing refused by the browser', () => {
    session.expectViewsClean(['agency-staff', 'close-family', 'close-family-confirm', 'family-closed', 'guardian-closed', 'sip', 'sip-document', 'sip-editor', 'sip-versions']);
  });
});
