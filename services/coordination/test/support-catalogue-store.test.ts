import { generatePopulation } from '@lotsen/agency-systems';
import type { Database } from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../src/index.js';
import { activeServices, catalogueMunicipalities, changesOfServices, insertService, retireService, servicesByIds, updateService } from '../src/support-catalogue/catalogue-store.js';
import { cleanEntry } from '../src/support-catalogue/entry-input.js';
import { contactsOfFamilies, insertContact, removeContact } from '../src/support-catalogue/family-contacts-store.js';
import { supportCatalogueResolvers } from '../src/support-catalogue/resolvers.js';
import { catalogueKeeper, seededCatalogue } from '../src/support-catalogue/seed-catalogue.js';
import { backends } from '../src/testing.js';

const population = generatePopulation({ seed: 13, families: 20, today: '2026-11-23' });
const keeper = (at: string) => ({ by: catalogueKeeper, at, today: at.slice(0, 10) });
const entry = cleanEntry({
  organisation: 'Grannkommun',
  municipalities: ['Grannkommun'],
  name: 'Anhörigstödet',
  offers: 'Samtal för anhöriga',
  forWhom: 'Anhöriga',
  email: 'anhorigstod@grannkommun.example',
  openingHours: [{ day: 'WEDNESDAY', opens: '09:00', closes: '15:00' }],
});
const id = '11111111-1111-4111-8111-111111111111';

describe.each(await backends())('the support catalogue’s storage on $name', ({ open }) => {
  let db: Database & { dispose(): Promise<void> };
  beforeAll(async () => {
    db = await open();
    await seed(db, population);
  });
  afterAll(() => db.dispose());

  it('is seeded with the synthetic catalogue, each service added by the catalogue keeper', async () => {
    const seeded = await activeServices(db);
    expect(seeded.map((s) => s.name).sort()).toEqual(
      seededCatalogue(population)
        .map((s) => s.name)
        .sort(),
    );
    expect(seeded.every((s) => s.reviewedByName === 'Stödkatalogen' && s.reviewedOn < population.today)).toBe(true);
    const changes = await changesOfServices(db, [seeded[0]?.id as string]);
    expect(changes).toMatchObject([{ version: 1, kind: 'ADDED', by: catalogueKeeper }]);
    expect(await catalogueMunicipalities(db)).toEqual(expect.arrayContaining([...new Set(population.teams.map((t) => t.municipality))]));
  });

  it('keeps every version: added, changed, retired, with who and when; a retired service is out of search and still readable', async () => {
    await db.transaction((tx) => insertService(tx, id, entry, keeper('2026-11-20T08:00:00.000Z')));
    const changed = await db.transaction((tx) => updateService(tx, id, { ...entry, phone: '08-465 004 99' }, keeper('2026-11-21T08:00:00.000Z')));
    expect(changed).toMatchObject({ version: 2, phone: '08-465 004 99', reviewedOn: '2026-11-21', openingHours: entry.openingHours });
    const retired = await db.transaction((tx) => retireService(tx, id, keeper('2026-11-22T08:00:00.000Z')));
    expect(retired?.retiredAt).toBe('2026-11-22T08:00:00.000Z');
    expect((await activeServices(db)).some((s) => s.id === id)).toBe(false);
    expect((await servicesByIds(db, [id]))[0]?.name).toBe('Anhörigstödet');
    expect((await changesOfServices(db, [id])).map((c) => `${c.version} ${c.kind} ${c.at}`)).toEqual([
      '3 RETIRED 2026-11-22T08:00:00.000Z',
      '2 CHANGED 2026-11-21T08:00:00.000Z',
      '1 ADDED 2026-11-20T08:00:00.000Z',
    ]);
    // A retired service is neither changed nor retired again.
    expect(await db.transaction((tx) => updateService(tx, id, entry, keeper('2026-11-23T08:00:00.000Z')))).toBeNull();
    expect(await db.transaction((tx) => retireService(tx, id, keeper('2026-11-23T08:00:00.000Z')))).toBeNull();
  });

  it('takes only municipalities Lotsen knows, spelled as Lotsen spells them, and stores nothing when one is unknown', async () => {
    type Write = (parent: unknown, args: { id?: string; input: Parameters<typeof cleanEntry>[0] }, ctx: unknown) => Promise<{ id: string; municipalities: string[] }>;
    const mutation = supportCatalogueResolvers.Mutation as Record<'addSupportService' | 'updateSupportService', Write>;
    const ctx = { identity: { username: catalogueKeeper, role: 'CATALOGUE_KEEPER' }, db, now: new Date('2026-11-23T09:00:00Z') };
    const input = { ...entry, municipalities: ['Grannkommun'] };
    const before = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM support_services'))[0]?.n;
    for (const municipalities of [['Atlantis'], ['Grannkommun', 'Atlantis']])
      await expect(mutation.addSupportService(null, { input: { ...input, municipalities } }, ctx)).rejects.toThrow(/^Kommun: "Atlantis" finns inte bland kommunerna i Lotsen/);
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM support_services'))[0]?.n).toBe(before);
    expect(await catalogueMunicipalities(db)).not.toContain('Atlantis');
    const added = await mutation.addSupportService(null, { input: { ...input, municipalities: ['grannkommun', 'Sjökommun', 'GRANNKOMMUN'] } }, ctx);
    expect(added.municipalities).toEqual(['Grannkommun', 'Sjökommun']);
    // A change naming an unknown municipality leaves the service as it was.
    await expect(mutation.updateSupportService(null, { id: added.id, input: { ...input, municipalities: ['Atlantis'] } }, ctx)).rejects.toThrow(/^Kommun: "Atlantis"/);
    expect((await servicesByIds(db, [added.id]))[0]).toMatchObject({ version: 1, municipalities: ['Grannkommun', 'Sjökommun'] });
  });

  it('refuses to rewrite or delete the history', async () => {
    await expect(db.query("UPDATE support_service_changes SET changed_by = 'x' WHERE service_id = $1", [id])).rejects.toThrow();
    await expect(db.query('DELETE FROM support_service_changes WHERE service_id = $1', [id])).rejects.toThrow();
  });

  it('keeps a family’s contacts, a service or a named person, and removes one from the list without losing the row', async () => {
    const family = population.families[0];
    if (!family) throw new Error('no family');
    const [service] = await activeServices(db);
    const person = { name: 'Kim Kurator', role: 'Kurator', organisation: 'Elevhälsan', agency: null, phone: null, email: 'kim@exempelkommun.test' };
    const viaService = await insertContact(db, {
      id: '22222222-2222-4222-8222-222222222222',
      familyId: family.id,
      serviceId: service?.id ?? null,
      person: null,
      about: null,
      at: '2026-11-23T09:00:00.000Z',
      by: 'koordinator1',
    });
    const viaPerson = await insertContact(db, {
      id: '33333333-3333-4333-8333-333333333333',
      familyId: family.id,
      serviceId: null,
      person,
      about: 'Frågor om skolan',
      at: '2026-11-23T09:01:00.000Z',
      by: 'koordinator1',
    });
    expect(viaService).toMatchObject({ serviceId: service?.id, person: null, addedByName: 'Koordinator 1' });
    expect(viaPerson).toMatchObject({ serviceId: null, person, about: 'Frågor om skolan' });
    expect((await contactsOfFamilies(db, [family.id])).map((c) => c.id)).toEqual([viaService.id, viaPerson.id]);
    expect(await removeContact(db, viaService.id, '2026-11-23T10:00:00.000Z', 'koordinator1')).toBe(true);
    expect(await removeContact(db, viaService.id, '2026-11-23T10:00:00.000Z', 'koordinator1')).toBe(false);
    expect((await contactsOfFamilies(db, [family.id])).map((c) => c.id)).toEqual([viaPerson.id]);
    const [kept] = await db.query<{ removed_by: string }>('SELECT removed_by FROM family_contacts WHERE id = $1', [viaService.id]);
    expect(kept?.removed_by).toBe('koordinator1');
  });

  it('refuses a contact that is both a service and a person, or neither', async () => {
    const family = population.families[0] as (typeof population.families)[number];
    const [service] = await activeServices(db);
    const row = { familyId: family.id, about: null, at: '2026-11-23T09:00:00.000Z', by: 'koordinator1' };
    const person = { name: 'A', role: 'B', organisation: null, agency: null, phone: '1177', email: null };
    await expect(insertContact(db, { ...row, id: '44444444-4444-4444-8444-444444444444', serviceId: service?.id ?? null, person })).rejects.toThrow();
    await expect(insertContact(db, { ...row, id: '55555555-5555-4555-8555-555555555555', serviceId: null, person: null })).rejects.toThrow();
  });
});
