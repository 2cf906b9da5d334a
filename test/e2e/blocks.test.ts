// A block (spärr) in the agency's own system beats Lotsen's consent, end to end: a child of a
// fully consented family (F-00001, BUP diagnosis F90.0) blocks diagnoses at the region, and the
// next request withholds that section, typed and audited, saying nothing of what is behind it;
// a block on a care unit withholds every section of the region's records; the guardian is told where to read
// the records, as before. The graph through the gateway, the data owner's audit trail, and the
// family page in a browser at 1280 and 768 px (browser/dashboard-session.ts).
import { AuditLog, agencies, blockedMessage, sectionField } from '@lotsen/kit';
import { agencyManifest } from '@lotsen/kit/agency-manifest';
import type { RunningSystem } from '@lotsen/local-stack';
import { beforeAll, describe, expect, it } from 'vitest';
import { blockConsent } from '../../services/agency-systems/src/health-records/blocks.js';
import { chromiumAvailable, dashboardSession, eventually, type Json, today } from './browser/dashboard-session.js';
import { guardianUsernameOf } from './browser/population.js';
import { counters, gql, resetCounters } from './graphql.js';
import { categoryOfField, familyOverview } from './queries.js';

// The agency whose system records blocks, as the manifest declares it (health care's FHIR Consents).
const agency = agencies.find((a) => agencyManifest[a].blocks !== null) as (typeof agencies)[number];
const field = sectionField(agency);

const blockedWords = 'Spärrat hos hälso- och sjukvården: uppgifterna visas inte här, oavsett samtycke. Spärren kan bara hävas där, av den som har begärt den.';

describe.runIf(chromiumAvailable)('a block at the agency (spärr) beats consent', () => {
  const session = dashboardSession({ signedIn: true });
  const { as, capture, familyOf, openFamily } = session;
  let system: RunningSystem;
  const family = () => familyOf('F-00001');
  const child = () => family().children[0] as NonNullable<ReturnType<typeof family>['children'][number]>;
  const sectionsOfChild = async (username = 'koordinator1') => {
    const result = await gql<{ family: Json }>(system, username, familyOverview, { id: family().id });
    expect(result.errors).toBeUndefined();
    return (result.data?.family.children as Json[] | undefined)?.find((c) => c.personnummer === child().personnummer)?.[field] as Json;
  };
  /** Records a block at the region, as the patient asks the care unit to: a Consent whose provision denies. */
  const block = async (what: Parameters<typeof blockConsent>[2]) => {
    const consent = blockConsent('new', { reference: `Patient/${child().health?.patientId}` }, what, today);
    const res = await fetch(`${system.simulators[field].url}/_sim/Consent`, { method: 'POST', body: JSON.stringify(consent) });
    expect(res.status).toBe(201);
  };
  const unblock = async () => expect((await fetch(`${system.simulators[field].url}/_sim/Consent`, { method: 'DELETE' })).status).toBe(200);
  const denials = async () => (await new AuditLog(system.db, agencyManifest[agency].subgraph.name).forChild(child().personnummer)).filter((e) => e.kind === 'DENIAL');

  beforeAll(() => {
    ({ system } = session);
  });

  it('consented: every section of the region’s records of F-00001’s child released, its diagnosis F90.0 among them', async () => {
    const sections = await sectionsOfChild();
    expect([sections.careContacts.__typename, sections.appointments.__typename, sections.diagnoses.__typename]).toEqual(['CareContacts', 'Appointments', 'Diagnoses']);
    expect(sections.diagnoses.items[0].code).toBe('F90.0');
    expect(child().health?.encounters.length).toBeGreaterThan(0);
  });

  it('blocked on diagnoses: the next request withholds that section whatever the consent says, never asks for it, and the audit trail says why', async () => {
    await block({ resourceType: 'Condition' });
    const before = (await denials()).length;
    resetCounters(system);
    const sections = await sectionsOfChild();
    expect(sections.diagnoses).toEqual({ __typename: 'AccessDenied', agency, category: categoryOfField.diagnoses, reason: 'BLOCKED_AT_AGENCY', message: blockedMessage(agency) });
    // Nothing of what is behind it: not the diagnosis, not the unit.
    expect(sections.diagnoses.message).not.toMatch(/F90|BUP|diagnos/i);
    expect([sections.careContacts.__typename, sections.appointments.__typename]).toEqual(['CareContacts', 'Appointments']);
    // The blocks were read once for the whole operation, and the blocked records never asked for.
    const asked = counters(system)[field];
    expect(asked['GET /fhir/Consent']).toBe(1);
    expect(asked['GET /fhir/Condition']).toBeUndefined();
    const written = (await denials()).slice(before);
    expect(written).toEqual([
      expect.objectContaining({ kind: 'DENIAL', actor: 'koordinator1', role: 'COORDINATOR', agency, categories: [categoryOfField.diagnoses], reason: 'BLOCKED_AT_AGENCY', consentIds: [] }),
    ]);
    expect(await new AuditLog(system.db, agencyManifest[agency].subgraph.name).verify()).toMatchObject({ ok: true });
  });

  it('shows the coordinator the blocked section in Swedish on the family page, the rest of the child’s view as before', async () => {
    const { page } = session;
    await openFamily(page, 'F-00001');
    const health = page.locator('section.agency', { has: page.getByRole('heading', { name: agencyManifest[agency].name }) }).first();
    await eventually(() => health.locator('.withheld').allTextContents()).toEqual([blockedWords]);
    expect(await health.textContent()).not.toMatch(/F90/);
    expect(await health.locator('dl.parts').count()).toBe(1);
    await capture(page, 'blocks-diagnoses');
  }, 60_000);

  it('blocked on a care unit: every section of the region’s records withheld, without naming the unit', async () => {
    const unit = child().health?.encounters[0]?.organisation as string;
    await unblock();
    await block({ unit });
    const sections = await sectionsOfChild();
    for (const s of [sections.careContacts, sections.appointments, sections.diagnoses]) expect(s).toMatchObject({ __typename: 'AccessDenied', reason: 'BLOCKED_AT_AGENCY' });
    expect(JSON.stringify(sections)).not.toContain(unit);
    const { page } = session;
    await openFamily(page, 'F-00001');
    const health = page.locator('section.agency', { has: page.getByRole('heading', { name: agencyManifest[agency].name }) }).first();
    // Every section withheld for one reason is said once for the agency.
    await eventually(() => health.locator('.withheld').allTextContents()).toEqual([blockedWords]);
    expect(await health.locator('dl.parts').count()).toBe(0);
    expect(await health.textContent()).not.toContain(unit);
    await capture(page, 'blocks-unit');
  }, 60_000);

  it('tells the guardian where the records are read, as before: nothing of the block, and the region not asked', async () => {
    resetCounters(system);
    const sections = await sectionsOfChild(guardianUsernameOf(system.population, 'F-00001'));
    for (const s of [sections.careContacts, sections.appointments, sections.diagnoses]) expect(s).toMatchObject({ __typename: 'AccessDenied', reason: 'READ_AT_AGENCY' });
    expect(counters(system)[field]).toEqual({});
    await as(guardianUsernameOf(system.population, 'F-00001'), async (guardian) => {
      await guardian.getByRole('heading', { level: 1, name: 'Vår familj' }).waitFor();
      await eventually(() => guardian.locator('main').textContent()).toMatch(/1177/);
      expect(await guardian.locator('main').textContent()).not.toMatch(/[Ss]pärr/);
      await capture(guardian, 'blocks-guardian');
    });
  }, 60_000);

  it('unblocked at the region: the next request releases the sections again', async () => {
    await unblock();
    const sections = await sectionsOfChild();
    expect([sections.careContacts.__typename, sections.appointments.__typename, sections.diagnoses.__typename]).toEqual(['CareContacts', 'Appointments', 'Diagnoses']);
  });

  it('every view captured without an accessibility finding or an English word', () => {
    session.expectViewsClean(['blocks-diagnoses', 'blocks-unit', 'blocks-guardian']);
  });
});
