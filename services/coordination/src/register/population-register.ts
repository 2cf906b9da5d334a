import type { Personpost } from '@lotsen/agency-systems';
import { birthDateOf, createHttpClient, isCoordinationNumber } from '@lotsen/kit';

/** A relation in the register with its dates: `V` a vårdnadshavare of the person, `B` a child. */
export interface RegisterRelation {
  type: 'V' | 'B';
  personnummer: string;
  givenName: string;
  familyName: string;
  from: string;
  until: string | null;
}

/** What Lotsen reads of a person in folkbokföringen. */
export interface RegisterPerson {
  personnummer: string;
  coordinationNumber: boolean;
  givenName: string;
  familyName: string;
  birthDate: string;
  /** Skyddade personuppgifter: sekretessmarkering or skyddad folkbokföring. */
  protectedIdentity: boolean;
  /** The address of registration; never kept for a protected person, whatever the register sent. */
  address: { street: string; postalCode: string; city: string } | null;
  relations: RegisterRelation[];
}

/** The population register as Lotsen asks it: many persons in one lookup. */
export interface PopulationRegister {
  /** The persons found, by personnummer; someone the register does not know is simply absent. */
  lookup(personnummer: readonly string[]): Promise<Map<string, RegisterPerson>>;
  /** Whether the register answers (for /health). */
  ready(): Promise<boolean>;
  /** What is worth telling on /health beyond `ready` (e.g. whether a local copy is current). */
  state?(): Record<string, boolean>;
  close?(): Promise<void>;
}

/** A lookup's answer with the register's change sequence number it is current at (null if the register gave none). */
export interface RegisterReading {
  sequence: number | null;
  persons: Map<string, RegisterPerson>;
}

/** The relations of `type` that hold on `today`, in the register's order. */
export function relationsOn(person: RegisterPerson | undefined, type: RegisterRelation['type'], today: string): RegisterRelation[] {
  if (!person) return [];
  return person.relations.filter((r) => r.type === type && r.from <= today && (r.until === null || r.until >= today));
}

/** Those holding a relation of `type` on `today`, in the register's order. */
export const related = (person: RegisterPerson | undefined, type: RegisterRelation['type'], today: string) => relationsOn(person, type, today).map((r) => r.personnummer);

/** The guardians with custody (vårdnadshavare) of a child on `today`. */
export const custodiansOf = (child: RegisterPerson | undefined, today: string) => related(child, 'V', today);

/** The same, each with the day their present custody began (what a consent's decisions are held against). */
export const custodyOn = (child: RegisterPerson | undefined, today: string) => relationsOn(child, 'V', today).map((r) => ({ personnummer: r.personnummer, since: r.from }));

const perLookup = 1000;

/**
 * The register over its REST interface (Navet's personpost fields; docs/agency-systems.md).
 * Any failure throws: the caller decides nothing on custody it could not read.
 */
export function populationRegisterClient(baseUrl: string, timeoutMs = 2000): PopulationRegister & { read(personnummer: readonly string[]): Promise<RegisterReading> } {
  const http = createHttpClient(baseUrl, timeoutMs);
  const read = async (personnummer: readonly string[]): Promise<RegisterReading> => {
    const persons = new Map<string, RegisterPerson>();
    let sequence: number | null = Number.POSITIVE_INFINITY;
    const unique = [...new Set(personnummer)];
    for (let i = 0; i < unique.length; i += perLookup) {
      const { data } = await http.post<{ personposter: Personpost[]; sekvensnummer?: number }>('/navet/v1/personposter/sok', { personNr: unique.slice(i, i + perLookup) });
      if (!Array.isArray(data?.personposter)) throw new Error('the population register answered without personposter');
      for (const post of data.personposter) persons.set(post.personId.personNr, fromPersonpost(post));
      // Several batches are current at the oldest of their numbers.
      sequence = typeof data.sekvensnummer === 'number' && sequence !== null ? Math.min(sequence, data.sekvensnummer) : null;
    }
    return { sequence: sequence === Number.POSITIVE_INFINITY ? null : sequence, persons };
  };
  return {
    read,
    lookup: async (personnummer) => (await read(personnummer)).persons,
    ready: () =>
      http.get('/ready').then(
        () => true,
        () => false,
      ),
  };
}

export function fromPersonpost(post: Personpost): RegisterPerson {
  const protectedIdentity = post.sekretessmarkering === 'J' || post.skyddadFolkbokforing === 'J';
  const a = post.folkbokforingsadress;
  return {
    personnummer: post.personId.personNr,
    coordinationNumber: isCoordinationNumber(post.personId.personNr),
    givenName: post.namn.tilltalsnamn || post.namn.fornamn,
    familyName: post.namn.efternamn,
    birthDate: post.fodelsedatum ?? birthDateOf(post.personId.personNr),
    protectedIdentity,
    address: protectedIdentity || !a ? null : { street: a.utdelningsadress2, postalCode: a.postNr, city: a.postort },
    relations: post.relationer.map((r) => ({ type: r.relationstyp, personnummer: r.personNr, givenName: r.fornamn, familyName: r.efternamn, from: r.startdatum, until: r.slutdatum })),
  };
}
