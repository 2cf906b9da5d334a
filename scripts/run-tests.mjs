// npm test: every package's tests through turbo (two at a time on this 2-core machine),
// then one closing line that sums them: "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildDashboard } from './build-dashboard.mjs';

const root = new URL('..', import.meta.url).pathname;
const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const packages = workspaces.flatMap((w) => (w.endsWith('/*') ? readdir(w.slice(0, -2)) : [w]));
const reports = packages.map((p) => join(root, p, '.vitest-report.json'));
for (const r of reports) rmSync(r, { force: true });

// The browser tests sign in to the built dashboard.
buildDashboard();

const run = spawnSync('npx', ['turbo', 'run', 'test', '--continue', '--concurrency=2', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' },
});

let passed = 0;
let failed = 0;
let skipped = 0;
let failedSuites = 0;
for (const r of reports.filter((f) => existsSync(f))) {
  const report = JSON.parse(readFileSync(r, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // A suite whose setup failed reports its tests as skipped, not failed: counted apart.
  failedSuites += report.numFailedTestSuites;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped${failedSuites > 0 ? `; ${failedSuites} suites failed` : ''}`);
process.exit(run.status === 0 && failed === 0 && failedSuites === 0 && passed > 0 ? 0 : 1);

function readdir(dir) {
  return spawnSync('ls', [join(root, dir)], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean)
    .map((d) => `${dir}/${d}`);
}
