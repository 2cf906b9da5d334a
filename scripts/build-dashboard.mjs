// Builds the dashboard (codegen, then Vite) when its build is missing or older than what it is
// made from; npm start and npm test call it, so both work from a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const app = join(root, 'services/dashboard');
const built = join(app, 'dist/index.html');
const sources = [join(app, 'src'), join(app, 'index.html'), join(app, 'vite.config.ts'), join(app, 'codegen.ts'), join(app, 'package.json'), join(root, 'schema/supergraph.graphql')];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
}

export function buildDashboard() {
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newest))) return;
  console.log('Building the dashboard (services/dashboard)…');
  const run = spawnSync('npm', ['run', '-s', 'build', '-w', '@lotsen/dashboard'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (run.status !== 0) throw new Error('the dashboard did not build: see the output above');
}

if (process.argv[1] === new URL(import.meta.url).pathname) buildDashboard();
