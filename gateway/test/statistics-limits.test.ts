import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { AuditLog, auditMigrations, connectRedis, type Database, openDatabase, openPostgres } from '@lotsen/kit';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxStatisticsPerRequest } from '../src/plugins/statistics-per-request.js';
import { rateLimitReason, statisticsRateFromEnv } from '../src/plugins/statistics-rate-limit.js';
import { InProcessAnswerWindow, SharedAnswerWindow } from '../src/statistics/answer-window.js';
import { chosenOperation, statisticsAnswers } from '../src/statistics/root-selection.js';
import { type StandIn, startStandIn } from './statistics-stand-in.js';

type Json = Record<string, any>;
const one = 'statistics(filter: { lastQuarters: 4 }) { threshold families { started { value suppressed reason } } }';
const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `s${i}: ${one}`).join(' ')} }`;
const refusalsIn = (db: Database, user: string) =>
  db.query<Json>("SELECT actor, role, kind, reason, child_personnummer, request_id FROM audit_events WHERE source = 'gateway' AND actor = $1 ORDER BY seq", [user]);

describe('statistics through the gateway: the CSV export, the cap per request and the rate limit', () => {
  let db: Database;
  let standIn: StandIn;
  beforeAll(async () => {
    db = await openDatabase({ databaseUrl: '', pgliteDir: null, migrations: [auditMigrations] });
    standIn = await startStandIn({ statisticsLimits: { maxPerRequest: 2, answers: 4, windowS: 60 }, audit: new AuditLog(db, 'gateway') });
  }, 60_000);
  afterAll(async () => {
    await standIn?.close();
    await db?.close();
  });

  it('gives a CSV whose hostile filter value opens as text, and whose negative figure stays a number', async () => {
    const municipality = '=HYPERLINK("http://x")';
    const res = await standIn.csv(
      'csv-reader',
      'query($f: StatisticsFilter!) { statistics(filter: $f) { municipality families { started { value suppressed reason } ongoing { value suppressed reason } } followUpRatings { area change { value suppressed reason } } } }',
      { f: { lastQuarters: 4, municipality } },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(Buffer.from(await res.arrayBuffer()), { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    const byFigure = Object.fromEntries(rows.map((r) => [r.figur, r]));
    expect(byFigure['statistics.municipality']).toEqual({ figur: 'statistics.municipality', beskrivning: 'Kommun', värde: `'${municipality}`, undertryckt: '', skäl: '' });
    expect(byFigure['statistics.followUpRatings.HOME_LIFE.change']).toMatchObject({ beskrivning: 'Skattningar per område, vardagen hemma, förändring', värde: '-0,4', undertryckt: 'nej' });
    expect(byFigure['statistics.families.ongoing']).toMatchObject({ beskrivning: 'Familjer, pågående', värde: '', undertryckt: 'ja', skäl: 'SMALL_COUNT' });
    // A client that says what it wants (Accept: text/csv) gets the same CSV.
    const asked = await standIn.csv('csv-reader', '{ statistics(filter: { lastQuarters: 4 }) { families { started { value suppressed reason } } } }', undefined, undefined, 'text/csv');
    expect(asked.status).toBe(200);
    expect(asked.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it.each([
    ['caseload', '{ caseload { reference children { givenName personnummer } } }'],
    ['caseload behind a fragment', 'query { ...F } fragment F on Query { caseload { reference } }'],
    ['caseload behind an alias', '{ statistics: caseload { reference } }'],
    ['caseload beside statistics', `{ ${one} caseload { reference } }`],
    ['a mutation', 'mutation { revokeConsent(id: "c-1") { id } }'],
  ])('refuses to export %s (400, in Swedish) before anything reaches a subgraph', async (_, query) => {
    const before = standIn.subgraphCalls();
    const res = await standIn.csv('csv-refused', query);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/^Bara statistik kan hämtas som CSV/);
    expect(standIn.subgraphCalls()).toBe(before);
  });

  it('refuses more statistics answers in one request than the cap (400, in Swedish), before anything runs or is counted', async () => {
    const before = standIn.subgraphCalls();
    const res = await standIn.post('capped', aliased(3));
    expect(res.status).toBe(400);
    const body = (await res.json()) as Json;
    expect(body.data).toBeUndefined();
    expect(body.errors[0].message).toMatch(/^Högst 2 statistiksvar per fråga; den här ber om 3/);
    // The same answers hidden behind fragments count alike.
    const hidden = await standIn.post('capped', `query { ...A ... on Query { c: ${one} } } fragment A on Query { a: ${one} ...B } fragment B on Query { b: ${one} }`);
    expect(hidden.status).toBe(400);
    expect(standIn.subgraphCalls()).toBe(before);
    // Nothing was counted: the whole line of four is still there.
    for (let i = 0; i < 2; i++) expect((await standIn.post('capped', aliased(2))).status).toBe(200);
  });

  it('answers 429 with Retry-After and a Swedish message past the line, for POST /graphql and GET /statistics.csv alike, and records each refusal', async () => {
    const user = 'busy-analyst';
    expect((await standIn.post(user, aliased(2))).status).toBe(200);
    expect((await standIn.post(user, `{ ${one} }`)).status).toBe(200);
    const calls = standIn.subgraphCalls();
    // Three answers given, one left: a request for two is refused whole.
    const over = await standIn.post(user, aliased(2));
    expect(over.status).toBe(429);
    const retryAfter = Number(over.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await over.json()) as Json;
    expect(body.errors[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect(body.errors[0].message).toMatch(/^För många statistikfrågor: högst 4 statistiksvar per minut\. Försök igen om \d+ sekunder\./);
    expect(standIn.subgraphCalls()).toBe(calls);
    // The refused request counted nothing: the last answer is still there.
    expect((await standIn.post(user, `{ ${one} }`)).status).toBe(200);
    const csv = await standIn.csv(user, `{ ${one} }`);
    expect(csv.status).toBe(429);
    expect(Number(csv.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await csv.text()).toMatch(/^För många statistikfrågor/);
    // Other questions, and other users, are not held back.
    expect((await standIn.post(user, '{ __typename }')).status).toBe(200);
    expect((await standIn.post('another-analyst', `{ ${one} }`)).status).toBe(200);
    const recorded = await refusalsIn(db, user);
    expect(recorded).toHaveLength(2);
    for (const e of recorded) expect(e).toMatchObject({ actor: user, role: 'ANALYST', kind: 'DENIAL', reason: rateLimitReason, child_personnummer: '' });
    expect(await new AuditLog(db, 'gateway').verify()).toMatchObject({ ok: true, events: 2 });
  });

  it('leaves an operation name the document does not hold to be refused as any other (400, not 500)', async () => {
    const res = await fetch(`${standIn.gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await standIn.token('named')}` },
      body: JSON.stringify({ query: `query A { ${one} }`, operationName: 'B' }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Json).errors[0].message).toMatch(/Unknown operation named "B"/);
  });

  it('refuses past the line even when the refusal cannot be recorded (the audit store down)', async () => {
    const dead = await openPostgres({ connectionString: 'postgres://postgres@127.0.0.1:1/none' });
    const other = await startStandIn({ statisticsLimits: { maxPerRequest: 1, answers: 1, windowS: 60 }, audit: new AuditLog(dead, 'gateway') });
    try {
      expect((await other.post('u', `{ ${one} }`)).status).toBe(200);
      const res = await other.post('u', `{ ${one} }`);
      expect(res.status).toBe(429);
      expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      await other.close();
      await dead.close();
    }
  });
});

describe('the window of answers', () => {
  it('slides: an answer leaves it a window after it was given, and Retry-After says when room is made', async () => {
    let now = 1_000_000;
    const window = new InProcessAnswerWindow({ answers: 3, windowMs: 60_000 }, () => now);
    expect(await window.claim('u', 2)).toEqual({ granted: true });
    now += 20_000;
    expect(await window.claim('u', 1)).toEqual({ granted: true });
    now += 10_000;
    // Two would need the first two answers gone: given 30 s ago, they leave in 30 s.
    expect(await window.claim('u', 1)).toEqual({ granted: false, retryAfterS: 30 });
    expect(await window.claim('v', 3)).toEqual({ granted: true });
    now += 29_500;
    expect(await window.claim('u', 1)).toEqual({ granted: false, retryAfterS: 1 });
    now += 500;
    expect(await window.claim('u', 2)).toEqual({ granted: true });
    // Now the answer of 40 s ago and the two just given: one more waits 20 s.
    expect(await window.claim('u', 1)).toEqual({ granted: false, retryAfterS: 20 });
  });

  it('counts each statistics at the root once, alias or fragment, and nothing else', () => {
    const count = (q: string) => {
      const document = parse(q);
      return statisticsAnswers(document, chosenOperation(document, null) as never);
    };
    expect(count('{ __typename }')).toBe(0);
    expect(count(`{ ${one} }`)).toBe(1);
    // The same response key twice is one field, answered once.
    expect(count(`{ ${one} ${one} }`)).toBe(1);
    expect(count(aliased(3))).toBe(3);
    expect(count(`query { ...A } fragment A on Query { a: ${one} ... on Query { b: ${one} } }`)).toBe(2);
  });

  it('by default lets the cookbook’s thirteen questions run one after the other, each within the cap', () => {
    const cookbook = readFileSync(new URL('../../docs/analysts.md', import.meta.url), 'utf8');
    const questions = [...cookbook.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => parse(m[1] as string));
    expect(questions).toHaveLength(13);
    const max = maxStatisticsPerRequest();
    const line = statisticsRateFromEnv(max);
    const asked = questions.map((d) => statisticsAnswers(d, chosenOperation(d, null) as never));
    for (const n of asked) expect(n).toBeLessThanOrEqual(max);
    expect(asked.reduce((a, n) => a + n, 0)).toBeLessThanOrEqual(line.answers);
  });
});

describe('the window shared by gateway instances through Redis', () => {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const limit = { answers: 3, windowMs: 60_000 };

  it('holds one line for a user over two instances, and each instance holds it alone while Redis is down', async () => {
    const redis = connectRedis(url);
    const ready = await new Promise<boolean>((resolve) => {
      redis.once('ready', () => resolve(true));
      setTimeout(() => resolve(false), 3000);
    });
    if (!ready) {
      redis.disconnect();
      if (process.env.CI) throw new Error(`Redis at ${url} is not reachable: CI must run the shared window on it`);
      console.warn(`Redis at ${url} not reachable: the shared window is not tested here`);
      return;
    }
    const user = `shared-${randomUUID()}`;
    try {
      const a = new SharedAnswerWindow(redis, limit);
      const b = new SharedAnswerWindow(redis, limit);
      expect(await a.claim(user, 2)).toEqual({ granted: true });
      expect(await b.claim(user, 1)).toEqual({ granted: true });
      // Instance b has given one answer itself, but the line is the user's over both.
      const refused = await b.claim(user, 1);
      // Room is made when instance a's first answers leave the window, a minute after they were given.
      expect(refused).toEqual({ granted: false, retryAfterS: expect.any(Number) });
      expect(refused.granted === false && refused.retryAfterS >= 59 && refused.retryAfterS <= 60).toBe(true);
      expect(await a.claim(user, 1)).toMatchObject({ granted: false });
    } finally {
      await redis.del(`lotsen:statistics-answers:${user}`);
      redis.disconnect();
    }
    const down = connectRedis('redis://127.0.0.1:1');
    try {
      const alone = new SharedAnswerWindow(down, limit);
      expect(await alone.claim(user, 3)).toEqual({ granted: true });
      expect(await alone.claim(user, 1)).toMatchObject({ granted: false });
    } finally {
      down.disconnect();
    }
  });
});
