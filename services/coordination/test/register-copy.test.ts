import { generatePopulation, populationRegisterRoutes } from '@lotsen/agency-systems';
import { startHttpServer } from '@lotsen/kit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { custodiansOf, populationRegisterClient } from '../src/register/population-register.js';
import { RegisterCopy } from '../src/register/register-copy.js';

const population = generatePopulation({ seed: 20261126, families: 40, today: '2026-11-26' });
const register = populationRegisterRoutes(population);
let server: Awaited<ReturnType<typeof startHttpServer>>;
let copy: RegisterCopy;
const lookups = () => register.control.counters.get('POST /navet/v1/personposter/sok') ?? 0;
const until = async (what: () => boolean) => {
  for (let i = 0; i < 200 && !what(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(what()).toBe(true);
};
const children = (n: number) => population.families.slice(0, n).flatMap((f) => f.children.map((c) => c.personnummer));

beforeAll(async () => {
  server = await startHttpServer(register.routes, 0);
});
afterEach(async () => {
  await copy?.close();
  register.control.setFaults({ down: false, latencyMs: 0 });
});
afterAll(() => server.close());

describe('custody kept locally, moved by the register’s change notices', () => {
  it('asks the register once for a person, then answers from the copy', async () => {
    copy = new RegisterCopy(server.url, { waitSeconds: 1 });
    await until(() => copy.current());
    const before = lookups();
    const first = await copy.lookup(children(5));
    expect(lookups()).toBe(before + 1);
    const again = await copy.lookup(children(5));
    expect(lookups()).toBe(before + 1);
    expect([...again.keys()].sort()).toEqual([...first.keys()].sort());
    expect(again.size).toBe(children(5).length);
  });

  it('sees a court’s custody change before the change is answered, without a lookup', async () => {
    copy = new RegisterCopy(server.url, { waitSeconds: 5 });
    await until(() => copy.current());
    const family = population.families[1] as (typeof population.families)[number];
    const child = family.children[0]?.personnummer as string;
    await copy.lookup([child]);
    const before = lookups();
    const res = await fetch(`${server.url}/_sim/custody`, { method: 'POST', body: JSON.stringify({ child, guardians: [{ personNr: '197001012384' }] }) });
    expect(await res.json()).toMatchObject({ levererad: true });
    expect(custodiansOf((await copy.lookup([child])).get(child), '2026-11-26')).toEqual(['197001012384']);
    expect(lookups()).toBe(before);
  });

  it('stops using the copy the moment the notices stop, and fails like the register while it is down', async () => {
    copy = new RegisterCopy(server.url, { waitSeconds: 5 });
    await until(() => copy.current());
    await copy.lookup(children(3));
    register.control.setFaults({ down: true });
    await until(() => !copy.current());
    expect(copy.state()).toEqual({ registerCopy: false });
    await expect(copy.lookup(children(3))).rejects.toThrow();
    register.control.setFaults({ down: false });
    // Following again from the register's present number, with the copy read afresh.
    await until(() => copy.current());
    const before = lookups();
    await copy.lookup(children(3));
    expect(lookups()).toBe(before + 1);
  });

  it('is not used when the register has not answered a poll within the staleness bound', async () => {
    // A poll held longer than the bound (a register that hangs without closing the connection).
    copy = new RegisterCopy(server.url, { waitSeconds: 2, staleAfterMs: 300 });
    await until(() => copy.current());
    await new Promise((r) => setTimeout(r, 400));
    expect(copy.current()).toBe(false);
    const before = lookups();
    await copy.lookup(children(1));
    expect(lookups()).toBe(before + 1);
  });

  it('keeps no person read at a number older than a notice already applied', async () => {
    const family = population.families[2] as (typeof population.families)[number];
    const child = family.children[0]?.personnummer as string;
    // The register's answer is held on its way back while a custody change is applied from the notices.
    const direct = populationRegisterClient(server.url);
    let arrived = () => {};
    const answered = new Promise<void>((r) => {
      arrived = r;
    });
    const reader = { ...direct, read: async (p: readonly string[]) => (await Promise.all([direct.read(p), answered]))[0] };
    copy = new RegisterCopy(server.url, { waitSeconds: 5, reader });
    await until(() => copy.current());
    const slow = copy.lookup([child]);
    await new Promise((r) => setTimeout(r, 50));
    const res = await fetch(`${server.url}/_sim/custody`, { method: 'POST', body: JSON.stringify({ child, guardians: [{ personNr: '197001012384' }] }) });
    expect(await res.json()).toMatchObject({ levererad: true });
    arrived();
    // That request is answered as the register read it; the copy does not keep it.
    expect(custodiansOf((await slow).get(child), '2026-11-26')).not.toEqual(['197001012384']);
    await slow;
    const before = lookups();
    expect(custodiansOf((await copy.lookup([child])).get(child), '2026-11-26')).toEqual(['197001012384']);
    expect(lookups()).toBe(before + 1);
  });
});
