// The dashboard in a real browser (Debian's chromium through playwright-core), against the whole
// seeded system: the team lead's, the guardians' and the analyst's own pages, through the app's
// own pages and the OIDC provider's sign-in page, never a token handed in. A team lead moves a
// family to another team; guardians narrow, revoke and give their own decisions; an analyst and a
// team lead read the statistics as tables, charts and CSV. Shared with the other browser files:
// browser/dashboard-session.ts. Screenshots of every view at 1280 and 768 px go to test/results/dashboard/.
import { readFileSync } from 'node:fs';
import type { RunningSystem } from '@lotsen/local-stack';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Cell, cellsOf, chromiumAvailable, countInWords, dashboardSession, eventually, heading, type Json, nowOnPage, operation, part, rowsOf, section } from './browser/dashboard-session.js';
import { guardianUsernameOf } from './browser/population.js';
import { signIn } from './browser/sign-in.js';
import { gql } from './graphql.js';

// Each flow is given a minute or more: alone they take a few seconds, beside the other end-to-end files on two cores longer.
describe.runIf(chromiumAvailable)('the dashboard in a browser: a team lead moves a family, guardians narrow, revoke and decide, an analyst and a team lead read the statistics', () => {
  const session = dashboardSession();
  const { as, capture, familyOf, newPage } = session;
  let system: RunningSystem;
  let origin: string;
  beforeAll(() => {
    ({ system, origin } = session);
  });

  it("shows a team lead the team's coordinators, moves a family to another team after a confirmation, and the new team reads who piloted it", async () => {
    // F-00005 lives in Exempelkommun: team 2 works in Grannkommun and is not offered; the
    // four-municipality team serves Exempelkommun too (docs/tenancy.md).
    const otherTeam = system.population.teams.find((t) => t.id === 'team-fst');
    const label = `${otherTeam?.name} (fyra kommuner och regionen)`;
    await as('teamledare1', async (lead) => {
      await lead.getByRole('link', { name: 'Team och koordinatorer' }).click();
      await heading(lead, 'Team och koordinatorer').waitFor();
      const coordinators = part(lead, 'Koordinatorer');
      const ownTeam = system.population.users.filter((u) => u.role === 'COORDINATOR' && u.teamId === 'team-1');
      await eventually(() => coordinators.locator('tbody tr').count()).toBe(ownTeam.length);
      expect(await coordinators.textContent()).toContain('koordinator1');
      // A coordinator of any team serving where the family lives can take it over; choosing another team's says what that means for consent.
      const move = lead.getByLabel('Ny koordinator för F-00005');
      // Team 1's one coordinator already pilots it, so the four-municipality team is the only choice.
      await eventually(() => move.locator('optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label')))).toEqual([label]);
      const other = move.locator(`optgroup[label="${label}"]`);
      await move.selectOption((await other.locator('option').first().getAttribute('value')) as string);
      const row = lead.locator('tr', { has: lead.getByRole('link', { name: 'F-00005', exact: true }) });
      expect(await row.locator('form.reassign').textContent()).toContain('förrän familjen har lämnat samtycke');
      // One click asks; the second moves.
      await row.getByRole('button', { name: 'Flytta' }).click();
      await eventually(() => row.locator('.confirm').textContent()).toContain(`Flytta F-00005 till ${label}? Familjen bor kvar i Exempelkommun men lämnar ert team`);
      await capture(lead, 'team-move-confirm');
      await row.getByRole('button', { name: `Ja, flytta till ${otherTeam?.name}` }).click();
      await eventually(() => lead.locator('p.done').first().textContent()).toMatch(new RegExp(`^F-00005 har flyttats till ${otherTeam?.name}`));
      await capture(lead, 'team');
    });
    await as('fst-teamledare1', async (lead) => {
      await lead.goto(`${origin}/familj/F-00005`);
      await heading(lead, 'Familjen F-00005').waitFor();
      const history = part(lead, 'Koordinatorer över tid');
      await eventually(() => history.locator('li').last().textContent()).toMatch(
        new RegExp(`^${nowOnPage}: Flyttad från .+ till ${otherTeam?.name} \\(fyra kommuner och regionen\\) med .+ som koordinator av Teamledare`),
      );
      await capture(lead, 'family-moved');
    });
  }, 90_000);

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
      // Every group's question at once, four of them counted by an agency: each section loads on its own.
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
    session.expectViewsClean(['family-moved', 'guardian-narrow', 'guardian-pending', 'guardian-revoked', 'statistics', 'statistics-team-lead', 'team', 'team-move-confirm']);
  });
});
