import type { Family } from '@lotsen/agency-systems';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './graphql.js';
import { caseload, categoryOfField, familyOverview } from './queries.js';

type Json = Record<string, any>;

const accessLogQuery = `query AccessLog($p: Personnummer!) { child(personnummer: $p) { givenName
  school { accessLog { at agency categories accessedBy role team consentIds operationName } }
  socialServices { accessLog { at agency categories accessedBy role team consentIds operationName } }
  healthCare { accessLog { at agency categories accessedBy role team consentIds operationName } } } }`;

const agencyOf: Record<string, string> = { school: 'SCHOOL', socialServices: 'SOCIAL_SERVICES', healthCare: 'HEALTH_CARE' };

describe("a family's access log", () => {
  let system: RunningSystem;
  const archetype = (n: number) => system.population.families.find((f) => f.archetype === n) as Family;
  beforeAll(async () => {
    system = await startSystem({ families: 20 });
  });
  afterAll(() => system?.close());

  it("lists exactly the accesses made to the guardian's child: who, which agency and data, under which consent", async () => {
    const child = archetype(1).children[0] as Family['children'][number];
    const accesses: string[] = [];
    /** Records every section of this child that a response released. */
    const released = (username: string, children: Json[]) => {
      for (const c of children.filter((x) => x.personnummer === child.personnummer)) {
        for (const section of ['school', 'socialServices', 'healthCare']) {
          for (const [field, value] of Object.entries(c[section] as Json))
            if (!/AccessDenied|AgencyUnavailable/.test(value.__typename)) accesses.push(`${username}|${agencyOf[section]}|${categoryOfField[field]}`);
        }
      }
    };
    for (let i = 0; i < 2; i++) released('koordinator1', (await gql<{ family: Json }>(system, 'koordinator1', familyOverview, { id: archetype(1).id })).data?.family.children);
    released(
      'teamledare1',
      ((await gql<{ caseload: Json[] }>(system, 'teamledare1', caseload)).data?.caseload ?? []).flatMap((f) => f.children),
    );
    released('koordinator2', (await gql<{ family: Json }>(system, 'koordinator2', familyOverview, { id: archetype(1).id })).data?.family?.children ?? []);
    expect(accesses.length).toBe(27);

    const log = await gql<{ child: Json }>(system, 'vardnadshavare1', accessLogQuery, { p: child.personnummer });
    expect(log.errors).toBeUndefined();
    const entries = ['school', 'socialServices', 'healthCare'].flatMap((s) => log.data?.child[s].accessLog as Json[]);
    const listed = entries.flatMap((e) => (e.categories as string[]).map((c) => `${e.accessedBy}|${e.agency}|${c}`));
    expect(listed.sort()).toEqual(accesses.sort());
    const consentId = archetype(1).consents[0]?.id;
    for (const e of entries) {
      expect(e.consentIds).toEqual([consentId]);
      expect(['FamilyOverview', 'Caseload']).toContain(e.operationName);
      expect(e.team).toBe('team-1');
    }
  });

  it('is shown to no one else: another family’s guardian or the coordinator get FORBIDDEN, the rest of the view renders', async () => {
    const child = archetype(1).children[0] as Family['children'][number];
    const coordinator = await gql<{ child: Json }>(system, 'koordinator1', accessLogQuery, { p: child.personnummer });
    expect(coordinator.data?.child.givenName).toBe(child.givenName);
    expect(coordinator.data?.child.school.accessLog).toBeNull();
    expect(coordinator.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    const stranger = await gql<{ child: Json }>(system, 'vardnadshavare3', accessLogQuery, { p: child.personnummer });
    expect(stranger.data?.child).toBeNull();
  });
});
