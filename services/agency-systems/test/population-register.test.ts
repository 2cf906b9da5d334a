import { isCoordinationNumber, startHttpServer } from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePopulation, type Personpost } from '../src/index.js';
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
  return { status: res.status, body: (await res.json()) as { personposter: Personpost[]; ejFunna: string[] } };
};
const vardnadshavare = (post: Personpost | undefined) => post?.relationer.filter((r) => r.relationstyp === 'V' && r.slutdatum === null).map((r) => r.personNr);

describe('population register (folkbokföringen, Navet-like personpost)', () => {
  it('answers many persons in one lookup with name, birth date and custody relations, and lists whom it does not know', async () => {
    const family = population.families[1] as (typeof population.families)[number];
    const asked = [...family.children.map((c) => c.personnummer), '189001019802'];
    const { status, body } = await lookup(asked);
    expect(status).toBe(200);
    expect(body.ejFunna).toEqual(['189001019802']);
    const child = body.personposter.find((p) => p.personId.personNr === family.children[0]?.personnummer);
    expect(child).toMatchObject({ namn: { fornamn: family.children[0]?.givenName, efternamn: family.children[0]?.familyName }, fodelsedatum: family.children[0]?.birthDate });
    expect(vardnadshavare(child)).toEqual(family.guardians.filter((g) => g.hasCustody).map((g) => g.personnummer));
    expect(made.control.counters.get('POST /navet/v1/personposter/sok')).toBe(1);
  });

  it('lists a parent’s children (B) and gives a parent without custody no V relation on the child', async () => {
    const sole = population.families.find((f) => f.custody === 'SOLE' && f.guardians.length === 2) as (typeof population.families)[number];
    const [withCustody, without] = sole.guardians;
    const { body } = await lookup([without?.personnummer, sole.children[0]?.personnummer]);
    const parent = body.personposter.find((p) => p.personId.personNr === without?.personnummer);
    expect(parent?.relationer.filter((r) => r.relationstyp === 'B').map((r) => r.personNr)).toContain(sole.children[0]?.personnummer);
    const child = body.personposter.find((p) => p.personId.personNr === sole.children[0]?.personnummer);
    expect(vardnadshavare(child)).toEqual([withCustody?.personnummer]);
  });

  it('gives no address out for a protected family, and one for everyone else', async () => {
    const protectedFamily = population.families.find((f) => f.protectedIdentity);
    const open = population.families.find((f) => !f.protectedIdentity) as (typeof population.families)[number];
    expect(protectedFamily).toBeDefined();
    const { body } = await lookup([protectedFamily?.children[0]?.personnummer, open.children[0]?.personnummer]);
    const [hidden, shown] = [protectedFamily, open].map((f) => body.personposter.find((p) => p.personId.personNr === f?.children[0]?.personnummer));
    expect(hidden).toMatchObject({ sekretessmarkering: 'J', folkbokforingsadress: null });
    expect(shown?.sekretessmarkering).toBe('N');
    expect(shown?.folkbokforingsadress?.postort).toBe('EXEMPELSTAD');
  });

  it('knows newly arrived families by their samordningsnummer', async () => {
    const arrived = population.families.filter((f) => f.children.every((c) => isCoordinationNumber(c.personnummer)));
    expect(arrived.length).toBeGreaterThan(0);
    const { body } = await lookup(arrived.map((f) => f.children[0]?.personnummer));
    expect(body.personposter).toHaveLength(arrived.length);
    for (const post of body.personposter) {
      expect(post.personId.typ).toBe('SAMORDNINGSNUMMER');
      expect(Number(post.personId.personNr.slice(6, 8))).toBeGreaterThan(60);
      expect(Number(post.fodelsedatum?.slice(8, 10))).toBeLessThanOrEqual(31);
    }
  });

  it('changes custody as a court would: the old relations end, the new guardian’s begin', async () => {
    const family = population.families[2] as (typeof population.families)[number];
    const child = family.children[0]?.personnummer as string;
    const res = await fetch(`${server.url}/_sim/custody`, { method: 'POST', body: JSON.stringify({ child, guardians: [{ personNr: '197001012384', fornamn: 'Ny', efternamn: 'Vårdnadshavare' }] }) });
    expect(res.status).toBe(200);
    const { body } = await lookup([child, '197001012384']);
    const post = body.personposter.find((p) => p.personId.personNr === child);
    expect(vardnadshavare(post)).toEqual(['197001012384']);
    expect(post?.relationer.filter((r) => r.relationstyp === 'V' && r.slutdatum === '2026-11-22')).toHaveLength(family.guardians.filter((g) => g.hasCustody).length);
    expect(body.personposter.find((p) => p.personId.personNr === '197001012384')?.relationer).toEqual([
      { relationstyp: 'B', personNr: child, fornamn: family.children[0]?.givenName, efternamn: family.children[0]?.familyName, startdatum: '2026-11-23', slutdatum: null },
    ]);
    // The child's record names its new guardian, as relation records do.
    expect(post?.relationer.find((r) => r.relationstyp === 'V' && r.slutdatum === null)).toMatchObject({ fornamn: 'Ny', efternamn: 'Vårdnadshavare' });
  });

  it('keeps the relation of a guardian who keeps custody: its start date stands', async () => {
    const family = population.families[3] as (typeof population.families)[number];
    const child = family.children[0] as (typeof family.children)[number];
    const kept = family.guardians.find((g) => g.hasCustody)?.personnummer as string;
    await fetch(`${server.url}/_sim/custody`, { method: 'POST', body: JSON.stringify({ child: child.personnummer, guardians: [{ personNr: kept }, { personNr: '197001012384' }] }) });
    const { body } = await lookup([child.personnummer]);
    const current = body.personposter[0]?.relationer.filter((r) => r.relationstyp === 'V' && r.slutdatum === null);
    expect(current?.map((r) => [r.personNr, r.startdatum])).toEqual([
      [kept, child.birthDate],
      ['197001012384', '2026-11-23'],
    ]);
  });

  it('refuses a malformed or oversized lookup with a clear error', async () => {
    expect((await lookup('201401616451')).status).toBe(400);
    expect((await lookup(Array.from({ length: 1001 }, () => '201401616451'))).status).toBe(400);
  });
});

describe('change notices (aviseringar)', () => {
  const poll = async (query: string) => {
    const res = await fetch(`${server.url}/navet/v1/aviseringar?${query}`);
    return { status: res.status, body: (await res.json()) as { sekvensnummer: number; aviseringar: { sekvensnummer: number; personpost: Personpost }[] } };
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
    expect(body.aviseringar.map((n) => n.personpost.personId.personNr)).toEqual(expect.arrayContaining([child, '197001012384']));
    expect(body.aviseringar.every((n) => n.sekvensnummer > start.sekvensnummer && n.sekvensnummer <= body.sekvensnummer)).toBe(true);
    expect(vardnadshavare(body.aviseringar.find((n) => n.personpost.personId.personNr === child)?.personpost)).toEqual(['197001012384']);
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
