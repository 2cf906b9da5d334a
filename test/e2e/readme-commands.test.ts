import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'lotsen-start-'));
const env = { ...process.env, LOTSEN_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
let started: ChildProcess | undefined;
const run = promisify(execFile);

// Ctrl+C in a terminal signals the whole process group: npm, tsx and the system alike.
const signal = (name: NodeJS.Signals) => {
  try {
    if (started?.pid) process.kill(-started.pid, name);
  } catch {
    // already gone
  }
};

afterAll(() => {
  signal('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** The README's first command, run as a user would: `npm start`, then `npm run token`, then a query. */
describe('npm start on a bare machine', () => {
  it('boots the whole system with seeded data on the fixed ports and prints how to get a token', async () => {
    started = spawn('npm', ['start'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start did not come up:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Press Ctrl+C to stop.')) {
          clearTimeout(timer);
          resolve();
        }
      };
      started?.stdout?.on('data', onData);
      started?.stderr?.on('data', onData);
      started?.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output}`)));
    });
    expect(output).toContain('http://localhost:4000/graphql');
    expect(output).toContain('npm run token -- koordinator1');

    const { stdout: token } = await run('npm', ['run', '-s', 'token', '--', 'koordinator1'], { cwd: root, env });

    // The embedded store has one owner: audit:verify is refused while npm start holds it, and
    // says why, without touching the store.
    const refused = await run('npm', ['run', '-s', 'audit:verify'], { cwd: root, env }).then(
      () => undefined,
      (error: { code?: number; stdout: string; stderr: string }) => error,
    );
    expect(refused?.code).toBe(2);
    expect(refused?.stderr).toContain(`The embedded store ${join(dataDir, 'pglite')} is in use by process`);
    expect(refused?.stderr).toContain('stop `npm start`');
    expect(refused?.stderr).not.toContain('    at ');

    const res = await fetch('http://localhost:4000/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token.trim()}` },
      body: JSON.stringify({ query: '{ caseload { reference children { school { enrolment { __typename } } } } }' }),
    });
    const body = (await res.json()) as { data: { caseload: { reference: string; children: { school: { enrolment: { __typename: string } } }[] }[] } };
    expect(body.data.caseload.map((f) => f.reference)).toContain('F-00001');
    expect(body.data.caseload[0]?.children[0]?.school.enrolment.__typename).toBe('SchoolEnrolment');
    for (const port of [4000, 4001, 4002, 4003, 4004, 4101, 4102, 4103, 4104]) expect((await fetch(`http://localhost:${port}/ready`)).status, String(port)).toBe(200);
    // The dashboard the README points to, and where it signs in.
    const page = await fetch('http://localhost:4000/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="sv">');
    expect(await (await fetch('http://localhost:4000/app-config.json')).json()).toEqual({ issuer: 'http://localhost:4005', clientId: 'lotsen-dashboard' });
    expect((await fetch('http://localhost:4005/.well-known/openid-configuration')).status).toBe(200);
    expect(output).toContain('http://localhost:4000/');

    const exited = new Promise<number | null>((resolve) => started?.on('exit', resolve));
    signal('SIGINT');
    await exited;
    await expect(fetch('http://localhost:4000/health')).rejects.toThrow();

    // Stopped with Ctrl+C, npm start gave the store back: audit:verify opens it and finds every chain intact.
    const verified = await run('npm', ['run', '-s', 'audit:verify'], { cwd: root, env });
    expect(verified.stdout).toMatch(/^ok +school: \d+ events$/m);
    expect(verified.stdout).not.toContain('BROKEN');
  }, 180_000);
});
