import { isCoordinationNumber } from '@lotsen/kit';
import { stableShare } from '../population/stable-share.js';
import type { Household, Person } from '../population/types.js';

/**
 * A relation on a personpost: `V` names a vårdnadshavare (on the child's post), `B` a barn (on the
 * parent's), with the related person's name, as the register's relation records carry it.
 */
export interface Relation {
  relationstyp: 'V' | 'B';
  personNr: string;
  fornamn: string;
  efternamn: string;
  startdatum: string;
  /** The day the relation ended, null while it holds. */
  slutdatum: string | null;
}

/** The register's answer for one person, with the field names of Navet's personpost. */
export interface Personpost {
  personId: { personNr: string; typ: 'PERSONNUMMER' | 'SAMORDNINGSNUMMER' };
  namn: { fornamn: string; tilltalsnamn: string; efternamn: string };
  fodelsedatum: string | null;
  kon: 'K' | 'M';
  /** J when the person's data are marked confidential (sekretessmarkering). */
  sekretessmarkering: 'J' | 'N';
  /** J under skyddad folkbokföring: registered at another municipality's address. */
  skyddadFolkbokforing: 'J' | 'N';
  /** Absent (null) for a protected person: the register never gives their address out. */
  folkbokforingsadress: { utdelningsadress2: string; postNr: string; postort: string } | null;
  relationer: Relation[];
}

const streets = ['Storgatan', 'Skolvägen', 'Björkallén', 'Kyrkogatan', 'Ängsvägen', 'Industrigatan', 'Parkvägen', 'Åsvägen'];

/** The register's facts of a family member: the family's address, or none for a protected family. */
export function registerFacts(seed: number, person: Person, family: Household): Personpost {
  const protectedFamily = family.protectedIdentity;
  const n = Math.floor(stableShare(seed, `address|${family.reference}`) * 1000);
  return {
    personId: { personNr: person.personnummer, typ: isCoordinationNumber(person.personnummer) ? 'SAMORDNINGSNUMMER' : 'PERSONNUMMER' },
    namn: { fornamn: person.givenName, tilltalsnamn: person.givenName, efternamn: person.familyName },
    fodelsedatum: person.birthDate,
    kon: person.sex === 'FEMALE' ? 'K' : 'M',
    sekretessmarkering: protectedFamily ? 'J' : 'N',
    skyddadFolkbokforing: 'N',
    folkbokforingsadress: protectedFamily
      ? null
      : { utdelningsadress2: `${streets[n % streets.length]} ${(n % 97) + 1}`, postNr: `${123 + (n % 7)} ${String(n % 100).padStart(2, '0')}`, postort: 'EXEMPELSTAD' },
    relationer: [],
  };
}
