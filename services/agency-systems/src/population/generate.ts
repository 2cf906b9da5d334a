import { envNumber } from '@lotsen/kit';
import { archetypeFamilies } from './archetypes.js';
import { allScopes, Builders, type ConsentShape } from './builders.js';
import { isoToday } from './dates.js';
import { giveDistinctNames } from './distinct-names.js';
import type { FamilyDraft } from './draft.js';
import { followUpConsents } from './follow-up-consents.js';
import { guardiansOwnConsents } from './guardians-own-consents.js';
import { placeInTime } from './place-in-time.js';
import { stableShare } from './stable-share.js';
import type { Family, Household, Population, Region, Team, User } from './types.js';

export interface PopulationOptions {
  seed?: number;
  /** Number of families, archetypes included (at least the 8 archetypes). */
  families?: number;
  /** The day the population is generated for (consent validity is relative to it). */
  today?: string;
}

export const defaultPopulation = { seed: 20261123, families: 300 } as const;

/** The population's seed and size from LOTSEN_SEED and LOTSEN_FAMILIES (npm start, token, simulators). */
export function populationOptionsFromEnv(): { seed: number; families: number } {
  return { seed: envNumber('LOTSEN_SEED', defaultPopulation.seed), families: envNumber('LOTSEN_FAMILIES', defaultPopulation.families) };
}

const coordinatorsPerTeam = 4;
const teamNames = ['Nord', 'Syd', 'Öst', 'Väst', 'Centrum'];
/** One region and its four municipalities (docs/tenancy.md): the first two share the numbered teams. */
const region: Region = { name: 'Region Exempel', municipalities: ['Exempelkommun', 'Grannkommun', 'Sjökommun', 'Skogskommun'] };
const municipalities = region.municipalities.slice(0, 2);
/**
 * Familjesamverkansteamet: one team for all four municipalities and the region. It takes the
 * last of the drawn families (a share of them, at least four, from a population of 30), so that
 * every family before them, and the households outside coordination drawn after, stay as they
 * were; a smaller population leaves it without families.
 */
const regionalTeamId = 'team-fst';
const regionalShare = 0.03;
const regionalFrom = 30;
const regionalCaseload = 25;

/** Deterministic synthetic population: same options, same people, records and consents. */
export function generatePopulation(options: PopulationOptions = {}): Population {
  const seed = options.seed ?? defaultPopulation.seed;
  const familyCount = Math.max(8, options.families ?? defaultPopulation.families);
  const today = options.today ?? isoToday();
  const b = new Builders(seed, today);

  // Caseloads of 20-30 families; koordinator1 carries 30 (archetypes 1-7 among them).
  const caseloads: number[] = [30];
  while (caseloads.reduce((a, n) => a + n, 0) < familyCount) caseloads.push(b.random.int(20, 30));
  if (caseloads.length < 2) caseloads.push(b.random.int(20, 30));
  const teamCount = Math.max(2, Math.ceil(caseloads.length / coordinatorsPerTeam));
  const teams: Team[] = Array.from({ length: teamCount }, (_, i) => {
    const municipality = municipalities[i % municipalities.length] as string;
    return {
      id: `team-${i + 1}`,
      name: `Familjesamverkansteamet ${teamNames[i % teamNames.length]}${i >= teamNames.length ? ` ${Math.floor(i / teamNames.length) + 1}` : ''}`,
      // Two municipalities share the teams, so that nothing is told across a municipal border.
      municipality,
      municipalities: [municipality],
      region: null,
    };
  });
  const regional: Team = { id: regionalTeamId, name: 'Familjesamverkansteamet', municipality: region.municipalities[0] as string, municipalities: region.municipalities, region: region.name };
  teams.push(regional);
  const teamOf = (id: string) => teams.find((t) => t.id === id) as Team;
  // koordinator1 in team 1, koordinator2 in team 2, the rest spread round-robin.
  const coordinators = caseloads.map((size, i) => ({ username: `koordinator${i + 1}`, teamId: (teams[i % teamCount] as Team).id, size, assigned: 0 }));
  const at = (i: number) => {
    const c = coordinators[i];
    if (!c) throw new Error('no coordinator');
    c.assigned += 1;
    return { teamId: c.teamId, coordinator: c.username, municipality: teamOf(c.teamId).municipality };
  };
  const regionalCount = familyCount < regionalFrom ? 0 : Math.max(4, Math.round(familyCount * regionalShare));
  const regionalCoordinators = Array.from({ length: Math.max(1, Math.ceil(regionalCount / regionalCaseload)) }, (_, i) => `fst-koordinator${i + 1}`);
  // The regional team's families live in each of its municipalities in turn.
  const atRegional = (j: number) => ({
    teamId: regional.id,
    coordinator: regionalCoordinators[j % regionalCoordinators.length] as string,
    municipality: region.municipalities[j % region.municipalities.length] as string,
  });

  const drafts: FamilyDraft[] = archetypeFamilies(b, at(0), at(1));
  // Archetypes 1-7 belong to koordinator1, 8 to koordinator2: count them all.
  (coordinators[0] as (typeof coordinators)[number]).assigned = drafts.filter((f) => f.coordinator === 'koordinator1').length;
  let next = 0;
  while (drafts.length < familyCount - regionalCount) {
    while ((coordinators[next] as (typeof coordinators)[number]).assigned >= (coordinators[next] as (typeof coordinators)[number]).size) next++;
    drafts.push(randomFamily(b, seed, drafts.length + 1, at(next)));
  }
  for (let j = 0; drafts.length < familyCount; j++) drafts.push(randomFamily(b, seed, drafts.length + 1, atRegional(j)));

  const families: Family[] = drafts.map((f) => {
    const family = placeInTime(seed, f, today);
    return { ...family, consents: [...family.consents, ...followUpConsents(seed, f, today), ...guardiansOwnConsents(seed, f, today)] };
  });

  const users: User[] = [
    ...coordinators.map((c) => ({ username: c.username, name: `Koordinator ${c.username.slice(11)}`, role: 'COORDINATOR' as const, teamId: c.teamId })),
    ...teams.filter((t) => t !== regional).map((t, i) => ({ username: `teamledare${i + 1}`, name: `Teamledare ${t.name}`, role: 'TEAM_LEAD' as const, teamId: t.id })),
    ...regionalCoordinators.map((username, i) => ({ username, name: `Koordinator ${regional.name} ${i + 1}`, role: 'COORDINATOR' as const, teamId: regional.id })),
    { username: 'fst-teamledare1', name: `Teamledare ${regional.name}`, role: 'TEAM_LEAD', teamId: regional.id },
    // The region's analyst counts every municipality in it; the others one municipality each.
    { username: 'analytiker1', name: 'Analytiker', role: 'ANALYST', region: region.name },
    ...municipalities.map((m, i) => ({ username: `analytiker${i + 2}`, name: `Analytiker ${m}`, role: 'ANALYST' as const, municipality: m })),
    // The first municipality's staff keep their plain names (what their notes are signed with).
    ...municipalities.flatMap((m, i) => [
      { username: `skola${i + 1}`, name: i === 0 ? 'Elevhälsan' : `Elevhälsan ${m}`, role: 'AGENCY_STAFF' as const, agency: 'SCHOOL' as const, municipality: m },
      { username: `socialtjanst${i + 1}`, name: i === 0 ? 'Socialtjänsten' : `Socialtjänsten ${m}`, role: 'AGENCY_STAFF' as const, agency: 'SOCIAL_SERVICES' as const, municipality: m },
      { username: `halso${i + 1}`, name: i === 0 ? 'BUP' : `BUP ${m}`, role: 'AGENCY_STAFF' as const, agency: 'HEALTH_CARE' as const, municipality: m },
    ]),
    // Health care is the region's: its staff serve every municipality in the region.
    { username: 'regionhalsa1', name: `BUP ${region.name}`, role: 'AGENCY_STAFF', agency: 'HEALTH_CARE', region: region.name },
    { username: 'familjeombud1', name: 'Familjeombud 1', role: 'FAMILY_REPRESENTATIVE' },
    { username: 'ledningsgrupp1', name: 'Ledningsgruppen', role: 'MANAGEMENT_GROUP', teamId: teams[0]?.id },
    { username: 'stodkatalog1', name: 'Stödkatalogen', role: 'CATALOGUE_KEEPER' },
    ...families
      .filter((f) => f.archetype !== null)
      .flatMap((f) => f.guardians)
      .map((g, i) => ({ username: `vardnadshavare${i + 1}`, name: `${g.givenName} ${g.familyName}`, role: 'GUARDIAN' as const, personnummer: g.personnummer })),
  ];
  // Households not in coordination come last, so that the families above stay as they were.
  const outside = Array.from({ length: Math.max(3, Math.round(familyCount * outsideShare)) }, (_, i) => household(b, i));
  return { seed, today, regions: [region], teams, users, families, outside };
}

/** Households outside coordination, as a share of the families in it. */
const outsideShare = 0.03;

/** A household the agencies know and coordination does not; the first is newly arrived, so one always has samordningsnummer. */
function household(b: Builders, i: number): Household {
  const r = b.random;
  const name = b.familyName();
  const newlyArrived = i === 0;
  const custody = r.chance(0.8) ? 'JOINT' : 'SOLE';
  const guardians = [b.guardian(name, true, newlyArrived), b.guardian(name, custody === 'JOINT', newlyArrived)];
  const children = Array.from({ length: r.int(1, 2) }, () => b.child(r.int(4, 15), name, newlyArrived));
  giveDistinctNames(b.seed, [...guardians, ...children]);
  for (const c of children) {
    c.school = b.schoolRecord(c);
    if (r.chance(0.5)) c.social = b.socialRecord();
    if (r.chance(0.5)) c.health = b.healthRecord();
  }
  return { reference: `H-${String(i + 1).padStart(5, '0')}`, guardians, children, custody, protectedIdentity: false };
}

/** Shares of the random families that are newly arrived (samordningsnummer only) and protected. */
const newlyArrivedShare = 0.04;
const protectedShare = 0.02;

function randomFamily(b: Builders, seed: number, n: number, at: { teamId: string; coordinator: string; municipality: string }): FamilyDraft {
  const r = b.random;
  const reference = `F-${String(n).padStart(5, '0')}`;
  const newlyArrived = stableShare(seed, `arrived|${reference}`) < newlyArrivedShare;
  const name = b.familyName();
  const shape = r.int(0, 99);
  const custody = shape < 80 ? 'JOINT' : 'SOLE';
  const guardianCount = shape < 90 ? 2 : 1;
  const guardians = Array.from({ length: guardianCount }, (_, i) => b.guardian(name, custody === 'JOINT' || i === 0, newlyArrived));
  const children = Array.from({ length: r.int(1, 3) }, () => b.child(r.int(2, 17), name, newlyArrived));
  giveDistinctNames(seed, [...guardians, ...children]);
  for (const c of children) {
    if (r.chance(0.95)) c.school = b.schoolRecord(c);
    if (r.chance(0.45)) c.social = b.socialRecord();
    if (r.chance(0.55)) c.health = b.healthRecord();
  }
  const consents = children.flatMap((c) => {
    const roll = r.int(0, 99);
    if (roll < 3) return [];
    const consentShape: ConsentShape = roll < 73 ? 'ACTIVE' : roll < 83 ? 'PENDING' : roll < 88 ? 'EXPIRED' : roll < 92 ? 'REVOKED' : 'ACTIVE';
    const scope = roll >= 92 ? allScopes().filter((s) => s.agency !== 'SOCIAL_SERVICES') : allScopes();
    const coordination = b.consent(c, guardians, at.teamId, at.coordinator, consentShape, scope, { missingGuardian: 1 });
    // Half of the families whose consent holds also consent to sharing their SIP with the agencies.
    return consentShape === 'ACTIVE' && stableShare(seed, `sip|${c.personnummer}`) < 0.5 ? [coordination, b.sipConsent(coordination)] : [coordination];
  });
  return {
    id: r.uuid(),
    reference,
    archetype: null,
    ...at,
    guardians,
    children,
    custody,
    protectedIdentity: stableShare(seed, `protected|${reference}`) < protectedShare,
    consents,
    plan: r.chance(0.8) ? b.plan(children.length) : null,
    meetings: b.meetings(),
    followUps: b.followUps(),
  };
}
