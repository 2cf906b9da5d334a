import { birthDateOf, isCoordinationNumber, json, type Routes } from '@lotsen/kit';
import { type Household, households, type Person, type Population } from '../population/types.js';
import { badRequest, SimulatorControl } from '../simulator/control.js';
import { type Personpost, type Relation, registerFacts } from './personpost.js';

/** At most this many persons in one lookup, as a register's batch service caps a request. */
export const maxLookup = 1000;

/**
 * Population register (folkbokföringen), modelled on the fields of Skatteverket's Navet
 * personpost: name, birth date, protected-identity markings, the address of registration, and
 * relations with their dates: `V` (vårdnadshavare) on a child's post, `B` (barn) on a parent's.
 * Persons with a protection marking are given out without any address (docs/agency-systems.md).
 * `POST /_sim/custody` changes who has custody of a child, as a court's decision would.
 */
export function populationRegisterRoutes(population: Population, control = new SimulatorControl('population-register')): { routes: Routes; control: SimulatorControl } {
  const posts = new Map<string, Personpost>();
  const post = (person: Person, family: Household) => {
    const known = posts.get(person.personnummer);
    if (known) return known;
    const made: Personpost = registerFacts(population.seed, person, family);
    posts.set(person.personnummer, made);
    return made;
  };
  for (const family of households(population)) {
    for (const child of family.children) {
      const c = post(child, family);
      for (const g of family.guardians) {
        const adult = post(g, family);
        const since = child.birthDate;
        adult.relationer.push({ relationstyp: 'B', personNr: child.personnummer, fornamn: child.givenName, efternamn: child.familyName, startdatum: since, slutdatum: null });
        if (g.hasCustody) c.relationer.push({ relationstyp: 'V', personNr: g.personnummer, fornamn: g.givenName, efternamn: g.familyName, startdatum: since, slutdatum: null });
      }
    }
  }

  const routes: Routes = {
    'POST /navet/v1/personposter/sok': (req) => {
      const body = JSON.parse(req.body || '{}') as { personNr?: unknown };
      if (!Array.isArray(body.personNr) || body.personNr.some((p) => typeof p !== 'string')) return badRequest('personNr: en lista av personnummer krävs');
      if (body.personNr.length > maxLookup) return badRequest(`högst ${maxLookup} personnummer per fråga`);
      const asked = body.personNr as string[];
      return json(200, { personposter: asked.flatMap((p) => posts.get(p) ?? []), ejFunna: asked.filter((p) => !posts.has(p)) });
    },
    'GET /navet/v1/personposter/*': (req) => {
      const found = posts.get(req.path.slice('/navet/v1/personposter/'.length));
      return found ? json(200, found) : json(404, { code: 'NOT_FOUND', message: 'Personen finns inte i folkbokföringen' });
    },
  };

  const controlled = control.routes(routes);
  // A change of custody: the named guardians have custody from today on. A guardian who keeps it
  // keeps their relation (its start date stands); the others' relations end yesterday.
  controlled['POST /_sim/custody'] = (req) => {
    const body = JSON.parse(req.body || '{}') as { child?: string; guardians?: { personNr: string; fornamn?: string; efternamn?: string }[]; date?: string };
    const child = body.child ? posts.get(body.child) : undefined;
    if (!child || !Array.isArray(body.guardians)) return badRequest('child (ett känt personnummer) och guardians krävs');
    const today = body.date ?? population.today;
    const yesterday = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const named = new Set(body.guardians.map((g) => g.personNr));
    const holding = new Set<string>();
    for (const r of child.relationer) {
      if (r.relationstyp !== 'V' || r.slutdatum !== null) continue;
      if (named.has(r.personNr)) holding.add(r.personNr);
      else r.slutdatum = yesterday;
    }
    for (const g of body.guardians.filter((x) => !holding.has(x.personNr))) {
      let adult = posts.get(g.personNr);
      if (!adult) {
        adult = newAdult(g.personNr, g.fornamn ?? 'Okänd', g.efternamn ?? 'Okänd');
        posts.set(g.personNr, adult);
      }
      child.relationer.push({ relationstyp: 'V', personNr: g.personNr, fornamn: adult.namn.tilltalsnamn, efternamn: adult.namn.efternamn, startdatum: today, slutdatum: null } satisfies Relation);
      adult.relationer.push({ relationstyp: 'B', personNr: child.personId.personNr, fornamn: child.namn.tilltalsnamn, efternamn: child.namn.efternamn, startdatum: today, slutdatum: null });
    }
    return json(200, child);
  };
  return { routes: controlled, control };
}

function newAdult(personNr: string, fornamn: string, efternamn: string): Personpost {
  return {
    personId: { personNr, typ: isCoordinationNumber(personNr) ? 'SAMORDNINGSNUMMER' : 'PERSONNUMMER' },
    namn: { fornamn, tilltalsnamn: fornamn, efternamn },
    fodelsedatum: birthDateOf(personNr),
    kon: Number(personNr[10]) % 2 === 0 ? 'K' : 'M',
    sekretessmarkering: 'N',
    skyddadFolkbokforing: 'N',
    folkbokforingsadress: null,
    relationer: [],
  };
}
