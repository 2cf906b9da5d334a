import { birthDateOf, isCoordinationNumber, json, type Routes } from '@lotsen/kit';
import { type Household, households, type Person, type Population } from '../population/types.js';
import { badRequest, SimulatorControl } from '../simulator/control.js';
import { ChangeNotices } from './change-notices.js';
import { type Personpost, type Relation, registerFacts } from './personpost.js';

/** At most this many persons in one lookup, as a register's batch service caps a request. */
export const maxLookup = 1000;

/** The longest a poll for change notices is held open, in seconds. */
export const maxWaitSeconds = 30;

/**
 * Population register (folkbokföringen), modelled on the fields of Skatteverket's Navet
 * personpost: name, birth date, protected-identity markings, the address of registration, and
 * relations with their dates: `V` (vårdnadshavare) on a child's post, `B` (barn) on a parent's.
 * Persons with a protection marking are given out without any address (docs/agency-systems.md).
 * Every change is published as a change notice (avisering) to the subscribers that poll
 * `GET /navet/v1/aviseringar`. `POST /_sim/custody` changes who has custody of a child, as a
 * court's decision would, and answers once the subscribers listening have applied it.
 */
export function populationRegisterRoutes(population: Population, control = new SimulatorControl('population-register')): { routes: Routes; control: SimulatorControl } {
  const posts = new Map<string, Personpost>();
  const notices = new ChangeNotices();
  control.faultsChanged.add(() => notices.wake());
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
      // The sequence number the answer is current at: a subscriber keeps it only if no later notice was skipped.
      return json(200, { sekvensnummer: notices.latest, personposter: asked.flatMap((p) => posts.get(p) ?? []), ejFunna: asked.filter((p) => !posts.has(p)) });
    },
    'GET /navet/v1/aviseringar': async (req) => {
      const after = Number(req.query.get('efter') ?? notices.latest);
      const wait = Number(req.query.get('vanta') ?? 0);
      const subscriber = req.query.get('prenumerant') ?? '';
      if (!Number.isSafeInteger(after) || after < 0) return badRequest('efter: ett sekvensnummer krävs');
      if (!Number.isFinite(wait) || wait < 0 || wait > maxWaitSeconds) return badRequest(`vanta: 0 till ${maxWaitSeconds} sekunder`);
      if (!/^[\w-]{1,64}$/.test(subscriber)) return badRequest('prenumerant: ett id (bokstäver, siffror, - och _) krävs');
      const found = await notices.since(subscriber, after, wait * 1000);
      if (control.faults.down) return json(503, { code: 'UNAVAILABLE', message: `${control.name} is down` });
      if (!found) return json(410, { code: 'GONE', message: 'Aviseringarna efter detta sekvensnummer finns inte kvar: läs personerna på nytt' });
      return json(200, { sekvensnummer: notices.latest, aviseringar: found });
    },
    'GET /navet/v1/personposter/*': (req) => {
      const found = posts.get(req.path.slice('/navet/v1/personposter/'.length));
      return found ? json(200, found) : json(404, { code: 'NOT_FOUND', message: 'Personen finns inte i folkbokföringen' });
    },
  };

  const controlled = control.routes(routes);
  // A change of custody: the named guardians have custody from today on. A guardian who keeps it
  // keeps their relation (its start date stands); the others' relations end yesterday.
  controlled['POST /_sim/custody'] = async (req) => {
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
    const touched = [child, ...child.relationer.filter((r) => r.relationstyp === 'V').flatMap((r) => posts.get(r.personNr) ?? [])];
    const sequence = notices.record(touched);
    return json(200, { ...child, sekvensnummer: sequence, levererad: await notices.delivered(sequence) });
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
