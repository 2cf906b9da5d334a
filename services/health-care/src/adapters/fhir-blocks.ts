import type { Consent, ConsentProvision } from 'fhir/r4.js';

/** The health-care categories, each a section of the schema. */
export type HealthCareCategory = 'CARE_CONTACTS' | 'APPOINTMENTS' | 'DIAGNOSES';
const everyCategory: readonly HealthCareCategory[] = ['CARE_CONTACTS', 'APPOINTMENTS', 'DIAGNOSES'];

/** The kinds of information a block may name (`provision.class`, FHIR resource types) and the section each is read into. */
const resourceTypes = 'http://hl7.org/fhir/resource-types';
const sectionOfType: Record<string, HealthCareCategory> = {
  Encounter: 'CARE_CONTACTS',
  CareTeam: 'CARE_CONTACTS',
  Appointment: 'APPOINTMENTS',
  Condition: 'DIAGNOSES',
};

const isPrivacy = (c: Consent) => c.scope?.coding?.some((s) => s.code === 'patient-privacy') === true;

/** Whether a provision's period, if it has one, holds `now`: a period not begun or ended blocks nothing. */
const inForce = (p: ConsentProvision, now: Date) => {
  const start = p.period?.start ? Date.parse(p.period.start) : Number.NEGATIVE_INFINITY;
  // An end given as a day holds to that day's last moment.
  const end = p.period?.end ? Date.parse(p.period.end.length === 10 ? `${p.period.end}T23:59:59.999Z` : p.period.end) : Number.POSITIVE_INFINITY;
  return !(start > now.getTime() || end < now.getTime());
};

/**
 * The sections a provision that denies withholds: the ones its classes name, or every one when
 * it names none, or names a kind this reading does not know (a block is never read narrower
 * than it may be). Whether it names a unit (`actor`) does not narrow it: a unit's records run
 * through every section, and a section shown without them would have to say so, which tells
 * what is behind the block (docs/consent.md, "Blocks at the agency").
 */
function deniedBy(p: ConsentProvision): readonly HealthCareCategory[] {
  const classes = p.class ?? [];
  if (p.code?.length || classes.length === 0) return everyCategory;
  const named = classes.map((c) => (c.system === resourceTypes && c.code ? sectionOfType[c.code] : undefined));
  return named.some((c) => c === undefined) ? everyCategory : (named as HealthCareCategory[]);
}

/**
 * Every deny of the provision tree that is in force by its own period, at the top or nested,
 * read fail closed: a parent's type or period never switches a nested deny off (a deny under a
 * permit whose period has ended still blocks), since a tree read the other way would release
 * what the patient may have meant to block (docs/consent.md, "Blocks at the agency").
 */
function* denials(p: ConsentProvision | undefined, now: Date): Generator<ConsentProvision> {
  if (!p) return;
  if (p.type === 'deny' && inForce(p, now)) yield p;
  for (const nested of p.provision ?? []) yield* denials(nested, now);
}

/** Whether a provision tree holds a deny anywhere, in force or not. */
const holdsDeny = (p: ConsentProvision | undefined): boolean => !!p && (p.type === 'deny' || (p.provision ?? []).some(holdsDeny));

/** The base rules of v3 ActCode that opt out: the patient's records are withheld unless a provision says otherwise. */
const optOut = new Set(['OPTOUT', 'OPTOUTE']);
const optsOut = (c: Consent) => c.policyRule?.coding?.some((r) => r.system === 'http://terminology.hl7.org/CodeSystem/v3-ActCode' && optOut.has(r.code ?? '')) === true;

/**
 * The sections a patient's blocks (spärr) withhold, from the region's Consent resources: each
 * active Consent of scope patient-privacy, each deny in force, at the top or nested. An opt-out
 * whose tree names no deny (no provision, or only permits) is a block on the whole record: a
 * permit there is the region's exception, which Lotsen cannot tell is meant for it. Lotsen's own
 * consent never lifts a block: only a deny, or an opt-out, changes what Lotsen shows.
 */
export function blockedSections(consents: readonly Consent[], now: Date): Set<HealthCareCategory> {
  const blocked = new Set<HealthCareCategory>();
  for (const consent of consents) {
    if (consent.status !== 'active' || !isPrivacy(consent)) continue;
    if (optsOut(consent) && !holdsDeny(consent.provision)) return new Set(everyCategory);
    for (const p of denials(consent.provision, now)) for (const c of deniedBy(p)) blocked.add(c);
  }
  return blocked;
}
