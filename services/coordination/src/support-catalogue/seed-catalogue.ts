import { type Agency, agencies, agencyManifest, type Queryable } from '@lotsen/kit';
import { DateTime } from 'luxon';
import { insertService, type SupportServiceEntry } from './catalogue-store.js';
import { cleanEntry, type SupportServiceInput } from './entry-input.js';
import type { OpeningPeriod, Weekday } from './opening-hours.js';

/**
 * A synthetic local support catalogue for the seeded municipalities and their region
 * (docs/support-catalogue.md, "The seeded catalogue"): every service, address and person here is
 * made up. The telephone numbers are example numbers from the series 08-465 004 00 to 99, and the
 * web and e-mail addresses are under .test, a top-level name reserved (RFC 2606) never to be anyone's.
 */

/** What the seed needs of the population: its day, the municipalities its teams serve and the region. */
export interface CatalogueSeedSource {
  today: string;
  teams: readonly { municipality: string; municipalities?: readonly string[] }[];
  regions?: readonly { name: string; municipalities: readonly string[] }[];
}

/** The region when the population names none. */
const defaultRegion = 'Region Exempel';
export const catalogueKeeper = 'stodkatalog1';

/** An agency by its Swedish name in the manifest, so that the catalogue's text reads as the manifest does. */
function agencyNamed(name: string): Agency {
  const agency = agencies.find((a) => agencyManifest[a].name === name);
  if (!agency) throw new Error(`no agency named ${name} in the manifest`);
  return agency;
}

const weekdaysOnly: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
const hours = (days: readonly Weekday[], opens: string, closes: string): OpeningPeriod[] => days.map((day) => ({ day, opens, closes }));
const everyDay: Weekday[] = [...weekdaysOnly, 'SATURDAY', 'SUNDAY'];

/** A name as it goes into a made-up address: exempelkommun, sjokommun. */
const slug = (name: string) =>
  name
    .toLocaleLowerCase('sv')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

type Draft = Omit<SupportServiceInput, 'phone'>;

/** A municipality's own services. */
function municipalServices(m: string): Draft[] {
  const web = (path: string) => `https://www.${slug(m)}.test/${path}`;
  const mail = (box: string) => `${box}@${slug(m)}.test`;
  return [
    {
      organisation: m,
      municipalities: [m],
      agency: agencyNamed('Skola och elevhälsa'),
      name: `Elevhälsan i ${m}`,
      offers: 'Skolsköterska, kurator, skolpsykolog och specialpedagog för elever i förskoleklass, grundskola och gymnasium. Ni kan be om ett samtal om ert barns hälsa, mående eller skolsituation.',
      forWhom: 'Elever 6–19 år i kommunens skolor och deras vårdnadshavare',
      email: mail('elevhalsan'),
      web: web('elevhalsa'),
      visitingAddress: `Skolgatan 4, ${m}`,
      openingHours: hours(weekdaysOnly, '08:00', '16:00'),
      openingNote: 'Stängt under skolans lov. Kontakta i första hand elevhälsan på ditt barns skola.',
    },
    {
      organisation: m,
      municipalities: [m],
      agency: agencyNamed('Socialtjänsten'),
      name: `Socialtjänstens mottagning för barn och unga, ${m}`,
      offers: 'Hit vänder ni er för att ansöka om stöd eller berätta om en oro för ett barn. Ni får prata med en socialsekreterare om vilket stöd som finns.',
      forWhom: 'Barn och unga 0–20 år och deras familjer',
      email: mail('barnochunga'),
      web: web('barn-och-unga'),
      visitingAddress: `Stadshuset, Torget 1, ${m}`,
      openingHours: [...hours(weekdaysOnly, '08:00', '12:00'), ...hours(weekdaysOnly, '13:00', '16:30')],
      openingNote: 'Vid akut oro efter kontorstid: ring socialjouren via 112.',
    },
    {
      organisation: m,
      municipalities: [m],
      agency: agencyNamed('Socialtjänsten'),
      name: `Familjebehandling och öppenvård, ${m}`,
      offers: 'Samtal och stöd för familjer: familjebehandling, föräldrastöd i grupp och enskilt, stöd till barn och unga. Ni kan ta kontakt själva utan ansökan för rådgivning.',
      forWhom: 'Familjer med barn 0–18 år',
      email: mail('familjebehandling'),
      web: web('familjebehandling'),
      visitingAddress: `Familjens hus, Parkvägen 12, ${m}`,
      openingHours: [...hours(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'], '08:00', '17:00'), { day: 'FRIDAY', opens: '08:00', closes: '15:00' }],
      openingNote: 'Föräldrar kan komma utan tidsbokning tisdagar 15–17.',
    },
    {
      organisation: m,
      municipalities: [m],
      agency: null,
      name: `Fritidsgården Kompassen, ${m}`,
      offers: 'Fritidsgård med anpassad verksamhet: spel, musik, matlagning och utflykter. Personal med erfarenhet av barn med funktionsnedsättning finns på plats.',
      forWhom: 'Barn och unga 10–18 år, även med funktionsnedsättning',
      email: mail('kompassen'),
      web: web('fritid'),
      visitingAddress: `Idrottsvägen 3, ${m}`,
      openingHours: [...hours(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'], '15:00', '21:00'), { day: 'FRIDAY', opens: '15:00', closes: '23:00' }],
      openingNote: 'Anpassad kväll med mindre grupper onsdagar 17–19.',
    },
  ];
}

/** The region's services, for each of its municipalities. */
function regionalServices(region: string, served: readonly string[]): Draft[] {
  const web = (path: string) => `https://www.${slug(region)}.test/${path}`;
  const mail = (box: string) => `${box}@${slug(region)}.test`;
  const health = agencyNamed('Hälso- och sjukvården');
  return [
    {
      organisation: region,
      municipalities: [...served],
      agency: health,
      name: 'BUP – barn- och ungdomspsykiatrin',
      offers:
        'Utredning och behandling för barn och unga med psykisk ohälsa, till exempel ångest, depression eller misstänkt adhd eller autism. Ni behöver oftast en remiss, men kan också ringa och fråga.',
      forWhom: 'Barn och unga 0–17 år och deras vårdnadshavare',
      email: mail('bup'),
      web: web('bup'),
      visitingAddress: `Lasarettsvägen 10, ${served[0] ?? region}`,
      openingHours: hours(weekdaysOnly, '08:00', '16:30'),
      openingNote: 'Telefontid vardagar 08:00–09:30.',
    },
    {
      organisation: region,
      municipalities: [...served],
      agency: health,
      name: 'Barn- och ungdomshabiliteringen',
      offers: 'Stöd och behandling för barn med varaktig funktionsnedsättning: arbetsterapeut, fysioterapeut, logoped, psykolog och kurator. Föräldrautbildningar och anhöriggrupper.',
      forWhom: 'Barn och unga 0–20 år med funktionsnedsättning och deras familjer',
      email: mail('habiliteringen'),
      web: web('habilitering'),
      visitingAddress: `Lasarettsvägen 14, ${served[0] ?? region}`,
      openingHours: hours(weekdaysOnly, '08:00', '16:00'),
      openingNote: null,
    },
    {
      organisation: region,
      municipalities: [...served],
      agency: health,
      name: 'Ungdomsmottagningen',
      offers: 'Samtal om relationer, sex, kropp och mående. Barnmorska, kurator och psykolog. Gratis och du kan vara anonym.',
      forWhom: 'Unga 13–22 år',
      email: mail('umo'),
      web: web('ungdomsmottagningen'),
      visitingAddress: `Storgatan 21, ${served[0] ?? region}`,
      openingHours: [
        { day: 'MONDAY', opens: '13:00', closes: '18:00' },
        { day: 'TUESDAY', opens: '15:00', closes: '17:00' },
        { day: 'WEDNESDAY', opens: '13:00', closes: '16:00' },
        { day: 'THURSDAY', opens: '08:00', closes: '12:00' },
      ],
      openingNote: 'Utan tidsbokning tisdagar 15–17, övriga tider bokade besök.',
    },
    {
      organisation: region,
      municipalities: [],
      agency: null,
      name: '1177 Vårdguiden',
      offers: 'Sjukvårdsrådgivning dygnet runt: en sjuksköterska hjälper er att bedöma vart ni ska vända er. Information om vård och hälsa, och e-tjänster för att kontakta er vårdcentral.',
      forWhom: 'Alla, barn och vuxna',
      email: null,
      web: 'https://www.1177.test/',
      visitingAddress: null,
      openingHours: hours(everyDay, '00:00', '24:00'),
      openingNote: 'Vid livshotande tillstånd: ring 112.',
    },
    {
      organisation: 'Föreningen Föräldranätverket',
      municipalities: [...served],
      agency: null,
      name: 'Föräldragruppen – stöd för föräldrar till barn med npf',
      offers: 'Föreningsdriven stödgrupp där föräldrar träffas, delar erfarenheter och tips om stöd och rättigheter. Ledd av föräldrar med egen erfarenhet. Ingen anmälan behövs.',
      forWhom: 'Föräldrar och andra anhöriga till barn med adhd, autism eller liknande',
      email: 'foraldragruppen@foraldranatverket.test',
      web: 'https://www.foraldranatverket.test/',
      visitingAddress: `Föreningarnas hus, Kyrkogatan 7, ${served[0] ?? region}`,
      openingHours: [{ day: 'MONDAY', opens: '18:30', closes: '20:30' }],
      openingNote: 'Träffar måndagar jämna veckor. Telefonen bemannas av frivilliga, lämna gärna meddelande.',
    },
  ];
}

/** The catalogue as seeded: every municipality's services, then the region's; each reviewed within the last weeks by the keeper. */
export function seededCatalogue(source: CatalogueSeedSource): SupportServiceEntry[] {
  const region = source.regions?.[0];
  const municipalities = [...new Set([...(region?.municipalities ?? []), ...source.teams.flatMap((t) => t.municipalities ?? [t.municipality])])];
  const drafts = [...municipalities.flatMap(municipalServices), ...regionalServices(region?.name ?? defaultRegion, region?.municipalities ?? [])];
  if (drafts.length > 100) throw new Error('the example series has 100 numbers');
  return drafts.map((d, i) => cleanEntry({ ...d, phone: `08-465 004 ${String(i).padStart(2, '0')}` }));
}

/** Writes the seeded catalogue with its first version in the history (run inside the seed's transaction). */
export async function seedSupportCatalogue(tx: Queryable, source: CatalogueSeedSource): Promise<void> {
  const today = DateTime.fromISO(source.today, { zone: 'Europe/Stockholm' });
  const entries = seededCatalogue(source);
  for (const [i, entry] of entries.entries()) {
    const reviewed = today.minus({ days: 7 + ((i * 11) % 60) });
    const id = uuidOf(i);
    await insertService(tx, id, entry, { by: catalogueKeeper, at: reviewed.set({ hour: 9 }).toUTC().toISO() as string, today: reviewed.toISODate() as string });
  }
}

/** The seeded services' ids: fixed, so that a test or a bookmark names the same service each time. */
const uuidOf = (i: number) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
