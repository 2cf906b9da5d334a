import { generatePopulation } from '@lotsen/agency-systems';
import { describe, expect, it } from 'vitest';
import type { SupportServiceRow } from '../src/support-catalogue/catalogue-store.js';
import { cleanEmail, cleanPhone, cleanWeb } from '../src/support-catalogue/contact-routes.js';
import { cleanEntry, type SupportServiceInput } from '../src/support-catalogue/entry-input.js';
import { cleanOpeningHours, isOpenAt } from '../src/support-catalogue/opening-hours.js';
import { answersSearch, parseCatalogueSearch } from '../src/support-catalogue/search.js';
import { seededCatalogue } from '../src/support-catalogue/seed-catalogue.js';

/** A moment in Swedish time. */
const at = (local: string) => new Date(`${local}+01:00`);
// 2026-11-23 is a Monday, 2026-11-24 a Tuesday.
const monday = (time: string) => at(`2026-11-23T${time}:00`);

const input: SupportServiceInput = {
  organisation: 'Exempelkommun',
  municipalities: ['Exempelkommun'],
  name: 'Familjebehandlingen',
  offers: 'Samtal och stöd för familjer',
  forWhom: 'Familjer med barn 0–18 år',
  phone: '08-465 004 10',
  openingHours: [{ day: 'MONDAY', opens: '08:00', closes: '12:00' }],
};

describe('contact routes', () => {
  it('takes Swedish telephone numbers as people write them, and short numbers', () => {
    for (const phone of ['08-465 004 10', '0846500410', '010-123 45 67', '+46 8 465 004 10', '0980-319 200', '1177', '113 13', '112']) expect(cleanPhone(phone), phone).toBe(phone);
    expect(cleanPhone('  ')).toBeNull();
    expect(cleanPhone(null)).toBeNull();
  });

  it('refuses what is not a Swedish number, saying what was written', () => {
    for (const phone of ['99', '08-12', '+1 202 555 0100', '0046 8 465 004 10', 'ring oss', '08-465 004 10 ank 3', '00-465 004 10', '08465004100123'])
      expect(() => cleanPhone(phone), phone).toThrow(/^Telefon: skriv ett svenskt nummer med riktnummer/);
  });

  it('takes an e-mail address and refuses what is not one', () => {
    expect(cleanEmail('bup@region-exempel.test')).toBe('bup@region-exempel.test');
    for (const email of ['bup', 'bup@', '@x.se', 'bup@region', 'b up@x.se', 'bup@x.s']) expect(() => cleanEmail(email), email).toThrow(/^E-post: skriv en adress som namn@kommun\.se/);
  });

  it('takes http and https addresses only', () => {
    expect(cleanWeb('https://www.exempelkommun.test/bup')).toBe('https://www.exempelkommun.test/bup');
    expect(cleanWeb('http://www.exempelkommun.test')).toBe('http://www.exempelkommun.test/');
    for (const web of ['javascript:alert(1)', 'data:text/html,hej', 'file:///etc/passwd', 'ftp://x.se', 'www.exempelkommun.se', 'https://localhost/', 'https://user:pw@x.se/'])
      expect(() => cleanWeb(web), web).toThrow(/^Webbadress: skriv en hel adress som börjar med https:\/\//);
  });

  it('stores the address as the browser follows it, not as typed', () => {
    expect(cleanWeb('HTTPS://WWW.Exempelkommun.TEST:443/bup/../familj?x=1#tider')).toBe('https://www.exempelkommun.test/familj?x=1#tider');
    expect(cleanWeb('https://www.exempelkommun.test/ä')).toBe('https://www.exempelkommun.test/%C3%A4');
    expect(cleanWeb('https://www.sjöbo.test/')).toBe('https://www.xn--sjbo-6qa.test/');
  });

  it('refuses an address that reads as one place and leads to another, or breaks out of a link', () => {
    for (const web of [
      'https://evil.test/"><script>alert(1)</script>',
      "https://evil.test/'onmouseover=x",
      'https://evil.test\\@good.test',
      'https://good.test\\evil.test',
      'https://evil .test',
      'https://evil.test/a b',
      'https://evil.test/a\tb',
    ])
      expect(() => cleanWeb(web), web).toThrow(/^Webbadress: får inte innehålla mellanslag, citattecken, < > eller \\/);
    for (const web of [
      'https:evil.test',
      'https:/evil.test',
      'https:///evil.test',
      '//evil.test',
      'https://@evil.test',
      'https://good.test@evil.test/',
      'https://:pw@evil.test',
      'Javascript://evil.test/%0aalert(1)',
    ])
      expect(() => cleanWeb(web), web).toThrow(/^Webbadress: skriv en hel adress som börjar med https:\/\//);
  });
});

describe('opening hours', () => {
  it('puts periods in order, Monday first, and refuses bad times, a close before the opening and overlaps', () => {
    expect(
      cleanOpeningHours([
        { day: 'TUESDAY', opens: '08:00', closes: '12:00' },
        { day: 'MONDAY', opens: '13:00', closes: '16:30' },
        { day: 'MONDAY', opens: '08:00', closes: '12:00' },
      ]).map((p) => `${p.day} ${p.opens}`),
    ).toEqual(['MONDAY 08:00', 'MONDAY 13:00', 'TUESDAY 08:00']);
    expect(() => cleanOpeningHours([{ day: 'MONDAY', opens: '8', closes: '16:00' }])).toThrow(/^Öppettider måndag: skriv tider som 08:00/);
    expect(() => cleanOpeningHours([{ day: 'MONDAY', opens: '24:30', closes: '24:40' }])).toThrow(/skriv tider/);
    expect(() => cleanOpeningHours([{ day: 'FRIDAY', opens: '16:00', closes: '08:00' }])).toThrow(/^Öppettider fredag: stänger 08:00 är inte efter öppnar 16:00/);
    expect(() =>
      cleanOpeningHours([
        { day: 'MONDAY', opens: '08:00', closes: '12:00' },
        { day: 'MONDAY', opens: '11:00', closes: '16:00' },
      ]),
    ).toThrow(/^Öppettider måndag: 08:00–12:00 och 11:00–16:00 går in i varandra/);
    expect(() => cleanOpeningHours(['08', '10', '12', '14'].map((h) => ({ day: 'MONDAY' as const, opens: `${h}:00`, closes: `${h}:30` })))).toThrow(/högst 3 tider om dagen/);
  });

  it('is open from the opening up to the closing minute, on its weekday in Swedish time', () => {
    const hours = cleanOpeningHours([
      { day: 'MONDAY', opens: '08:00', closes: '12:00' },
      { day: 'MONDAY', opens: '13:00', closes: '16:30' },
    ]);
    expect(isOpenAt(hours, monday('08:00'))).toBe(true);
    expect(isOpenAt(hours, monday('11:59'))).toBe(true);
    expect(isOpenAt(hours, monday('12:00'))).toBe(false);
    expect(isOpenAt(hours, monday('12:30'))).toBe(false);
    expect(isOpenAt(hours, monday('16:29'))).toBe(true);
    expect(isOpenAt(hours, monday('07:59'))).toBe(false);
    expect(isOpenAt(hours, at('2026-11-24T09:00:00'))).toBe(false);
    // 07:30 UTC on a Monday in winter is 08:30 in Sweden; in summer time 09:30.
    expect(isOpenAt(hours, new Date('2026-11-23T07:30:00Z'))).toBe(true);
    expect(isOpenAt(hours, new Date('2026-06-01T06:30:00Z'))).toBe(true);
    expect(isOpenAt(hours, new Date('2026-06-01T10:30:00Z'))).toBe(false);
    // Open round the clock: 24:00 is the day's end.
    expect(isOpenAt(cleanOpeningHours([{ day: 'MONDAY', opens: '00:00', closes: '24:00' }]), monday('23:59'))).toBe(true);
  });
});

describe('a service as the catalogue keeper writes it', () => {
  it('is trimmed and checked field by field', () => {
    const entry = cleanEntry({ ...input, name: '  Familjebehandlingen ', municipalities: ['Exempelkommun', 'Exempelkommun'], openingNote: ' ' });
    expect(entry).toMatchObject({ name: 'Familjebehandlingen', municipalities: ['Exempelkommun'], openingNote: null, email: null, agency: null });
  });

  it('needs a way to reach it, and refuses too long a text with its limit', () => {
    expect(() => cleanEntry({ ...input, phone: null })).toThrow(/^Kontaktvägar: ange minst en av telefon, e-post, webbadress och besöksadress/);
    expect(() => cleanEntry({ ...input, offers: 'x'.repeat(2001) })).toThrow(/^Vad verksamheten erbjuder: högst 2\s000 tecken \(du angav 2\s001\)/);
    expect(() => cleanEntry({ ...input, name: ' ' })).toThrow(/^Namn: får inte vara tomt/);
    expect(() => cleanEntry({ ...input, name: 'a\u0000b' })).toThrow(/^Namn: Kontrolltecken/);
  });
});

describe('searching the catalogue', () => {
  const row = (entry: Partial<SupportServiceInput>): SupportServiceRow => ({
    ...cleanEntry({ ...input, ...entry }),
    id: 'x',
    reviewedOn: '2026-11-01',
    reviewedBy: 'stodkatalog1',
    reviewedByName: 'Stödkatalogen',
    retiredAt: null,
    version: 1,
  });
  const family = row({});
  const regional = row({
    name: 'BUP – barn- och ungdomspsykiatrin',
    organisation: 'Region Exempel',
    municipalities: [],
    offers: 'Utredning',
    forWhom: 'Barn',
    openingHours: [{ day: 'TUESDAY', opens: '08:00', closes: '16:00' }],
  });
  const found = (search: Parameters<typeof parseCatalogueSearch>[0], when = monday('09:00')) =>
    [family, regional].filter((s) => answersSearch(parseCatalogueSearch(search), s, when)).map((s) => s.name);

  it('finds every word in any case, Swedish letters as written, in the name, the offer, who it is for or the organisation', () => {
    expect(found({ text: 'bup' })).toEqual([regional.name]);
    expect(found({ text: 'SAMTAL familjer' })).toEqual([family.name]);
    expect(found({ text: 'region' })).toEqual([regional.name]);
    expect(found({ text: 'barn' })).toEqual([family.name, regional.name]);
    expect(found({ text: 'barn psykiatri' })).toEqual([regional.name]);
    expect(found({ text: 'familjer psykiatri' })).toEqual([]);
    expect(found({ text: '  ' })).toEqual([family.name, regional.name]);
    expect(found(null)).toEqual([family.name, regional.name]);
  });

  it('narrows to a municipality, keeping the services of every municipality, and to those open now', () => {
    expect(found({ municipality: 'Exempelkommun' })).toEqual([family.name, regional.name]);
    expect(found({ municipality: 'Grannkommun' })).toEqual([regional.name]);
    expect(found({ openNow: true })).toEqual([family.name]);
    expect(found({ openNow: true }, monday('13:00'))).toEqual([]);
  });

  it('refuses too long a text', () => {
    expect(() => parseCatalogueSearch({ text: 'x'.repeat(101) })).toThrow(/^Sökord: högst 100 tecken/);
  });
});

describe('the seeded catalogue', () => {
  const population = generatePopulation({ seed: 7, families: 40, today: '2026-11-23' });
  const catalogue = seededCatalogue(population);
  const municipalities = [...new Set(population.teams.map((t) => t.municipality))];

  it('has each kind of service for every seeded municipality, and the region’s for all of them', () => {
    for (const m of municipalities) {
      const own = catalogue.filter((s) => s.municipalities.length === 0 || s.municipalities.includes(m)).map((s) => s.name);
      for (const kind of [/^Elevhälsan/, /^Socialtjänstens mottagning/, /^Familjebehandling/, /^Fritidsgården/, /^BUP/, /habiliteringen$/, /^Ungdomsmottagningen/, /^1177/, /^Föräldragruppen/])
        expect(
          own.some((n) => kind.test(n)),
          `${m}: ${kind}`,
        ).toBe(true);
    }
  });

  it('uses only the example telephone series and addresses under .test, each number once', () => {
    const phones = catalogue.map((s) => s.phone);
    expect(phones.every((p) => /^08-465 004 \d\d$/.test(p ?? ''))).toBe(true);
    expect(new Set(phones).size).toBe(phones.length);
    for (const s of catalogue) {
      if (s.web) expect(new URL(s.web).hostname).toMatch(/\.test$/);
      if (s.email) expect(s.email).toMatch(/\.test$/);
    }
  });
});
