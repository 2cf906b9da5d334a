import { isCoordinationNumber, startHttpServer } from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Folkbokforingspost, generatePopulation } from '../src/index.js';
import { populationRegisterRoutes } from '../src/population-register/server.js';

const population = generatePopulation({ seed: 20261123, families: 300, today: '2026-11-23' });
const made = populationRegisterRoutes(population);
let server: Awaited<ReturnType<typeof startHttpServer>>;

beforeAll(async () => {
  server = await startHttpServer(made.routes, 0);
});
afterAll(() => server.close());

const lookup = async (personNr: unknown) => {
  const res = await fetch(`${server.url}/navet/v1/personposter/sok`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ personNr }) });
  return { status: res.status, body: (await res.json()) as { folkbokforingsposter: Folkbokforingspost[]; ejFunna: string[] } };
};
const relations = (post: Folkbokforingspost | undefined, typ: string) => post?.Personpost.Relationer.Relation.filter((r) => r.Relationstyp === typ) ?? [];
const holding = (post: Folkbokforingspost | undefined, typ: string) =>
  relations(post, typ)
    .filter((r) => r.RelationTomdatum === undefined)
    .map((r) => r.RelationId.PersonNr);
const vardnadshavare = (post: Folkbokforingspost | undefined) => holding(post, 'V');
const find = (posts: Folkbokforingspost[], personNr: string | undefined) => posts.find((p) => p.Personpost.PersonId.PersonNr === personNr);

describe('population register (folkbokföringen, Navet’s Folkbokforingspost)', () => {
  it('answers many persons in one lookup with name and custody relations, and lists whom it does not know', async () => {
    const family = population.families[1] as (typeof population.families)[number];
    const asked = [...family.children.map((c) => c.personnummer), '189001019802'];
    const { status, body } = await lookup(asked);
    expect(status).toBe(200);
    expect(body.ejFunna).toEqual(['189001019802']);
    const child = find(body.folkbokforingsposter, family.children[0]?.personnummer);
    expect(child?.Personpost.Namn).toEqual({ Tilltalsnamnsmarkering: '10', Fornamn: family.children[0]?.givenName, Efternamn: family.children[0]?.familyName });
    const custodians = family.guardians.filter((g) => g.hasCustody);
    expect(vardnadshavare(child)).toEqual(custodians.map((g) => g.personnummer));
    // Each relation names the guardian and holds since the child's birth (ÅÅÅÅMMDD).
    expect(relations(child, 'V').map((r) => [r.Namn.Fornamn, r.RelationFromdatum])).toEqual(custodians.map((g) => [g.givenName, family.children[0]?.birthDate.replaceAll('-', '')]));
    expect(made.control.counters.get('POST /navet/v1/personposter/sok')).toBe(1);
  });

  it('lists a parent’s children (B), the custodian’s (VF), and gives a parent without custody no V relation on the child', async () => {
    const sole = population.families.find((f) => f.custody === 'SOLE' && f.guardians.length === 2) as (typeof population.families)[number];
    const [withCustody, without] = sole.guardians;
    const { body } = await lookup([without?.personnummer, withCustody?.personnummer, sole.children[0]?.personnummer]);
    const parent = find(body.folkbokforingsposter, without?.personnummer);
    expect(holding(parent, 'B')).toContain(sole.children[0]?.personnummer);
    expect(holding(parent, 'VF')).toEqual([]);
    expect(holding(find(body.folkbokforingsposter, withCustody?.personnummer), 'VF')).toEqual(sole.children.map((c) => c.personnummer));
    const child = find(body.folkbokforingsposter, sole.children[0]?.personnummer);
    expect(vardnadshavare(child)).toEqual([withCustody?.personnummer]);
  });

  it('gives no address out for a protected family, and one for everyone else', async () => {
    const protectedFamily = population.families.find((f) => f.protectedIdentity);
    const open = population.families.find((f) => !f.protectedIdentity) as (typeof population.families)[number];
    expect(protectedFamily).toBeDefined();
    const { body } = await lookup([protectedFamily?.children[0]?.personnummer, open.children[0]?.personnummer]);
    const [hidden, shown] = [protectedFamily, open].map((f) => find(body.folkbokforingsposter, f?.children[0]?.personnummer));
    expect(hidden).toMatchObject({ Sekretessmarkering: 'J', SkyddadFolkbokforing: 'N', Personpost: { Adresser: {} } });
    expect(hidden?.Personpost.Adresser.Folkbokforingsadress).toBeUndefined();
    // Names and custody are given out all the same: coordination needs them, not the address.
    expect(vardnadshavare(hidden)).toEqual(protectedFamily?.guardians.filter((g) => g.hasCustody).map((g) => g.personnummer));
    expect(shown).toMatchObject({ Sekretessmarkering: 'N', SkyddadFolkbokforing: 'N' });
    expect(shown?.Personpost.Adresser.Folkbokforingsadress).toMatchObject({ PostNr: expect.stringMatching(/^\d{5}$/), Postort: 'EXEMPELSTAD' });
  });

  it('knows newly arrived families by their samordningsnummer', async () => {
    const arrived = population.families.filter((f) => f.children.every((c) => isCoordinationNumber(c.personnummer)));
    expect(arrived.length).toBeGreaterThan(0);
    const { body } = await lookup(arrived.map((f) => f.children[0]?.personnummer));
    expect(body.folkbokforingsposter.map((p) => p.Personpost.PersonId.PersonNr)).toEqual(arrived.map((f) => f.children[0]?.personnummer));
    for (const post of body.folkbokforingsposter) expect(Number(post.Personpost.PersonId.PersonNr.slice(6, 8))).toBeGreaterThan(60);
  });

  it('changes custody as a court would: the old relations end, the new guardian’s begin', async () => {
    const family = population.families[2] as (typeof population.families)[number];
    const child = family.children[0]?.personnummer as string;
    const res = await fetch(`${server.url}/_sim/custody`, { method: 'POST', body: JSON.stringify({ child, guardians: [{ personNr: '197001012384', fornamn: 'Ny', efternamn: 'Vårdnadshavare' }] }) });
    expect(res.status).toBe(200);
    const formerly = family.guardians.filter((g) => g.hasCustody).map((g) => g.personnummer);
    const { body } = await lookup([child, '197001012384', ...formerly]);
    const post = find(body.folkbokforingsposter, child);
    expect(vardnadshavare(post)).toEqual(['197001012384']);
    expect(relations(post, 'V').filter((r) => r.RelationTomdatum === '20261122')).toHaveLength(formerly.length);
    // The new custodian is no parent: VF, not B, from today.
    expect(find(body.folkbokforingsposter, '197001012384')?.Personpost.Relationer.Relation).toEqual([
      {
        RelationId: { PersonNr: child },
        Relationstyp: 'VF',
        RelationFromdatum: '20261123',
        Namn: { Tilltalsnamnsmarkering: '10', Fornamn: family.children[0]?.givenName, Efternamn: family.children[0]?.familyName },
      },
    ]);
    // The former custodians stay the child's parents; their custody ends with the child's V.
    for (const g of formerly) {
      const former = find(body.folkbokforingsposter, g);
      expect(holding(former, 'B')).toContain(child);
      expect(holding(former, 'VF')).not.toContain(child);
      expect(relations(former, 'VF').find((r) => r.RelationId.PersonNr === child)?.RelationTomdatum).toBe('20261122');
    }
    // The child's record names its new guardian, as relation records do.
    expect(relations(post, 'V').find((r) => r.RelationTomdatum === undefined)?.Namn).toMatchObject({ Fornamn: 'Ny', Efternamn: 'Vårdnadshavare' });
  });

  it('keeps the relation of a guardian who keeps custody: its start date stands', async () => {
    const family = population.families[3] as (typeof population.families)[number];
    const child = family.children[0] as (typeof family.children)[number];
    const kept = family.guardians.find((g) => g.hasCustody)?.personnummer as string;
    await fetch(`${server.url}/_sim/custody`, { method: 'POST', body: JSON.stringify({ child: child.personnummer, guardians: [{ personNr: kept }, { personNr: '197001012384' }] }) });
    const { body } = await lookup([child.personnummer]);
    const current = relations(body.folkbokforingsposter[0], 'V').filter((r) => r.RelationTomdatum === undefined);
    expect(current.map((r) => [r.RelationId.PersonNr, r.RelationFromdatum])).toEqual([
      [kept, child.birthDate.replaceAll('-', '')],
      ['197001012384', '20261123'],
    ]);
  });

  it('refuses a malformed or oversized lookup, or a custody change on no calendar day, with a clear error', async () => {
    expect((await lookup('201401616451')).status).toBe(400);
    expect((await lookup(Array.from({ length: 1001 }, () => '201401616451'))).status).toBe(400);
    const child = population.families[5]?.children[0]?.personnummer;
    const res = await fetch(`${server.url}/_sim/custody`, { method: 'POST', body: JSON.stringify({ child, guardians: [], date: '2026-02-30' }) });
    expect(res.status).toBe(400);
    expect(vardnadshavare(find((await lookup([child])).body.folkbokforingsposter, child))).toEqual(population.families[5]?.guardians.filter((g) => g.hasCustody).map((g) => g.personnummer));
  });
});

describe('change notices (aviseringar)', () => {
  const poll = async (query: string) => {
    const res = await fetch(`${server.url}/navet/v1/aviseringar?${query}`);
    return { status: res.status, body: (await res.json()) as { sekvensnummer: number; aviseringar: { sekvensnummer: number; folkbokforingspost: Folkbokforingspost }[] } };
  };
  const changeCustody = (child: string, personNr: string) => fetch(`${server.url}/_sim/custody`, { method: 'POST', body: JSON.stringify({ child, guardians: [{ personNr }] }) });

  it('holds a poll open until a change, then gives the posts it touched, each with its number', async () => {
    const { body: start } = await poll('prenumerant=a');
    const child = population.families[4]?.children[0]?.personnummer as string;
    const waiting = poll(`efter=${start.sekvensnummer}&vanta=5&prenumerant=a`);
    await new Promise((r) => setTimeout(r, 50));
    const changed = changeCustody(child, '197001012384');
    const { status, body } = await waiting;
    expect(status).toBe(200);
    expect(body.aviseringar.map((n) => n.folkbokforingspost.Personpost.PersonId.PersonNr)).toEqual(expect.arrayContaining([child, '197001012384']));
    expect(body.aviseringar.every((n) => n.sekvensnummer > start.sekvensnummer && n.sekvensnummer <= body.sekvensnummer)).toBe(true);
    expect(vardnadshavare(body.aviseringar.find((n) => n.folkbokforingspost.Personpost.PersonId.PersonNr === child)?.folkbokforingspost)).toEqual(['197001012384']);
    // The court's change is answered once the listening subscriber has polled past it.
    const poller = poll(`efter=${body.sekvensnummer}&vanta=1&prenumerant=a`);
    expect(await (await changed).json()).toMatchObject({ levererad: true });
    await poller;
    // A lookup says which number it is current at.
    expect((await lookup([child])).body).toMatchObject({ sekvensnummer: body.sekvensnummer });
  });

  it('answers an empty list when nothing changed within the wait, and ends a held poll with 503 when the register goes down', async () => {
    const { body: start } = await poll('prenumerant=b');
    const quiet = await poll(`efter=${start.sekvensnummer}&vanta=0.05&prenumerant=b`);
    expect(quiet.body.aviseringar).toEqual([]);
    const held = poll(`efter=${start.sekvensnummer}&vanta=5&prenumerant=b`);
    await new Promise((r) => setTimeout(r, 50));
    const at = Date.now();
    made.control.setFaults({ down: true });
    try {
      expect((await held).status).toBe(503);
      expect(Date.now() - at).toBeLessThan(1000);
    } finally {
      made.control.setFaults({ down: false });
    }
  });

  it('refuses a malformed poll with a clear error', async () => {
    for (const q of ['efter=-1&prenumerant=c', 'efter=x&prenumerant=c', 'vanta=99&prenumerant=c', 'prenumerant=', 'prenumerant=%3Cscript%3E']) expect((await poll(q)).status).toBe(400);
  });
});
