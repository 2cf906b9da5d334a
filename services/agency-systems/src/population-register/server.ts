import { addDays, json, type Routes } from '@lotsen/kit';
import { type Household, households, type Person, type Population } from '../population/types.js';
import { badRequest, SimulatorControl } from '../simulator/control.js';
import { ChangeNotices } from './change-notices.js';
import { type Folkbokforingspost, namnOf, navetDate, newPost, registerFacts, relation } from './personpost.js';

/** At most this many persons in one lookup, as a register's batch service caps a request. */
export const maxLookup = 1000;

/** The longest a poll for change notices is held open, in seconds. */
export const maxWaitSeconds = 30;

/**
 * Population register (folkbokföringen), answering in the structure of Skatteverket's Navet:
 * a Folkbokforingspost with the protection markings and the Personpost (name, the address of
 * registration, relations with their dates: `V` (vårdnadshavare) on a child's post, `VF`
 * (vårdnadshavare för) and `B` (barn) on an adult's). Persons with a protection marking are given
 * out without any address (docs/agency-systems.md).
 * Every change is published as a change notice (avisering) to the subscribers that poll
 * `GET /navet/v1/aviseringar`. `POST /_sim/custody` changes who has custody of a child, as a
 * court's decision would, and answers once the subscribers listening have applied it.
 */
export function populationRegisterRoutes(population: Population, control = new SimulatorControl('population-register')): { routes: Routes; control: SimulatorControl } {
  const posts = new Map<string, Folkbokforingspost>();
  const notices = new ChangeNotices();
  control.faultsChanged.add(() => notices.wake());
  const post = (person: Person, family: Household) => {
    const known = posts.get(person.personnummer);
    if (known) return known;
    const made = registerFacts(population.seed, person, family);
    posts.set(person.personnummer, made);
    return made;
  };
  for (const family of households(population)) {
    for (const child of family.children) {
      const c = post(child, family).Personpost;
      for (const g of family.guardians) {
        const adult = post(g, family).Personpost;
        adult.Relationer.Relation.push(relation('B', c, child.birthDate));
        if (!g.hasCustody) continue;
        c.Relationer.Relation.push(relation('V', adult, child.birthDate));
        adult.Relationer.Relation.push(relation('VF', c, child.birthDate));
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
      return json(200, { sekvensnummer: notices.latest, folkbokforingsposter: asked.flatMap((p) => posts.get(p) ?? []), ejFunna: asked.filter((p) => !posts.has(p)) });
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
  // keeps their relations (the start date stands); the others' V and VF relations end yesterday.
  controlled['POST /_sim/custody'] = async (req) => {
    const body = JSON.parse(req.body || '{}') as { child?: string; guardians?: { personNr: string; fornamn?: string; efternamn?: string }[]; date?: string };
    const child = body.child ? posts.get(body.child)?.Personpost : undefined;
    if (!child || !Array.isArray(body.guardians)) return badRequest('child (ett känt personnummer) och guardians krävs');
    const today = body.date ?? population.today;
    let ended: string;
    try {
      ended = navetDate(addDays(today, -1));
    } catch {
      return badRequest('date: ett datum (ÅÅÅÅ-MM-DD) krävs');
    }
    const named = new Set(body.guardians.map((g) => g.personNr));
    const holding = new Set<string>();
    const current = (p: typeof child, typ: 'V' | 'VF', to: string) => p.Relationer.Relation.find((r) => r.Relationstyp === typ && r.RelationId.PersonNr === to && r.RelationTomdatum === undefined);
    for (const r of child.Relationer.Relation) {
      if (r.Relationstyp !== 'V' || r.RelationTomdatum !== undefined) continue;
      if (named.has(r.RelationId.PersonNr)) {
        holding.add(r.RelationId.PersonNr);
        continue;
      }
      r.RelationTomdatum = ended;
      const held = posts.get(r.RelationId.PersonNr)?.Personpost;
      const vf = held && current(held, 'VF', child.PersonId.PersonNr);
      if (vf) vf.RelationTomdatum = ended;
    }
    for (const g of body.guardians.filter((x) => !holding.has(x.personNr))) {
      let adult = posts.get(g.personNr);
      if (!adult) {
        adult = newPost(g.personNr, namnOf(g.fornamn ?? 'Okänd', g.efternamn ?? 'Okänd'));
        posts.set(g.personNr, adult);
      }
      child.Relationer.Relation.push(relation('V', adult.Personpost, today));
      adult.Personpost.Relationer.Relation.push(relation('VF', child, today));
    }
    const guardians = new Set(child.Relationer.Relation.filter((r) => r.Relationstyp === 'V').map((r) => r.RelationId.PersonNr));
    const touched = [child.PersonId.PersonNr, ...guardians].flatMap((p) => posts.get(p) ?? []);
    const sequence = notices.record(touched);
    return json(200, { sekvensnummer: sequence, levererad: await notices.delivered(sequence), folkbokforingspost: touched[0] });
  };
  return { routes: controlled, control };
}
