// The local support catalogue (docs/support-catalogue.md) over the whole seeded system: in the
// graph, who may search it and who may change it, what is refused and that nothing is written
// then; in a real browser, the catalogue keeper's page, a coordinator's search and a family's own
// contacts on the coordinator's family page and the guardian's. Every view at 1280 and 768 px
// with axe finding nothing and no English word (browser/dashboard-session.ts).
import type { RunningSystem } from '@lotsen/local-stack';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, dashboardSession, eventually, heading, part } from './browser/dashboard-session.js';
import { guardianUsernameOf } from './browser/population.js';
import { gql } from './graphql.js';

const search = `query ($search: SupportSearch) { supportCatalogue(search: $search) { id name openNow municipalities contact { phone } } }`;
const add = `mutation ($input: SupportServiceInput!) { addSupportService(input: $input) { id name reviewedOn changes { kind by } } }`;
const retire = `mutation ($id: ID!) { retireSupportService(id: $id) { id retiredOn } }`;
const contacts = `query ($reference: String!) { familyByReference(reference: $reference) { id contacts { id about person { name } service { name contact { phone } } } } }`;
const addContact = `mutation ($input: FamilyContactInput!) { addFamilyContact(input: $input) { id } }`;

const service = {
  organisation: 'Exempelkommun',
  municipalities: ['Exempelkommun'],
  name: 'Anhörigstödet',
  offers: 'Samtal och grupper för den som stöttar ett barn med funktionsnedsättning.',
  forWhom: 'Föräldrar och andra anhöriga',
  phone: '08-465 004 98',
  openingHours: [{ day: 'THURSDAY', opens: '09:00', closes: '12:00' }],
};

describe.runIf(chromiumAvailable)('the local support catalogue: searched by staff and guardians, kept by its keeper, and a family’s own contacts', () => {
  const session = dashboardSession();
  const { as, capture } = session;
  let system: RunningSystem;
  const names = async (username: string, filter: Record<string, unknown> = {}) =>
    ((await gql<{ supportCatalogue: { name: string }[] }>(system, username, search, { search: filter })).data?.supportCatalogue ?? []).map((s) => s.name);
  beforeAll(() => {
    system = session.system;
  });

  it('lets staff and guardians search, not analysts, and only the keeper change it; a bad phone number is refused in Swedish with nothing written', async () => {
    const guardian = guardianUsernameOf(system.population, 'F-00001');
    for (const user of ['koordinator1', 'teamledare1', 'skola1', 'ledningsgrupp1', 'stodkatalog1', guardian]) expect((await names(user)).length, user).toBeGreaterThan(10);
    const analyst = await gql(system, 'analytiker1', search);
    expect(analyst.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byCoordinator = await gql(system, 'koordinator1', add, { input: service });
    expect(byCoordinator.errors?.[0]?.message).toMatch(/^Bara den som ansvarar för stödkatalogen ändrar i den/);
    const before = await names('stodkatalog1');
    const bad = await gql(system, 'stodkatalog1', add, { input: { ...service, phone: '555-1234' } });
    expect(bad.errors?.[0]?.message).toMatch(/^Telefon: skriv ett svenskt nummer med riktnummer/);
    const script = await gql(system, 'stodkatalog1', add, { input: { ...service, web: 'javascript:alert(1)' } });
    expect(script.errors?.[0]?.message).toMatch(/^Webbadress: skriv en hel adress som börjar med https:\/\//);
    expect(await names('stodkatalog1')).toEqual(before);
  });

  it('finds by words, municipality and opening hours at the pinned moment, and a retired service no more', async () => {
    // The pinned moment is a Thursday at 10:00: BUP is open, the parents' group (Mondays) is not.
    expect(await names('koordinator1', { text: 'bup' })).toEqual(['BUP – barn- och ungdomspsykiatrin']);
    const open = await names('koordinator1', { openNow: true });
    expect(open).toContain('BUP – barn- och ungdomspsykiatrin');
    expect(open.some((n) => n.startsWith('Föräldragruppen'))).toBe(false);
    const inGrannkommun = await names('koordinator1', { municipality: 'Grannkommun' });
    expect(inGrannkommun).toContain('Elevhälsan i Grannkommun');
    expect(inGrannkommun).not.toContain('Elevhälsan i Exempelkommun');
    expect(inGrannkommun).toContain('1177 Vårdguiden');

    const added = await gql<{ addSupportService: { id: string; reviewedOn: string; changes: { kind: string; by: string }[] } }>(system, 'stodkatalog1', add, { input: service });
    const id = added.data?.addSupportService.id as string;
    expect(added.data?.addSupportService.changes).toEqual([{ kind: 'ADDED', by: 'stodkatalog1' }]);
    expect(await names('vardnadshavare1', { text: 'anhörigstöd' })).toEqual(['Anhörigstödet']);
    const retired = await gql<{ retireSupportService: { retiredOn: string } }>(system, 'stodkatalog1', retire, { id });
    expect(retired.data?.retireSupportService.retiredOn).toBe(added.data?.addSupportService.reviewedOn);
    expect(await names('koordinator1', { text: 'anhörigstöd' })).toEqual([]);
  });

  it('keeps a family’s contacts by its coordinator only; its guardians read them', async () => {
    const family = await gql<{ familyByReference: { id: string } }>(system, 'koordinator1', contacts, { reference: 'F-00002' });
    const familyId = family.data?.familyByReference.id as string;
    const [bup] = (await gql<{ supportCatalogue: { id: string }[] }>(system, 'koordinator1', search, { search: { text: 'bup' } })).data?.supportCatalogue ?? [];
    expect((await gql(system, 'koordinator1', addContact, { input: { familyId, serviceId: bup?.id, about: 'Frågor om utredningen' } })).errors).toBeUndefined();
    const twice = await gql(system, 'koordinator1', addContact, { input: { familyId, serviceId: bup?.id } });
    expect(twice.errors?.[0]?.message).toMatch(/finns redan på familjens lista/);
    const both = await gql(system, 'koordinator1', addContact, { input: { familyId, serviceId: bup?.id, person: { name: 'A', role: 'B', phone: '1177' } } });
    expect(both.errors?.[0]?.message).toMatch(/^Välj en verksamhet ur stödkatalogen eller skriv en kontaktperson, inte båda/);
    const guardian = guardianUsernameOf(system.population, 'F-00002');
    expect((await gql(system, guardian, addContact, { input: { familyId, serviceId: bup?.id } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await gql(system, 'koordinator2', addContact, { input: { familyId, serviceId: bup?.id } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const read = await gql<{ familyByReference: { contacts: { about: string; service: { name: string; contact: { phone: string } } }[] } }>(system, guardian, contacts, { reference: 'F-00002' });
    expect(read.data?.familyByReference.contacts).toEqual([
      expect.objectContaining({
        about: 'Frågor om utredningen',
        service: expect.objectContaining({ name: 'BUP – barn- och ungdomspsykiatrin', contact: { phone: expect.stringMatching(/^08-465 004 \d\d$/) } }),
      }),
    ]);
  });

  it('shows the keeper the catalogue to search and to add to, and the history of a service', async () => {
    await as('stodkatalog1', async (keeper) => {
      await heading(keeper, 'Stödkatalogen').waitFor();
      await keeper.getByText('Lägg till en verksamhet').click();
      const form = keeper.locator('details.service-form').first();
      await form.getByLabel('Namn', { exact: true }).fill('Syskongruppen');
      await form.getByLabel('Organisation').fill('Exempelkommun');
      await form.getByLabel('Kommuner').fill('Exempelkommun');
      await form.getByLabel('Vad verksamheten erbjuder').fill('Träffar för syskon till barn med funktionsnedsättning.');
      await form.getByLabel('Vem stödet är till för').fill('Syskon 7–15 år');
      await form.getByLabel('Telefon').fill('555');
      await form.getByLabel('Torsdag').fill('9-12');
      await form.getByRole('button', { name: 'Lägg till', exact: true }).click();
      await eventually(() => form.locator('.field-problem').allTextContents()).toEqual(['Skriv tiderna som 08:00–12:00, 13:00–16:30, eller lämna tomt om det är stängt.']);
      await form.getByLabel('Torsdag').fill('09:00–12:00');
      await form.getByRole('button', { name: 'Lägg till', exact: true }).click();
      await eventually(() => form.getByRole('alert').textContent()).toMatch(/^Telefon: skriv ett svenskt nummer med riktnummer/);
      await capture(keeper, 'support-catalogue-keeper-refused');
      await form.getByLabel('Telefon').fill('08-465 004 97');
      await form.getByRole('button', { name: 'Lägg till', exact: true }).click();
      await eventually(() => form.getByRole('status').textContent()).toBe('Syskongruppen finns nu i stödkatalogen.');
      await keeper.getByLabel('Sökord').fill('syskon');
      await keeper.getByRole('button', { name: 'Sök', exact: true }).click();
      const card = keeper.locator('article.support-service', { has: keeper.getByRole('heading', { name: 'Syskongruppen' }) });
      await eventually(() => keeper.locator('article.support-service').count()).toBe(1);
      expect(await card.textContent()).toContain('Torsdag: 09:00–12:00');
      expect(await card.locator('.badge').textContent()).toBe('Öppet nu');
      await card.getByText('Historik').click();
      await eventually(() => card.locator('details.change li').first().textContent()).toMatch(/: Tillagd av Stödkatalogen$/);
      await capture(keeper, 'support-catalogue-keeper');
      // Taken out after a confirmation: the card goes, and the page says what happened.
      await card.getByRole('button', { name: 'Ta bort ur katalogen' }).click();
      await card.getByRole('button', { name: 'Ja, ta bort' }).click();
      await eventually(() => keeper.locator('article.support-service').count()).toBe(0);
      expect(await keeper.locator('section p[role=status]').last().textContent()).toMatch(/^Syskongruppen är borttagen ur stödkatalogen\. Ingen verksamhet matchar sökningen/);
    });
  }, 90_000);

  it('lets a coordinator find what is open now in a municipality, put it on a family’s list with a named person, and the guardian read the list', async () => {
    await as('koordinator1', async (coordinator) => {
      await coordinator.getByRole('link', { name: 'Stödkatalogen' }).click();
      await heading(coordinator, 'Stödkatalogen').waitFor();
      await coordinator.getByLabel('Kommun').selectOption('Exempelkommun');
      await coordinator.getByLabel('Bara de som har öppet nu').check();
      await coordinator.getByRole('button', { name: 'Sök', exact: true }).click();
      await eventually(() => coordinator.locator('article.support-service .badge').allTextContents()).not.toContain('Stängt nu');
      expect(await coordinator.locator('article.support-service h3').allTextContents()).toContain('Elevhälsan i Exempelkommun');
      expect(await coordinator.locator('details.service-form').count()).toBe(0);
      await capture(coordinator, 'support-catalogue-search');

      await session.openFamily(coordinator, 'F-00001');
      const list = part(coordinator, 'Vem ska vi vända oss till?');
      await list.getByText('Lägg till en kontakt').click();
      await list.getByLabel('Verksamhet', { exact: true }).selectOption({ label: 'Ungdomsmottagningen (Region Exempel)' });
      await list.getByLabel('Vad familjen kan kontakta dem om (frivilligt)').fill('Samtal för Alva om mående');
      await list.getByRole('button', { name: 'Lägg till på listan' }).click();
      await eventually(() => list.getByRole('status').textContent()).toBe('Ungdomsmottagningen finns nu på familjens lista.');
      // What is on the list is not offered again.
      await eventually(() => list.getByLabel('Verksamhet', { exact: true }).locator('option', { hasText: 'Ungdomsmottagningen (Region Exempel)' }).count()).toBe(0);
      await list.getByLabel('En kontaktperson').check();
      await list.getByLabel('Namn', { exact: true }).fill('Kim Kurator');
      await list.getByLabel('Roll', { exact: true }).fill('Skolkurator');
      await list.getByRole('button', { name: 'Lägg till på listan' }).click();
      await eventually(() => list.locator('.field-problem').textContent()).toBe('Ange telefon eller e-post, så att familjen kan nå personen.');
      await list.getByLabel('E-post').fill('kim.kurator@exempelkommun.test');
      await list.getByRole('button', { name: 'Lägg till på listan' }).click();
      await eventually(() => list.locator('ul.family-contacts > li').count()).toBe(2);
      await capture(coordinator, 'family-contacts');
    });
    await as(guardianUsernameOf(system.population, 'F-00001'), async (guardian) => {
      await heading(guardian, 'Vår familj').waitFor();
      const list = part(guardian, 'Vem ska vi vända oss till?');
      await eventually(() => list.locator('article h3').allTextContents()).toEqual(['Ungdomsmottagningen', 'Kim Kurator']);
      expect(await list.textContent()).toContain('Kontakta om: Samtal för Alva om mående');
      expect(await list.getByRole('link', { name: 'kim.kurator@exempelkommun.test' }).getAttribute('href')).toBe('mailto:kim.kurator@exempelkommun.test');
      expect(await list.getByRole('button').count()).toBe(0);
      await capture(guardian, 'guardian-contacts');
    });
  }, 90_000);

  it('leaves every view clean', () => {
    session.expectViewsClean(['support-catalogue-keeper-refused', 'support-catalogue-keeper', 'support-catalogue-search', 'family-contacts', 'guardian-contacts']);
  });
});
