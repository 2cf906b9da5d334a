import { readFileSync } from 'node:fs';
import { generatePopulation, households, populationRegisterRoutes } from '@lotsen/agency-systems';
import { startHttpServer } from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromFolkbokforingspost, lookupAnswer, noticesAnswer, parseAnswer, tilltalsnamn } from '../src/register/navet-personpost.js';
import { custodiansOf, custodyOn, populationRegisterClient, relationsOn } from '../src/register/population-register.js';

// A lookup answer recorded once from the simulator (seed 20261126, 60 families, 2026-11-26) after
// a court gave custody of 201501202384 to one of its parents and to 197001012384, who is none:
// joint custody changed, sole custody and the parent without it, a protected child, a newly
// arrived child with a samordningsnummer, and a number the register does not know.
const recorded: unknown = JSON.parse(readFileSync(new URL('./fixtures/navet-personposter.json', import.meta.url), 'utf8'));
const today = '2026-11-26';
const read = (answer: unknown = recorded) => new Map(parseAnswer(lookupAnswer, answer, 'lookup').folkbokforingsposter.map((p) => [p.Personpost.PersonId.PersonNr, fromFolkbokforingspost(p)]));
type Raw = Record<string, unknown>;
/** The recorded answer with a change made to a copy of its first post (and that post's first relation). */
const altered = (change: (post: Raw, relation: Raw) => void) => {
  const copy = structuredClone(recorded) as { folkbokforingsposter: (Raw & { Personpost: Raw & { Relationer: { Relation: Raw[] } } })[] };
  const post = copy.folkbokforingsposter[0];
  if (!post) throw new Error('the recorded answer has no posts');
  change(post, post.Personpost.Relationer.Relation[0] ?? {});
  return copy;
};

describe('the register’s contract: a recorded Navet answer, read', () => {
  it('reads custody with its dates from the child’s V relations, and the custodian’s own VF', () => {
    const persons = read();
    const child = persons.get('201501202384');
    expect(custodyOn(child, today)).toEqual([
      { personnummer: '199302172391', since: '2015-01-20' },
      { personnummer: '197001012384', since: '2026-11-26' },
    ]);
    // The parent whose custody ended yesterday held it until then.
    expect(custodiansOf(child, '2026-11-25')).toEqual(['199302172391', '197909252392']);
    expect(relationsOn(child, 'V', today).map((r) => [r.givenName, r.familyName])).toEqual([
      ['Adam', 'Jakobsson'],
      ['Ny', 'Vårdnadshavare'],
    ]);
    expect(relationsOn(persons.get('197001012384'), 'VF', today).map((r) => r.personnummer)).toEqual(['201501202384']);
    expect(relationsOn(persons.get('197909252392'), 'VF', today)).toEqual([]);
    // A parent without custody has no custody relation at all (B, barn, is not read).
    expect(persons.get('198309092388')?.relations).toEqual([]);
  });

  it('reads names, birth date and address, and no address for a protected child, whose custody is read all the same', () => {
    const persons = read();
    expect(persons.get('201501202384')).toMatchObject({
      givenName: 'Agnes',
      familyName: 'Jakobsson',
      birthDate: '2015-01-20',
      coordinationNumber: false,
      protectedIdentity: false,
      address: { street: 'Skolvägen 72', postalCode: '129 65', city: 'EXEMPELSTAD' },
    });
    expect(persons.get('201801102383')).toMatchObject({ protectedIdentity: true, address: null });
    expect(custodiansOf(persons.get('201801102383'), today)).toEqual(['198706022392', '199004122389']);
    expect(persons.get('202003772395')).toMatchObject({ coordinationNumber: true, birthDate: '2020-03-17' });
    expect(persons.has('189001019802')).toBe(false);
  });

  it('fails an answer that breaks the contract, saying where', () => {
    const renamed = altered((_, relation) => {
      relation.RelationPersonId = relation.RelationId;
      delete relation.RelationId;
    });
    expect(() => read(renamed)).toThrow(/breaks the contract[\s\S]*folkbokforingsposter\[0\]\.Personpost\.Relationer\.Relation\[0\]\.RelationId/);
    expect(() => read(altered((post) => delete post.Sekretessmarkering))).toThrow(/Sekretessmarkering/);
    expect(() => read(altered((_, relation) => Object.assign(relation, { Relationstyp: 'VH' })))).toThrow(/Relationstyp/);
    expect(() => read({ personposter: [] })).toThrow(/folkbokforingsposter/);
  });

  it('refuses a custody date that is no whole day rather than guessing it, and masks whose it is', () => {
    for (const date of ['2015', '201501', '20150231']) {
      const partial = altered((_, relation) => Object.assign(relation, { RelationFromdatum: date }));
      expect(() => read(partial)).toThrow(`the population register gave a relation of 20150120-**** the date ${date}, which is no whole day: custody cannot be read`);
    }
  });

  it('reads a relation without a start date as holding from the child’s birth, and lets Navet’s other elements through unread', () => {
    const undated = altered((post, relation) => {
      Object.assign(post, { SenasteAndringFolkbokforing: '20261126' });
      Object.assign(post.Personpost as Raw, { Civilstand: { CivilstandKod: 'OG' } });
      delete relation.RelationFromdatum;
    });
    expect(custodyOn(read(undated).get('201501202384'), today)[0]).toEqual({ personnummer: '199302172391', since: '2015-01-20' });
  });

  it('uses the first name the Tilltalsnamnsmarkering points at, hyphenated parts counted as names', () => {
    expect(tilltalsnamn({ Fornamn: 'Karl Erik Olof', Tilltalsnamnsmarkering: '20' })).toBe('Erik');
    expect(tilltalsnamn({ Fornamn: 'Karl-Erik Olof', Tilltalsnamnsmarkering: '12' })).toBe('Karl-Erik');
    expect(tilltalsnamn({ Fornamn: 'Karl Erik', Tilltalsnamnsmarkering: '30' })).toBe('Karl Erik');
    expect(tilltalsnamn({ Fornamn: 'Karl Erik' })).toBe('Karl Erik');
  });
});

describe('the simulator held to the contract', () => {
  const population = generatePopulation({ seed: 20261127, families: 80, today: '2026-11-27' });
  const register = populationRegisterRoutes(population);
  let server: Awaited<ReturnType<typeof startHttpServer>>;
  beforeAll(async () => {
    server = await startHttpServer(register.routes, 0);
  });
  afterAll(() => server.close());

  it('answers every person in a form the reader takes, with the custody the population has', async () => {
    const families = households(population);
    const everyone = families.flatMap((f) => [...f.children, ...f.guardians].map((p) => p.personnummer));
    const persons = await populationRegisterClient(server.url).lookup(everyone);
    expect(persons.size).toBe(new Set(everyone).size);
    for (const family of families) {
      const custodians = family.guardians.filter((g) => g.hasCustody).map((g) => g.personnummer);
      for (const child of family.children) {
        expect(custodiansOf(persons.get(child.personnummer), population.today)).toEqual(custodians);
        expect(persons.get(child.personnummer)).toMatchObject({ givenName: child.givenName, birthDate: child.birthDate, protectedIdentity: family.protectedIdentity });
      }
      for (const g of family.guardians) expect(relationsOn(persons.get(g.personnummer), 'VF', population.today).length > 0).toBe(g.hasCustody);
    }
  });

  it('gives change notices the reader takes', async () => {
    const start = parseAnswer(noticesAnswer, await (await fetch(`${server.url}/navet/v1/aviseringar?prenumerant=kontrakt`)).json(), 'change notices');
    const child = population.families[0]?.children[0]?.personnummer as string;
    await fetch(`${server.url}/_sim/custody`, { method: 'POST', body: JSON.stringify({ child, guardians: [{ personNr: '197001012384' }] }) });
    const polled = await (await fetch(`${server.url}/navet/v1/aviseringar?efter=${start.sekvensnummer}&prenumerant=kontrakt`)).json();
    const notices = parseAnswer(noticesAnswer, polled, 'change notices').aviseringar.map((n) => fromFolkbokforingspost(n.folkbokforingspost));
    expect(
      custodiansOf(
        notices.find((p) => p.personnummer === child),
        population.today,
      ),
    ).toEqual(['197001012384']);
  });
});
