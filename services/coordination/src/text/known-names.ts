import type { Queryable } from '@lotsen/kit';
import { GraphQLError } from 'graphql';
import type { PopulationRegister } from '../register/population-register.js';
import type { KnownName } from './identifying-text.js';

/** A word as it may be stored in a name: as written, lower case, capitalised and upper case. */
function casings(word: string): string[] {
  const lower = word.toLocaleLowerCase('sv');
  return [word, lower, lower.charAt(0).toLocaleUpperCase('sv') + lower.slice(1), word.toLocaleUpperCase('sv')];
}

/** A word, and the word without a genitive s ("Gustafssons" names a Gustafsson). */
const withoutGenitive = (word: string): string[] => (word.length > 2 && /s$/iu.test(word) ? [word, word.slice(0, -1)] : [word]);

/**
 * The children coordination has ever held (every team's, open or closed) whose family name shares
 * a word with the text: only those can be in it, so the store is asked for them alone and not for
 * every name it holds. Compared by exact words in a few casings (a stored name split at spaces,
 * hyphens and apostrophes), not by the database's lower(), whose treatment of å, ä and ö depends
 * on its locale. The text is read as composed characters first: "Jo" and a combining diaeresis
 * is the ö of Jönsson.
 */
async function childrenNamedIn(db: Queryable, text: string): Promise<KnownName[]> {
  const words = [
    ...new Set(
      text
        .normalize('NFC')
        .split(/[^\p{L}]+/u)
        .filter(Boolean)
        .flatMap(withoutGenitive)
        .flatMap(casings),
    ),
  ];
  if (words.length === 0) return [];
  return db.query<KnownName>(
    `SELECT DISTINCT given_name AS "givenName", family_name AS "familyName" FROM persons
      WHERE regexp_split_to_array(family_name, '[ ''’.-]+') && $1::text[]`,
    [words],
  );
}

/**
 * The guardians with custody, per the population register, of the children of the team's
 * families (open or closed): the names coordination can read for the team. One lookup, of at most
 * a team's caseload; a register that does not answer refuses the write (nothing unchecked is stored).
 */
async function guardiansOfTeam(db: Queryable, register: PopulationRegister, teamId: string): Promise<KnownName[]> {
  const children = await db.query<{ personnummer: string }>('SELECT m.personnummer FROM family_members m JOIN families f ON f.id = m.family_id WHERE f.team_id = $1', [teamId]);
  if (children.length === 0) return [];
  let found: Awaited<ReturnType<PopulationRegister['lookup']>>;
  try {
    found = await register.lookup(children.map((c) => c.personnummer));
  } catch {
    throw new GraphQLError(
      'Folkbokföringen svarar inte, så texten kunde inte kontrolleras mot vårdnadshavarnas namn. Inget sparades. Försök igen om en stund. / the population register did not answer, so the text could not be checked; nothing was saved',
      { extensions: { code: 'UNAVAILABLE' } },
    );
  }
  return [...found.values()].flatMap((child) => child.relations.filter((r) => r.type === 'V').map((r) => ({ givenName: r.givenName, familyName: r.familyName })));
}

/** Every known full name a text written for the team (a consultation's, an obstacle's) may not hold (docs/consultations.md, "Which names"). */
export async function namesToRefuse(db: Queryable, register: PopulationRegister, teamId: string, text: string): Promise<KnownName[]> {
  const [children, guardians] = await Promise.all([childrenNamedIn(db, text), guardiansOfTeam(db, register, teamId)]);
  return [...children, ...guardians];
}
