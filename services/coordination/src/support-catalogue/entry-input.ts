import type { Agency } from '@lotsen/kit';
import { badInput } from '../graphql/errors.js';
import { cleanText, optionalText, type TextField } from '../graphql/text.js';
import type { SupportServiceEntry } from './catalogue-store.js';
import { cleanEmail, cleanPhone, cleanWeb } from './contact-routes.js';
import { cleanOpeningHours, type OpeningPeriod } from './opening-hours.js';

/** The catalogue's free-text fields with their limits (stated in the schema too), named as the keeper's form names them. */
export const catalogueFields = {
  organisation: { sv: 'Organisation', en: 'organisation', max: 200 },
  municipality: { sv: 'Kommun', en: 'municipality', max: 100 },
  name: { sv: 'Namn', en: 'name', max: 200 },
  offers: { sv: 'Vad verksamheten erbjuder', en: 'offers', max: 2000 },
  forWhom: { sv: 'Vem stödet är till för', en: 'forWhom', max: 500 },
  visitingAddress: { sv: 'Besöksadress', en: 'visitingAddress', max: 300 },
  openingNote: { sv: 'Om öppettiderna', en: 'openingNote', max: 500 },
  about: { sv: 'Vad ni kan kontakta dem om', en: 'about', max: 500 },
  personName: { sv: 'Kontaktpersonens namn', en: 'person name', max: 200 },
  personRole: { sv: 'Kontaktpersonens roll', en: 'person role', max: 200 },
  personOrganisation: { sv: 'Kontaktpersonens verksamhet', en: 'person organisation', max: 200 },
} as const satisfies Record<string, TextField>;

/** Municipalities one service may name: a service shared by a few; more is one for every municipality (none named). */
const maxMunicipalities = 20;

export interface SupportServiceInput {
  organisation: string;
  municipalities: readonly string[];
  agency?: Agency | null;
  name: string;
  offers: string;
  forWhom: string;
  phone?: string | null;
  email?: string | null;
  web?: string | null;
  visitingAddress?: string | null;
  openingHours: readonly OpeningPeriod[];
  openingNote?: string | null;
}

/** A service as the keeper wrote it, every field checked; a clear error names the first field that is wrong. */
export function cleanEntry(input: SupportServiceInput): SupportServiceEntry {
  if (input.municipalities.length > maxMunicipalities)
    throw badInput(
      `Kommuner: högst ${maxMunicipalities} (du angav ${input.municipalities.length}); välj ingen för en verksamhet som finns för alla kommuner / at most ${maxMunicipalities} municipalities`,
    );
  const municipalities = [...new Set(input.municipalities.map((m) => cleanText(m, catalogueFields.municipality)))];
  const entry: SupportServiceEntry = {
    organisation: cleanText(input.organisation, catalogueFields.organisation),
    municipalities,
    agency: input.agency ?? null,
    name: cleanText(input.name, catalogueFields.name),
    offers: cleanText(input.offers, catalogueFields.offers),
    forWhom: cleanText(input.forWhom, catalogueFields.forWhom),
    phone: cleanPhone(input.phone),
    email: cleanEmail(input.email),
    web: cleanWeb(input.web),
    visitingAddress: optionalText(input.visitingAddress, catalogueFields.visitingAddress),
    openingHours: cleanOpeningHours(input.openingHours),
    openingNote: optionalText(input.openingNote, catalogueFields.openingNote),
  };
  if (!entry.phone && !entry.email && !entry.web && !entry.visitingAddress) throw badInput('Kontaktvägar: ange minst en av telefon, e-post, webbadress och besöksadress / at least one contact route');
  return entry;
}
