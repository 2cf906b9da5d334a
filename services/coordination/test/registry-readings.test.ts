import { generatePopulation } from '@lotsen/agency-systems';
import type { Database, Queryable } from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryReadings } from '../src/consent/registry-readings.js';
import { seed, store } from '../src/index.js';
import { backends } from '../src/testing.js';

const population = generatePopulation({ seed: 12, families: 20, today: '2026-11-23' });
const [first, second] = population.families;
const kids = (first?.children ?? []).map((c) => c.personnummer);
const consentId = first?.consents[0]?.id as string;

/** The database as one instance sees it, counting the statements it sends. */
function counted(db: Queryable) {
  const sent: string[] = [];
  const view: Queryable = {
    query: (sql, params) => {
      sent.push(sql);
      return db.query(sql, params);
    },
  };
  return { sent, view };
}

const version = async (db: Queryable) => Number((await db.query<{ version: number }>('SELECT version FROM registry_version'))[0]?.version);

describe.each(await backends())('registry readings on $name', ({ open }) => {
  let db: Database & { dispose(): Promise<void> };
  beforeAll(async () => {
    db = await open();
    await seed(db, population);
  });
  afterAll(() => db.dispose());

  it('reads a child once while the registry is unchanged, then only the version', async () => {
    const { sent, view } = counted(db);
    const readings = new RegistryReadings(view);
    const a = await readings.read(kids);
    expect(sent).toHaveLength(3);
    expect(a.standings.get(kids[0] as string)?.familyId).toBe(first?.id);
    expect(a.consents.get(kids[0] as string)?.map((c) => c.id)).toContain(consentId);
    const b = await readings.read(kids);
    expect(sent).toHaveLength(4);
    expect(b.consents.get(kids[0] as string)).toEqual(a.consents.get(kids[0] as string));
  });

  it('sees a revocation another instance committed, and reads only the children it lacks', async () => {
    const { sent, view } = counted(db);
    const readings = new RegistryReadings(view);
    const before = await readings.read(kids);
    expect(before.consents.get(kids[0] as string)?.find((c) => c.id === consentId)?.revocation).toBeNull();
    await db.transaction(async (tx) => {
      await store.lockConsent(tx, consentId);
      await store.markRevoked(tx, consentId, '2026-11-23T10:00:00.000Z', 'vardnadshavare1', 'återkallat');
    });
    const after = await readings.read(kids);
    expect(after.consents.get(kids[0] as string)?.find((c) => c.id === consentId)?.revocation?.reason).toBe('återkallat');
    sent.length = 0;
    const other = (second?.children ?? []).map((c) => c.personnummer);
    await readings.read([...kids, ...other]);
    expect(sent).toHaveLength(3);
    expect(sent.filter((sql) => sql.includes('consents c'))).toHaveLength(1);
  });

  it('moves the version with every kind of change decisions rest on', async () => {
    const family = second?.id as string;
    const child = second?.children[0]?.personnummer as string;
    const changes: [string, string, unknown[]][] = [
      ['a party decision', "UPDATE consent_parties SET decision = 'GIVEN' WHERE consent_id = $1", [consentId]],
      ['a narrowed scope', "DELETE FROM consent_scope WHERE consent_id = $1 AND category = 'DIAGNOSES'", [consentId]],
      ['a consent', 'UPDATE consents SET valid_until = valid_until WHERE id = $1', [consentId]],
      ['an assignment', 'UPDATE assignments SET username = username WHERE family_id = $1', [family]],
      ['a member', 'UPDATE family_members SET position = position WHERE family_id = $1', [family]],
      ['a family', 'UPDATE families SET team_id = team_id WHERE id = $1', [family]],
      ['a person', 'UPDATE persons SET given_name = given_name WHERE personnummer = $1', [child]],
    ];
    for (const [what, sql, params] of changes) {
      const was = await version(db);
      await db.query(sql, params);
      expect(await version(db), what).toBeGreaterThan(was);
    }
  });

  it('moves the version only when the change commits', async () => {
    const was = await version(db);
    await expect(
      db.transaction(async (tx) => {
        await tx.query('UPDATE consents SET valid_until = valid_until WHERE id = $1', [consentId]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await version(db)).toBe(was);
  });

  it('serves nothing it read before when the version cannot be read', async () => {
    let down = false;
    const readings = new RegistryReadings({ query: (sql, params) => (down && sql.includes('registry_version') ? Promise.reject(new Error('store down')) : db.query(sql, params)) });
    await readings.read(kids);
    down = true;
    await expect(readings.read(kids)).rejects.toThrow('store down');
  });

  it('reads nothing when the version row is gone (last: it leaves the store without one)', async () => {
    await db.query('DELETE FROM registry_version');
    await expect(new RegistryReadings(db).read(kids)).rejects.toThrow('the registry version is missing');
  });
});
