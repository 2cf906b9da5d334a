import { stableShare } from '../population/stable-share.js';
import type { Household, Person } from '../population/types.js';

/**
 * The register's answer for one person in the structure of Skatteverket's Navet
 * (Folkbokforingspost → Personpost), its XML elements as JSON keys with their names and codes
 * (docs/agency-systems.md, "Population register"). Only what Lotsen reads is filled in; Navet's
 * other elements (civilstånd, födelse, invandring …) are left out, as a profile of Navet does.
 */
export interface Folkbokforingspost {
  /** `J` when the person's data are marked confidential (sekretessmarkering). */
  Sekretessmarkering: JaNej;
  /** `J` under skyddad folkbokföring: registered at another municipality's address. */
  SkyddadFolkbokforing: JaNej;
  Personpost: Personpost;
}

export type JaNej = 'J' | 'N';

export interface Personpost {
  /** A personnummer, or a samordningsnummer (day of birth + 60): Navet names both PersonNr. */
  PersonId: { PersonNr: string };
  Namn: Namn;
  /** No Folkbokforingsadress for a protected person: the register never gives their address out. */
  Adresser: { Folkbokforingsadress?: Folkbokforingsadress };
  Relationer: { Relation: Relation[] };
}

export interface Namn {
  /** Which of the first names is the one used (tilltalsnamn): position of the first, then of a second joined to it. */
  Tilltalsnamnsmarkering?: string;
  Fornamn: string;
  Efternamn: string;
}

export interface Folkbokforingsadress {
  Utdelningsadress2: string;
  /** Five digits, no space. */
  PostNr: string;
  Postort: string;
}

/**
 * A relation and its dates (ÅÅÅÅMMDD; RelationTomdatum absent while it holds): `V` on a child's
 * post names a vårdnadshavare, `VF` on an adult's post a child they have custody of
 * (vårdnadshavare för), `B` on a parent's post a child, custody or not.
 */
export interface Relation {
  RelationId: { PersonNr: string };
  Relationstyp: 'V' | 'VF' | 'B';
  RelationFromdatum: string;
  RelationTomdatum?: string;
  Namn: Namn;
}

const navetDates = new Map<string, string>();

/** Navet's dates are ÅÅÅÅMMDD (one string per day, however many relations begin on it). */
export function navetDate(iso: string): string {
  let date = navetDates.get(iso);
  if (date === undefined) {
    date = iso.replaceAll('-', '');
    navetDates.set(iso, date);
  }
  return date;
}

/** A person with one first name, which is the one used (`10`). */
export const namnOf = (fornamn: string, efternamn: string): Namn => ({ Tilltalsnamnsmarkering: '10', Fornamn: fornamn, Efternamn: efternamn });

/**
 * A relation from a day on, naming the related person as their own post does. The relation
 * shares that post's PersonId and Namn (never changed here) rather than copying them: at 100,000
 * families there are a million relations.
 */
export const relation = (Relationstyp: Relation['Relationstyp'], to: Personpost, from: string): Relation => ({
  RelationId: to.PersonId,
  Relationstyp,
  RelationFromdatum: navetDate(from),
  Namn: to.Namn,
});

/** A post with no relations yet and, unless given, no address. */
export function newPost(personNr: string, namn: Namn, protectedIdentity = false, address?: Folkbokforingsadress): Folkbokforingspost {
  return {
    Sekretessmarkering: protectedIdentity ? 'J' : 'N',
    SkyddadFolkbokforing: 'N',
    Personpost: { PersonId: { PersonNr: personNr }, Namn: namn, Adresser: address && !protectedIdentity ? { Folkbokforingsadress: address } : {}, Relationer: { Relation: [] } },
  };
}

const streets = ['Storgatan', 'Skolvägen', 'Björkallén', 'Kyrkogatan', 'Ängsvägen', 'Industrigatan', 'Parkvägen', 'Åsvägen'];

/** The register's facts of a family member: the family's address, or none for a protected family. */
export function registerFacts(seed: number, person: Person, family: Household): Folkbokforingspost {
  const n = Math.floor(stableShare(seed, `address|${family.reference}`) * 1000);
  const address = { Utdelningsadress2: `${streets[n % streets.length]} ${(n % 97) + 1}`, PostNr: `${123 + (n % 7)}${String(n % 100).padStart(2, '0')}`, Postort: 'EXEMPELSTAD' };
  return newPost(person.personnummer, namnOf(person.givenName, person.familyName), family.protectedIdentity, address);
}
