import { generatePopulation } from '@lotsen/agency-systems';
import { categoriesAbout, type Database, type Identity } from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantBody } from '../src/consent/child-grant.js';
import { defaultPolicy } from '../src/consent/model.js';
import type { OperationSnapshot } from '../src/consent/operation-snapshots.js';
import { seed, store } from '../src/index.js';
import type { RegisterPerson } from '../src/register/population-register.js';
import { representativeStandings } from '../src/representatives/standing.js';
import { appendRepresentativeEvent, type RepresentativeEventRow, representativeEventsOfFamilies } from '../src/representatives/store.js';
import { backends } from '../src/testing.js';

const [anna, bo, cecilia] = ['198001011234', '198202022345', '197503033456'];
let seq = 0;
const event = (by: string, kind: 'GIVEN' | 'WITHDRAWN', permissions: RepresentativeEventRow['permissions'] = []): RepresentativeEventRow => ({
  seq: ++seq,
  familyId: 'f-1',
  representative: 'familjeombud1',
  representativeName: 'Familjeombud 1',
  at: `2026-11-0${(seq % 9) + 1}T10:00:00.000Z`,
  kind,
  permissions,
  byPersonnummer: by,
  byUsername: by,
});
const allowed = (events: RepresentativeEventRow[], custodians: string[]) => representativeStandings(events, custodians)[0]?.permissions;

describe('what a family representative may do: what every guardian with custody allows since the last withdrawal', () => {
  it('waits for every guardian with custody, and follows the narrower of two', () => {
    const one = [event(anna, 'GIVEN', ['READ_PAGE', 'RECORD_OBSTACLES', 'SIP_PARTICIPANT'])];
    expect(allowed(one, [anna, bo])).toEqual([]);
    expect(allowed(one, [anna])).toEqual(['READ_PAGE', 'RECORD_OBSTACLES', 'SIP_PARTICIPANT']);
    const both = [...one, event(bo, 'GIVEN', ['READ_PAGE'])];
    expect(allowed(both, [anna, bo])).toEqual(['READ_PAGE']);
    // Bo widens: now both allow everything.
    const widened = [...both, event(bo, 'GIVEN', ['SIP_PARTICIPANT', 'READ_PAGE', 'RECORD_OBSTACLES'])];
    expect(allowed(widened, [anna, bo])).toEqual(['READ_PAGE', 'RECORD_OBSTACLES', 'SIP_PARTICIPANT']);
    // Anna narrows: it takes effect at once, without Bo.
    expect(allowed([...widened, event(anna, 'GIVEN', ['RECORD_OBSTACLES'])], [anna, bo])).toEqual(['RECORD_OBSTACLES']);
  });

  it('ends at one withdrawal by any guardian, and what was given before it does not come back', () => {
    const given = [event(anna, 'GIVEN', ['READ_PAGE']), event(bo, 'GIVEN', ['READ_PAGE'])];
    const withdrawn = [...given, event(bo, 'WITHDRAWN')];
    expect(allowed(withdrawn, [anna, bo])).toEqual([]);
    // Anna alone gives again: Bo's statement before the withdrawal does not count.
    const again = [...withdrawn, event(anna, 'GIVEN', ['READ_PAGE'])];
    expect(allowed(again, [anna, bo])).toEqual([]);
    expect(representativeStandings(again, [anna, bo])[0]?.guardians).toEqual([
      { personnummer: anna, allows: ['READ_PAGE'] },
      { personnummer: bo, allows: [] },
    ]);
    expect(allowed([...again, event(bo, 'GIVEN', ['READ_PAGE'])], [anna, bo])).toEqual(['READ_PAGE']);
  });

  it('is decided on custody today: a former guardian decides nothing, a new one must give it, and without a guardian nothing holds', () => {
    const given = [event(anna, 'GIVEN', ['READ_PAGE']), event(bo, 'GIVEN', ['READ_PAGE'])];
    expect(allowed(given, [anna])).toEqual(['READ_PAGE']);
    expect(allowed(given, [anna, cecilia])).toEqual([]);
    expect(allowed(given, [])).toEqual([]);
  });
});

describe('a family representative in the consent grant', () => {
  const today = '2026-11-23';
  const population = generatePopulation({ seed: 25, families: 20, today });
  const family = population.families.find((f) => f.archetype === 1);
  const child = family?.children[0]?.personnummer as string;
  const custodians = (family?.guardians ?? []).filter((g) => g.hasCustody);
  const registered: RegisterPerson = {
    personnummer: child,
    coordinationNumber: false,
    givenName: 'Barn',
    familyName: 'Barnsson',
    birthDate: '2015-01-01',
    protectedIdentity: false,
    address: null,
    relations: custodians.map((g) => ({ type: 'V', personnummer: g.personnummer, givenName: g.givenName, familyName: g.familyName, from: '2015-01-01', until: null })),
  };
  let db: Database & { dispose(): Promise<void> };
  let reading: OperationSnapshot;
  const at = new Date(`${today}T10:00:00Z`);
  const identity = (username: string, role: Identity['role'], teamId: string | null): Identity => ({ username, role, teamId }) as Identity;

  beforeAll(async () => {
    db = (await (await backends())[0]?.open()) as typeof db;
    await seed(db, population);
    const consents = new Map([[child, await store.consentsForChildren(db, [child])]]);
    reading = { children: new Set([child]), standings: await store.childStandings(db, [child]), consents, register: new Map([[child, registered]]) };
  });
  afterAll(() => db?.dispose());

  it('releases nothing to a representative where the coordinator is permitted: every category RECIPIENT_NOT_COVERED', () => {
    const coordinator = grantBody(identity(family?.coordinator as string, 'COORDINATOR', family?.teamId ?? null), reading, child, at, defaultPolicy);
    expect(Object.values(coordinator.decisions).some((d) => d?.permit)).toBe(true);
    const representative = grantBody(identity('familjeombud1', 'FAMILY_REPRESENTATIVE', null), reading, child, at, defaultPolicy);
    expect(representative.guardian).toBe(false);
    expect(Object.keys(representative.decisions).sort()).toEqual([...categoriesAbout('CHILD')].sort());
    for (const d of Object.values(representative.decisions)) expect(d).toMatchObject({ permit: false, reason: 'RECIPIENT_NOT_COVERED' });
  });

  it('seeds F-00001 with every permission from every guardian with custody, in a history that cannot be changed', async () => {
    const events = await representativeEventsOfFamilies(db, [family?.id as string]);
    expect(events.map((e) => e.byPersonnummer)).toEqual(custodians.map((g) => g.personnummer));
    expect(
      representativeStandings(
        events,
        custodians.map((g) => g.personnummer),
      )[0]?.permissions,
    ).toEqual(['READ_PAGE', 'RECORD_OBSTACLES', 'SIP_PARTICIPANT']);
    await appendRepresentativeEvent(db, {
      familyId: family?.id as string,
      representative: 'familjeombud1',
      at: at.toISOString(),
      kind: 'WITHDRAWN',
      permissions: [],
      byPersonnummer: custodians[0]?.personnummer as string,
      byUsername: 'vardnadshavare1',
    });
    expect((await representativeEventsOfFamilies(db, [family?.id as string])).at(-1)?.kind).toBe('WITHDRAWN');
    await expect(db.query('UPDATE representative_events SET kind = $1', ['GIVEN'])).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM representative_events')).rejects.toThrow(/append-only/);
    // A GIVEN without a permission is no statement.
    await expect(
      appendRepresentativeEvent(db, { familyId: family?.id as string, representative: 'familjeombud1', at: at.toISOString(), kind: 'GIVEN', permissions: [], byPersonnummer: 'x', byUsername: 'x' }),
    ).rejects.toThrow();
  });
});
