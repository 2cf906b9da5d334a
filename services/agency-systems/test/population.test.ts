import { normalisePersonnummer, roles } from '@lotsen/kit';
import { describe, expect, it } from 'vitest';
import { ageOn, generatePopulation, testPersonnummer, testSamordningsnummer } from '../src/index.js';

const today = '2026-11-23';
const population = generatePopulation({ seed: 7, families: 300, today });
const people = population.families.flatMap((f) => [...f.guardians, ...f.children]);
const official = new Set([...testPersonnummer(), ...testSamordningsnummer()]);

describe('synthetic population', () => {
  it('is deterministic in seed and size', () => {
    const again = generatePopulation({ seed: 7, families: 300, today });
    expect(JSON.stringify(again)).toBe(JSON.stringify(population));
    expect(JSON.stringify(generatePopulation({ seed: 8, families: 300, today }))).not.toBe(JSON.stringify(population));
  });

  it('draws every person of the default population from Skatteverket test numbers (samordningsnummer for the newly arrived), each valid and unique', () => {
    expect(people.length).toBeGreaterThan(700);
    for (const p of people) {
      expect(official.has(p.personnummer), p.personnummer).toBe(true);
      expect(p.synthetic).toBe(false);
      expect(normalisePersonnummer(p.personnummer)).toBe(p.personnummer);
    }
    expect(new Set(people.map((p) => p.personnummer)).size).toBe(people.length);
  });

  it('has children aged 0-17, one or two guardians, joint or sole custody', () => {
    for (const f of population.families) {
      expect(f.guardians.length).toBeGreaterThanOrEqual(1);
      expect(f.guardians.length).toBeLessThanOrEqual(2);
      expect(f.guardians.some((g) => g.hasCustody)).toBe(true);
      if (f.custody === 'JOINT') expect(f.guardians.filter((g) => g.hasCustody)).toHaveLength(2);
      else expect(f.guardians.filter((g) => g.hasCustody)).toHaveLength(1);
      for (const c of f.children) {
        const age = ageOn(c.birthDate, today);
        expect(age).toBeGreaterThanOrEqual(0);
        expect(age).toBeLessThanOrEqual(17);
      }
    }
    expect(new Set(population.families.map((f) => f.custody))).toEqual(new Set(['JOINT', 'SOLE']));
  });

  it('gives children records at some agencies but not all', () => {
    const children = population.families.flatMap((f) => f.children);
    for (const key of ['school', 'social', 'health'] as const) {
      const known = children.filter((c) => c[key]).length;
      expect(known).toBeGreaterThan(0);
      expect(known).toBeLessThan(children.length);
    }
  });

  it('gives coordinators caseloads of 20-30 families, koordinator1 and koordinator2 in different teams', () => {
    const caseloads = new Map<string, number>();
    // The regional team takes the last of the drawn families (its own test below).
    for (const f of population.families.filter((x) => x.teamId !== 'team-fst')) caseloads.set(f.coordinator, (caseloads.get(f.coordinator) ?? 0) + 1);
    expect(caseloads.get('koordinator1')).toBe(30);
    const full = [...caseloads.values()].slice(0, -1); // the last coordinator takes the remainder
    for (const n of full) expect(n).toBeGreaterThanOrEqual(20);
    for (const n of caseloads.values()) expect(n).toBeLessThanOrEqual(30);
    const team = (u: string) => population.users.find((x) => x.username === u)?.teamId;
    expect(team('koordinator1')).not.toBe(team('koordinator2'));
  });

  it('has one team for the region and its four municipalities, its families living in each, and analysts and staff per organisation', () => {
    const [region] = population.regions;
    expect(region?.municipalities).toHaveLength(4);
    const fst = population.teams.find((t) => t.id === 'team-fst');
    expect(fst).toMatchObject({ name: 'Familjesamverkansteamet', municipalities: region?.municipalities, region: region?.name });
    const theirs = population.families.filter((f) => f.teamId === 'team-fst');
    expect(new Set(theirs.map((f) => f.municipality))).toEqual(new Set(region?.municipalities));
    for (const f of population.families) expect(population.teams.find((t) => t.id === f.teamId)?.municipalities).toContain(f.municipality);
    const user = (u: string) => population.users.find((x) => x.username === u);
    expect(user('analytiker1')).toMatchObject({ role: 'ANALYST', region: region?.name });
    expect(user('analytiker2')).toMatchObject({ role: 'ANALYST', municipality: 'Exempelkommun' });
    expect(user('analytiker3')).toMatchObject({ role: 'ANALYST', municipality: 'Grannkommun' });
    expect(user('skola2')).toMatchObject({ role: 'AGENCY_STAFF', agency: 'SCHOOL', municipality: 'Grannkommun' });
    expect(user('fst-teamledare1')).toMatchObject({ role: 'TEAM_LEAD', teamId: 'team-fst' });
  });

  it('seeds a user for every role, with the stable usernames', () => {
    const names = population.users.map((u) => u.username);
    for (const u of ['koordinator1', 'koordinator2', 'teamledare1', 'analytiker1', 'skola1', 'socialtjanst1', 'halso1', 'vardnadshavare1', 'vardnadshavare4']) expect(names).toContain(u);
    expect(new Set(population.users.map((u) => u.role))).toEqual(new Set(roles));
  });
});

describe('archetype families', () => {
  const arch = (n: number) => {
    const f = population.families.find((x) => x.archetype === n);
    if (!f) throw new Error(`archetype ${n} missing`);
    return f;
  };

  it('come first, always the same whatever the seed', () => {
    expect(population.families.slice(0, 8).map((f) => f.archetype)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const other = generatePopulation({ seed: 99, families: 20, today });
    expect(other.families.slice(0, 8).map((f) => [f.archetype, f.custody, f.children.length, f.coordinator])).toEqual(
      population.families.slice(0, 8).map((f) => [f.archetype, f.custody, f.children.length, f.coordinator]),
    );
  });

  it('1: joint custody, both consented to everything; special support, family therapy, BUP with a neuropsychiatric diagnosis', () => {
    const f = arch(1);
    const child = f.children[0];
    expect(f.custody).toBe('JOINT');
    expect(child?.school?.supportMeasures.some((m) => m.kind === 'SPECIAL_SUPPORT')).toBe(true);
    expect(child?.social?.interventions.some((i) => i.kind === 'FAMILY_THERAPY')).toBe(true);
    expect(child?.health?.conditions[0]?.code).toMatch(/^F9/);
    expect(f.consents[0]?.parties.every((p) => p.decision === 'GIVEN')).toBe(true);
    expect(f.consents[0]?.scope.map((s) => s.agency)).toEqual(['SCHOOL', 'SOCIAL_SERVICES', 'HEALTH_CARE']);
  });

  it('2: joint custody where only one guardian consented', () => {
    for (const c of arch(2).consents) expect(c.parties.map((p) => p.decision)).toEqual(['GIVEN', null]);
  });

  it('3: a child of 15-16 without own consent, a younger sibling fully consented', () => {
    const [teen, young] = arch(3).children;
    expect(ageOn(teen?.birthDate ?? '', today)).toBeGreaterThanOrEqual(15);
    expect(ageOn(young?.birthDate ?? '', today)).toBeLessThan(15);
    const teenConsent = arch(3).consents.find((c) => c.childPersonnummer === teen?.personnummer);
    expect(teenConsent?.parties.find((p) => p.role === 'CHILD')?.decision).toBeNull();
    expect(teenConsent?.parties.filter((p) => p.role === 'GUARDIAN').every((p) => p.decision === 'GIVEN')).toBe(true);
  });

  it('4: expired yesterday; 5: revoked; 6: school only; 7: unknown to health care; 8: koordinator2', () => {
    expect(arch(4).consents[0]?.validUntil).toBe('2026-11-22');
    expect(arch(5).consents[0]?.revocation).not.toBeNull();
    expect(arch(6).consents[0]?.scope.map((s) => s.agency)).toEqual(['SCHOOL']);
    expect(arch(7).children.every((c) => c.health === undefined && c.school !== undefined)).toBe(true);
    expect(arch(8).coordinator).toBe('koordinator2');
  });
});

describe('large populations', () => {
  // How fast 100,000 families are generated is a figure of `npm run bench` (test/bench/ours/system.ts), not a test.
  it('generates beyond the official list, with numbers valid in form and marked synthetic', () => {
    const big = generatePopulation({ seed: 1, families: 20_000, today });
    expect(big.families).toHaveLength(20_000);
    const synthetic = big.families.flatMap((f) => f.children).filter((c) => c.synthetic);
    expect(synthetic.length).toBeGreaterThan(0);
    for (const c of synthetic.slice(0, 2000)) {
      expect(normalisePersonnummer(c.personnummer)).toBe(c.personnummer);
      expect(official.has(c.personnummer)).toBe(false);
      expect(Number(c.personnummer.slice(8, 11))).toBeGreaterThanOrEqual(900);
    }
  }, 60_000);
});
