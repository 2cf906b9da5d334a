import { createHttpClient } from '@lotsen/kit';
import { fromFolkbokforingspost, lookupAnswer, parseAnswer } from './navet-personpost.js';

/**
 * A custody relation in the register with its dates (ISO; `until` null while it holds): `V` a
 * vårdnadshavare of the person, `VF` a child the person is vårdnadshavare för.
 */
export interface RegisterRelation {
  type: 'V' | 'VF';
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
 * The register over its REST interface (Navet's Folkbokforingspost, read by navet-personpost.ts;
 * docs/agency-systems.md). Any failure throws, an answer that breaks the contract too: the caller
 * decides nothing on custody it could not read.
 */
export function populationRegisterClient(baseUrl: string, timeoutMs = 2000): PopulationRegister & { read(personnummer: readonly string[]): Promise<RegisterReading> } {
  const http = createHttpClient(baseUrl, timeoutMs);
  const read = async (personnummer: readonly string[]): Promise<RegisterReading> => {
    const persons = new Map<string, RegisterPerson>();
    let sequence: number | null = Number.POSITIVE_INFINITY;
    const unique = [...new Set(personnummer)];
    for (let i = 0; i < unique.length; i += perLookup) {
      const { data: answer } = await http.post<unknown>('/navet/v1/personposter/sok', { personNr: unique.slice(i, i + perLookup) });
      const data = parseAnswer(lookupAnswer, answer, 'lookup');
      for (const post of data.folkbokforingsposter) persons.set(post.Personpost.PersonId.PersonNr, fromFolkbokforingspost(post));
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
