// Where the caseload's CPU goes: the system of the our-shape benchmark with every service under
// `node --cpu-prof`, the caseload at a fixed rate, then each service's heaviest functions (self
// time) and packages. `npm run bench:profile [rate] [seconds]` (PROFILE_FAMILIES: population, default
// 1,000); profiles stay in the printed folder.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLoad } from '../lib/load.js';
import { caseloadBody, services, startBenchSystem } from './system.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const rate = Number(process.argv[2] ?? 5);
const seconds = Number(process.argv[3] ?? 20);
const top = Number(process.env.PROFILE_TOP ?? 12);
const dir = mkdtempSync(join(tmpdir(), 'lotsen-profile-'));

/** The package a frame belongs to (node_modules/<name>), or the source file for our own code. */
function owner(url: string): string {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1] as string;
  if (url.startsWith('node:')) return url;
  return url ? (url.split('/').slice(-3).join('/') ?? url) : '(native)';
}

/** Microseconds on the monotonic clock V8's profiles use. */
const now = () => Number(process.hrtime.bigint() / 1000n);

/** Self time per function and per package over the samples taken between `from` and `to`. */
function summarise(profile: Profile, from: number, to: number, operations: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const packages = new Map<string, number>();
  let total = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    at += profile.timeDeltas[i] ?? 0;
    if (!frame || frame.functionName === '(idle)' || at < from || at > to) return;
    total += ms;
    const where = `${frame.functionName || '(anonymous)'} ${owner(frame.url)}:${frame.lineNumber + 1}`;
    self.set(where, (self.get(where) ?? 0) + ms);
    packages.set(owner(frame.url), (packages.get(owner(frame.url)) ?? 0) + ms);
  });
  const rows = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => `  ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${(ms / operations).toFixed(2).padStart(6)} ms/op  ${k}`);
  return [`busy ${(total / operations).toFixed(1)} ms per operation`, ' functions (self):', ...rows(self), ' packages:', ...rows(packages)];
}

const system = await startBenchSystem(Number(process.env.PROFILE_FAMILIES ?? 1000), Number(process.env.BENCH_AGENCY_LATENCY_MS ?? 20), dir);
await runLoad({ url: system.gatewayUrl, headers: system.headers, body: caseloadBody, connections: 4, seconds: 10 });
const from = now();
const result = await runLoad({ url: system.gatewayUrl, headers: system.headers, body: caseloadBody, connections: 50, seconds, rate, steady: true });
const to = now();
await system.stop();
console.log(`caseload at ${rate}/s for ${seconds} s: ${result.requests} answered, p50 ${result.p50.toFixed(0)} ms, p95 ${result.p95.toFixed(0)} ms; profiles in ${dir}`);
for (const service of services) {
  // CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile: thread 0 is the main thread (the module
  // loader's thread writes one too).
  const file = readdirSync(join(dir, service)).find((f) => /^CPU(\.\d+){3}\.0\./.test(f));
  const main = file && (JSON.parse(readFileSync(join(dir, service, file), 'utf8')) as Profile);
  console.log(`\n${service}`);
  for (const line of main ? summarise(main, from, to, result.requests) : ['no profile']) console.log(line);
}
process.exit(0);
