import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type AuditEvent, AuditLog, auditMigrations, type Identity, openDatabase } from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rateLimitRefusal } from '../src/plugins/statistics-rate-limit.js';

const root = new URL('../../', import.meta.url).pathname;
const analyst: Identity = { username: 'analytiker1', role: 'ANALYST', teamId: null, agency: null, personnummer: null, municipality: null };
const staff: Identity = { username: 'skola2', role: 'AGENCY_STAFF', teamId: null, agency: null, personnummer: null, municipality: 'Grannkommun' };
const lead: Identity = { username: 'teamledare1', role: 'TEAM_LEAD', teamId: 'team-1', agency: null, personnummer: null, municipality: null };

/** A statistical release as coordination and the agencies write it (services/kit/src/audit/statistical-release.ts). */
const release = (who: Identity, at: string, figure = 'families'): AuditEvent => ({
  at,
  kind: 'STATISTICAL_RELEASE',
  actor: who.username,
  role: who.role,
  teamId: who.teamId,
  childPersonnummer: '',
  agency: null,
  categories: [figure],
  consentIds: [],
  reason: '{"from":"2026-01-01","to":"2026-12-31"}',
  operationName: null,
  documentHash: null,
  requestId: `r-${at}`,
});
/** `n` events a second apart from `start`. */
const times = (start: string, n: number) => Array.from({ length: n }, (_, i) => new Date(Date.parse(start) + i * 1000).toISOString());

/**
 * `npm run audit:report` as the DPO runs it, over an embedded store written here with pinned
 * dates: the script reads the store in a process of its own, as audit:verify does.
 */
describe('the audit summary of statistics (npm run audit:report)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lotsen-audit-report-'));
  const report = (args: string[], env: Record<string, string> = {}) => {
    const { AUDIT_DATABASE_URL: _a, DATABASE_URL: _d, AUDIT_RELEASES_PER_DAY: _l, ...rest } = process.env;
    return promisify(execFile)(process.execPath, ['--import', 'tsx', join(root, 'scripts/audit-report.ts'), ...args, dir], { cwd: root, env: { ...rest, ...env } });
  };

  beforeAll(async () => {
    const db = await openDatabase({ databaseUrl: '', pgliteDir: dir, migrations: [auditMigrations] });
    const coordination = new AuditLog(db, 'coordination');
    const school = new AuditLog(db, 'school');
    // 2 November (CET, UTC+1): analytiker1 makes 201 releases, 140 answers and 61 of the school's figures: over the line of 200.
    await coordination.append(times('2026-11-02T08:00:00Z', 140).map((at) => release(analyst, at)));
    await school.append(times('2026-11-02T09:00:00Z', 61).map((at) => release(analyst, at, 'school.absenceByTermSinceStart')));
    await coordination.append(times('2026-11-02T10:00:00Z', 3).map((at) => release(lead, at)));
    // 3 November: exactly 200, on the line and not over it; the last of them late in the evening in Sweden.
    await coordination.append([...times('2026-11-03T07:00:00Z', 199), '2026-11-03T22:30:00Z'].map((at) => release(analyst, at)));
    // 23:30 UTC on 3 November is 00:30 on 4 November in Sweden.
    await coordination.append([release(analyst, '2026-11-03T23:30:00Z')]);
    // Outside the period asked for.
    await coordination.append([release(analyst, '2026-10-31T12:00:00Z'), release(analyst, '2026-11-05T12:00:00Z')]);
    // The rate limit's refusals, as the gateway records them; and what is not a statistics matter.
    const gateway = new AuditLog(db, 'gateway');
    for (const at of ['2026-11-02T13:00:00Z', '2026-11-02T13:05:30Z'])
      await gateway.append([rateLimitRefusal(analyst, { operationName: null, documentHash: null, requestId: `q-${at}` }, new Date(at))]);
    await school.append([{ ...release(analyst, '2026-11-02T12:00:00Z'), kind: 'DENIAL', childPersonnummer: '201001012384', categories: ['ATTENDANCE'], reason: 'NO_CONSENT' }]);
    // Texts refused because they identified someone (services/coordination/src/text/refusal-event.ts): two names and a personnummer.
    const refused = (at: string, kind: string): AuditEvent => ({ ...release(staff, at), kind: 'TEXT_REFUSED', teamId: 'team-1', categories: [kind], reason: 'question' });
    await coordination.append([refused('2026-11-02T14:00:00Z', 'NAME'), refused('2026-11-02T14:01:00Z', 'NAME'), refused('2026-11-02T14:02:00Z', 'PERSONNUMMER')]);
    await db.close();
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the releases per user and day in Swedish, marks the day over the line, and lists the refusals', async () => {
    const { stdout } = await report(['--from', '2026-11-01', '--to', '2026-11-04']);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Statistik i granskningsloggarna, 2026-11-01 – 2026-11-04 (svensk tid)');
    expect(stdout).toContain('Gränsen: fler än 200 utlämnanden på en dag av en användare (AUDIT_RELEASES_PER_DAY).');
    const rows = lines.filter((l) => /^2026-11-\d\d /.test(l)).map((l) => l.split(/\s{2,}/));
    expect(rows).toEqual([
      ['2026-11-02', 'analytiker1', 'analytiker', '201', '140', 'JA'],
      ['2026-11-02', 'teamledare1', 'teamledare', '3', '3'],
      ['2026-11-03', 'analytiker1', 'analytiker', '200', '200'],
      ['2026-11-04', 'analytiker1', 'analytiker', '1', '1'],
      // The refusals, in Swedish time.
      ['2026-11-02', 'analytiker1', 'analytiker', '2', '14:00:00', '14:05:30'],
      // The refused texts, by the kind found.
      ['2026-11-02', 'skola2', 'verksamhetspersonal', '3', '2', '1', '0'],
    ]);
    expect(stdout).toContain('1 dag över gränsen.');
  });

  it('gives the same as JSON, and moves the line as configured', async () => {
    const { stdout } = await report(['--json', '--from', '2026-11-02', '--to', '2026-11-02'], { AUDIT_RELEASES_PER_DAY: '2' });
    expect(JSON.parse(stdout)).toEqual({
      from: '2026-11-02',
      to: '2026-11-02',
      line: 2,
      releases: [
        { day: '2026-11-02', user: 'analytiker1', role: 'ANALYST', releases: 201, answers: 140, overLine: true },
        { day: '2026-11-02', user: 'teamledare1', role: 'TEAM_LEAD', releases: 3, answers: 3, overLine: true },
      ],
      refusals: [{ day: '2026-11-02', user: 'analytiker1', role: 'ANALYST', refusals: 2, first: '2026-11-02T13:00:00.000Z', last: '2026-11-02T13:05:30.000Z' }],
      refusedTexts: [{ day: '2026-11-02', user: 'skola2', role: 'AGENCY_STAFF', texts: 3, names: 2, personnummer: 1, samordningsnummer: 0 }],
    });
  });

  it('refuses a day it cannot read, in Swedish, before opening the store', async () => {
    const bad = await report(['--from', '2026-02-30']).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(bad).toMatchObject({ code: 2 });
    expect(bad?.stderr).toContain("--from ska vara en dag, ÅÅÅÅ-MM-DD, inte '2026-02-30'");
  });
});
