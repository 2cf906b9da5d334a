import { addRecordKeys, derivedRecordKey, type HttpRequest } from '@lotsen/kit';
import { describe, expect, it } from 'vitest';
import { caseSystemRoutes } from '../src/case-system/server.js';
import { type Child, generatePopulation } from '../src/index.js';

const today = '2026-11-23';
const population = generatePopulation({ seed: 9, families: 80, today });
const children = population.families.flatMap((f) => f.children);
const clients = children.filter((c) => (c.social?.interventions.length ?? 0) > 0);
const notClients = children.filter((c) => !c.social).slice(0, 4);
// The case system's statistics key secret, fixed here so that the test can derive every key itself.
const secret = 'the case system’s statistics secret';
const keysOf = (personnummer: Iterable<string>) => addRecordKeys(...[...personnummer].map((p) => derivedRecordKey(secret, p)));
const insatstyp = { FAMILY_THERAPY: 'Familjebehandling', HOUSING_SUPPORT: 'Boendestöd', CONTACT_PERSON: 'Kontaktperson', CONTACT_FAMILY: 'Kontaktfamilj' } as const;

const route = caseSystemRoutes(population, { statisticsSecret: secret }).routes['POST /api/v1/statistik/insatser'];
const ask = async (body: unknown) => {
  const res = await route?.({
    method: 'POST',
    path: '/api/v1/statistik/insatser',
    query: new URLSearchParams(),
    headers: {},
    body: typeof body === 'string' ? body : JSON.stringify(body),
    clientVerified: false,
  } as HttpRequest);
  return { status: res?.status, body: JSON.parse(String(res?.body)) as Record<string, unknown> };
};

type Rad = { insatstyp: string; insatser: number; barn: number; nyckelsumma: number; dagar: number; flestDagarEttBarn: number };
/** The report straight from the records: per kind the children (each once), their key sum, the interventions, the days, and the most days of one child. */
function expected(named: Child[], till: string) {
  const tillMs = Date.parse(till);
  const kinds = new Map<string, { who: Map<string, number>; insatser: number }>();
  for (const c of new Set(named))
    for (const i of c.social?.interventions ?? []) {
      const start = Date.parse(i.startDate);
      if (start > tillMs) continue;
      const end = i.endDate && Date.parse(i.endDate) < tillMs ? Date.parse(i.endDate) : tillMs;
      const kind = kinds.get(insatstyp[i.kind]) ?? { who: new Map<string, number>(), insatser: 0 };
      kind.who.set(c.personnummer, (kind.who.get(c.personnummer) ?? 0) + Math.max(0, Math.round((end - start) / 86_400_000)));
      kind.insatser += 1;
      kinds.set(insatstyp[i.kind], kind);
    }
  return [...kinds].map(([typ, { who, insatser }]) => ({
    insatstyp: typ,
    insatser,
    barn: who.size,
    nyckelsumma: keysOf(who.keys()),
    dagar: [...who.values()].reduce((a, b) => a + b, 0),
    flestDagarEttBarn: Math.max(...who.values()),
  }));
}
const byKind = (rader: Rad[]) => [...rader].sort((a, b) => a.insatstyp.localeCompare(b.insatstyp));

describe('the case system’s statistics report', () => {
  it('has clients with interventions of several kinds, and children who are no clients', () => {
    expect(clients.length).toBeGreaterThan(10);
    expect(new Set(clients.flatMap((c) => c.social?.interventions.map((i) => i.kind) ?? [])).size).toBeGreaterThan(1);
    expect(notClients).toHaveLength(4);
  });

  it('gives per kind the children, interventions and days, each count with the key sum of exactly the children counted, and the children named with theirs', async () => {
    const named = [...clients, ...notClients];
    const { status, body } = await ask({ personnummer: [...named.map((c) => c.personnummer), '189001019802'], till: today });
    expect(status).toBe(200);
    expect(byKind(body.rader as Rad[])).toEqual(byKind(expected(named, today)));
    // Every child named is in the children named, client or not, and a number nobody has as well.
    expect(body.urval).toEqual({ barn: named.length + 1, nyckelsumma: keysOf([...named.map((c) => c.personnummer), '189001019802']) });
  });

  it('counts interventions begun by the day asked only, each to its end or that day', async () => {
    const till = '2026-03-31';
    const { body } = await ask({ personnummer: clients.map((c) => c.personnummer), till });
    const want = expected(clients, till);
    expect(byKind(body.rader as Rad[])).toEqual(byKind(want));
    expect(want.reduce((n, r) => n + r.insatser, 0)).toBeLessThan(expected(clients, today).reduce((n, r) => n + r.insatser, 0));
  });

  it('counts a child named twice once, in every count and key sum', async () => {
    const [one] = clients as [Child];
    const twice = await ask({ personnummer: [one.personnummer, one.personnummer], till: today });
    expect(twice.body).toEqual((await ask({ personnummer: [one.personnummer], till: today })).body);
    expect(twice.body.urval).toEqual({ barn: 1, nyckelsumma: keysOf([one.personnummer]) });
  });

  it('refuses a question it cannot answer with 400 and what is wrong', async () => {
    for (const [body, message] of [
      [{ till: today }, /personnummer/],
      [{ personnummer: 'x', till: today }, /personnummer/],
      [{ personnummer: [1], till: today }, /personnummer/],
      [{ personnummer: [] }, /till/],
      [{ personnummer: [], till: '2026-11' }, /till/],
      ['null', /personnummer/],
    ] as const) {
      const res = await ask(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.message, JSON.stringify(body)).toMatch(message);
    }
  });
});
