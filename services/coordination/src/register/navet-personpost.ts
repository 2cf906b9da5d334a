import { addDays, birthDateOf, isCoordinationNumber, maskPersonnummer } from '@lotsen/kit';
import { z } from 'zod';
import type { RegisterPerson, RegisterRelation } from './population-register.js';

/*
 * The population register's contract as coordination reads it: Skatteverket's Navet
 * Folkbokforingspost, its XML elements as JSON keys (docs/agency-systems.md, "Population
 * register"). Only what coordination uses is read; Navet's other elements are let through
 * unread. A post that breaks the contract fails the whole answer with the path of what is wrong:
 * nothing is decided on custody read from it. test/register-contract.test.ts holds this reader to
 * an answer recorded from the simulator.
 */

const personNr = z.string().regex(/^\d{12}$/, 'PersonNr: ÅÅÅÅMMDDNNNN');
const jaNej = z.enum(['J', 'N']);
/** ÅÅÅÅMMDD; Navet also allows an incomplete date (ÅÅÅÅ or ÅÅÅÅMM) on a relation. */
const navetDate = z.string().regex(/^\d{4}(?:\d{2}){0,2}$/, 'ÅÅÅÅMMDD');

const namn = z.object({
  /** Which first name is used: the position of the first, then of a second joined to it (0 none). */
  Tilltalsnamnsmarkering: z
    .string()
    .regex(/^[1-9]\d$/)
    .optional(),
  Fornamn: z.string(),
  Mellannamn: z.string().optional(),
  Efternamn: z.string(),
});

const relation = z.object({
  /** PersonNr, or for someone never registered FodelsetidNr (ÅÅÅÅMMDD0000): one of them. */
  RelationId: z.union([z.object({ PersonNr: personNr }), z.object({ FodelsetidNr: z.string().regex(/^\d{12}$/) })]),
  /** B barn, MO moder, FA fader, F förälder, V vårdnadshavare, VF vårdnadshavare för, M make/maka, P partner. */
  Relationstyp: z.enum(['B', 'MO', 'FA', 'F', 'V', 'VF', 'M', 'P']),
  RelationFromdatum: navetDate.optional(),
  RelationTomdatum: navetDate.optional(),
  Namn: namn.partial().optional(),
});

const folkbokforingsadress = z.object({
  CareOf: z.string().optional(),
  Utdelningsadress1: z.string().optional(),
  Utdelningsadress2: z.string().optional(),
  PostNr: z.string().optional(),
  Postort: z.string().optional(),
});

export const folkbokforingspost = z.object({
  Sekretessmarkering: jaNej,
  /** Absent in Navet's schemas before skyddad folkbokföring replaced kvarskrivning (2019). */
  SkyddadFolkbokforing: jaNej.optional(),
  Personpost: z.object({
    PersonId: z.object({ PersonNr: personNr }),
    Namn: namn,
    Adresser: z.object({ Folkbokforingsadress: folkbokforingsadress.optional() }).optional(),
    Relationer: z.object({ Relation: z.array(relation) }).optional(),
  }),
});

export type Folkbokforingspost = z.infer<typeof folkbokforingspost>;

/** The register's answer to a lookup: the posts found, the number of the last change notice it reflects. */
export const lookupAnswer = z.object({ sekvensnummer: z.number().int().optional(), folkbokforingsposter: z.array(folkbokforingspost) });

/** The register's answer to a poll for change notices (aviseringar). */
export const noticesAnswer = z.object({
  sekvensnummer: z.number().int(),
  aviseringar: z.array(z.object({ sekvensnummer: z.number().int(), folkbokforingspost })),
});

/** Parses an answer by its schema; a breach of the contract throws with where and what. */
export function parseAnswer<T>(schema: z.ZodType<T>, data: unknown, what: string): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`the population register's ${what} breaks the contract: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The relations coordination reads, custody's; the others (children and parents as such, spouses) are left out. */
const kept = new Set<string>(['V', 'VF'] satisfies RegisterRelation['type'][]);

/** What coordination reads of one post (docs/agency-systems.md has the mapping). */
export function fromFolkbokforingspost(post: Folkbokforingspost): RegisterPerson {
  const p = post.Personpost;
  const self = p.PersonId.PersonNr;
  const protectedIdentity = post.Sekretessmarkering === 'J' || post.SkyddadFolkbokforing === 'J';
  const a = p.Adresser?.Folkbokforingsadress;
  const street = a?.Utdelningsadress2 ?? a?.Utdelningsadress1;
  return {
    personnummer: self,
    coordinationNumber: isCoordinationNumber(self),
    givenName: tilltalsnamn(p.Namn),
    familyName: p.Namn.Efternamn,
    birthDate: birthDateOf(self),
    protectedIdentity,
    address: protectedIdentity || !street || !a?.PostNr || !a.Postort ? null : { street, postalCode: postalCode(a.PostNr), city: a.Postort },
    relations: (p.Relationer?.Relation ?? []).flatMap((r) => {
      if (!kept.has(r.Relationstyp)) return [];
      const type = r.Relationstyp as RegisterRelation['type'];
      const related = 'PersonNr' in r.RelationId ? r.RelationId.PersonNr : r.RelationId.FodelsetidNr;
      // A relation without a start date holds from the child's birth: the child is this person
      // on a V relation, the related one on VF.
      const from = isoDate(r.RelationFromdatum ?? birthDateOf(type === 'V' ? self : related).replaceAll('-', ''), self);
      return [
        {
          type,
          // Someone never registered is named by their birth time: it matches no consent party, so
          // what needs their decision stays pending.
          personnummer: related,
          givenName: r.Namn?.Fornamn ? tilltalsnamn({ Fornamn: r.Namn.Fornamn, Tilltalsnamnsmarkering: r.Namn.Tilltalsnamnsmarkering }) : '',
          familyName: r.Namn?.Efternamn ?? '',
          from,
          until: r.RelationTomdatum ? isoDate(r.RelationTomdatum, self) : null,
        },
      ];
    }),
  };
}

/**
 * A relation's day as ISO. An incomplete date (year, or year and month) is refused rather than
 * guessed: which day custody began or ended decides whose decisions count.
 */
function isoDate(date: string, personNr: string): string {
  const iso = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
  try {
    if (date.length !== 8) throw new RangeError();
    return addDays(iso, 0);
  } catch {
    throw new Error(`the population register gave a relation of ${maskPersonnummer(personNr)} the date ${date}, which is no whole day: custody cannot be read`);
  }
}

/** The first name in use: by Tilltalsnamnsmarkering (hyphenated parts count as names), else all first names. */
export function tilltalsnamn(namn: { Fornamn: string; Tilltalsnamnsmarkering?: string | undefined }): string {
  const names = namn.Fornamn.split(/[\s-]+/).filter(Boolean);
  const [first, second] = (namn.Tilltalsnamnsmarkering ?? '').split('').map(Number);
  const used = [first, second].filter((n): n is number => n !== undefined && n > 0).map((n) => names[n - 1]);
  return used.length > 0 && used.every(Boolean) ? used.join('-') : namn.Fornamn;
}

/** Navet's five digits as a Swedish address writes them (123 45). */
const postalCode = (postNr: string) => (/^\d{5}$/.test(postNr) ? `${postNr.slice(0, 3)} ${postNr.slice(3)}` : postNr);
