import { createHash } from 'node:crypto';
import type { Family } from '@lotsen/agency-systems';
import { AuditLog, auditUnavailable, openPostgres, type StoredAuditEvent } from '@lotsen/kit';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counters, gql, resetCounters } from './graphql.js';
import { categoryOfField, familyOverview } from './queries.js';
import { withSecondSchool } from './second-school.js';

type Json = Record<string, any>;
const sources = ['school', 'social-services', 'health-care'] as const;
/** Every section of a child's view, labelled with the child and the category it answers. */
const sectionsOf = (child: Json) =>
  [child.school, child.socialServices, child.healthCare].flatMap((section: Json) =>
    Object.entries(section).map(([field, s]) => ({ ...(s as Json), key: `${child.personnummer}|${categoryOfField[field]}` })),
  );

describe('audit trail of the end-to-end scenario', () => {
  let system: RunningSystem;
  const archetype = (n: number) => system.population.families.find((f) => f.archetype === n) as Family;
  const events = async (): Promise<StoredAuditEvent[]> =>
    (await Promise.all(system.population.families.flatMap((f) => f.children).flatMap((c) => sources.map((s) => new AuditLog(system.db, s).forChild(c.personnummer))))).flat();

  beforeAll(async () => {
    system = await startSystem({ families: 20 });
  });
  afterAll(() => system?.close());

  it('writes one disclosure per released section and a denial per withheld one, all chained', async () => {
    const released: string[] = [];
    const withheld: string[] = [];
    for (const n of [1, 3, 6, 7]) {
      const result = await gql<{ family: Json }>(system, 'koordinator1', familyOverview, { id: archetype(n).id });
      for (const s of result.data?.family.children.flatMap(sectionsOf) ?? []) (s.__typename === 'AccessDenied' ? withheld : released).push(s.key);
    }
    expect(released.length).toBeGreaterThan(20);
    expect(withheld.length).toBeGreaterThan(10);
    const stored = await events();
    const pairs = (kind: string) => stored.filter((e) => e.kind === kind).flatMap((e) => e.categories.map((c) => `${e.childPersonnummer}|${c}`));
    expect(pairs('DISCLOSURE').sort()).toEqual(released.sort());
    expect(pairs('DENIAL').sort()).toEqual(withheld.sort());
    const hash = createHash('sha256').update(familyOverview).digest('hex');
    for (const e of stored) {
      expect(e).toMatchObject({ actor: 'koordinator1', role: 'COORDINATOR', teamId: 'team-1', operationName: 'FamilyOverview', documentHash: hash });
      expect(e.requestId).toMatch(/^[0-9a-f-]{36}$/);
      if (e.kind === 'DISCLOSURE') expect(e.consentIds.length).toBeGreaterThan(0);
      else expect(e.consentIds).toEqual([]);
    }
    for (const s of sources) expect(await new AuditLog(system.db, s).verify()).toMatchObject({ ok: true });
  });

  it('altering one stored event makes verification fail', async () => {
    const log = new AuditLog(system.db, 'health-care');
    expect((await log.verify()).ok).toBe(true);
    await system.db.exec('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
    await system.db.query("UPDATE audit_events SET actor = 'koordinator2' WHERE source = 'health-care' AND seq = 1");
    await system.db.exec('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
    expect(await log.verify()).toMatchObject({ ok: false, brokenAt: 1 });
  });

  it('with the audit store down, agency sections are denied and no agency data is returned', async () => {
    const deadStore = await openPostgres({ connectionString: 'postgres://postgres@127.0.0.1:1/none' });
    await withSecondSchool(system, { audit: new AuditLog(deadStore, 'school') }, async (gatewayUrl) => {
      resetCounters(system);
      const result = await gql<{ family: Json }>(system, 'koordinator1', familyOverview, { id: archetype(1).id }, gatewayUrl);
      const [child] = (result.data?.family.children ?? []) as Json[];
      for (const s of Object.values(child?.school as Json) as Json[]) expect(s).toMatchObject({ __typename: 'AccessDenied', reason: 'UNAVAILABLE', message: auditUnavailable });
      expect(JSON.stringify(child?.school)).not.toMatch(/Björkskolan|Lindskolan|SPECIAL_SUPPORT|absencePercent/);
      expect(child?.healthCare.diagnoses.__typename).toBe('Diagnoses');
      expect(Object.keys(counters(system).school ?? {}).length).toBeGreaterThan(0);
    });
    await deadStore.close();
  });
});
