// The dashboard's first view, measured in the browser: koordinator1 (30 families) signed in
// through the OIDC page, then the time from navigation to the work list being usable (its first
// family link visible), the median of several reloads of the signed-in tab; and the size of what
// the browser downloads (services/dashboard/dist/assets, raw and gzip). A figure, never a verdict.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startSystem } from '@lotsen/local-stack';
import { chromiumAvailable, launchChromium } from '../../e2e/browser/chromium.js';
import { signIn } from '../../e2e/browser/sign-in.js';
import { writeResults } from '../lib/results.js';

const root = new URL('../../../', import.meta.url).pathname;
const assets = join(root, 'services/dashboard/dist/assets');
const reloads = Number(process.env.BENCH_DASHBOARD_RELOADS ?? 5);
const goalMs = 1500;

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const ms = (n: number) => `${Math.round(n)}`.padStart(7);
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(9);

/** One load of the page, timed in it: navigation start (performance's origin) to the first family link shown. */
interface Load {
  interactive: number;
  responseEnd: number;
  domContentLoaded: number;
}

// The build the gateway serves: made now if older than its sources.
const build = spawnSync('node', [join(root, 'scripts/build-dashboard.mjs')], { stdio: 'inherit' });
if (build.status !== 0) throw new Error('the dashboard did not build');

const files = readdirSync(assets).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
const sizes = files.map((f) => {
  const bytes = readFileSync(join(assets, f));
  return { file: f, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});

const loads: Load[] = [];
const coldLoads: Load[] = [];
if (!chromiumAvailable) console.log('\nchromium not installed (apt-get install chromium): the first view is not measured, only the bundle');
else {
  // 31 families: archetype 8 is koordinator2's, so koordinator1 carries 30.
  const system = await startSystem({ families: 31 });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const origin = `http://localhost:${system.gateway.port}`;
    await signIn(page, origin, 'koordinator1');
    const measure = async (): Promise<Load> => {
      await page.reload({ waitUntil: 'commit' });
      // Checked on every animation frame in the page itself, so the time is the page's own clock.
      const ready = await page.waitForFunction(
        () => {
          const link = (globalThis as any).document.querySelector('li.card a[href^="/familj/"]');
          const box = link?.getBoundingClientRect();
          return box && box.width > 0 && box.height > 0 && !link.closest('[inert],[aria-disabled="true"]') ? (globalThis as any).performance.now() : false;
        },
        undefined,
        { polling: 'raf', timeout: 30_000 },
      );
      const interactive = (await ready.jsonValue()) as number;
      const timing = await page.evaluate(() => {
        const [nav] = (globalThis as any).performance.getEntriesByType('navigation');
        return { responseEnd: nav.responseEnd as number, domContentLoaded: nav.domContentLoadedEventEnd as number };
      });
      return { interactive, ...timing };
    };
    await measure(); // warm-up: the services' first operations compile and fill their caches
    for (let i = 0; i < reloads; i++) loads.push(await measure());
    // The same with the browser's cache off: a first visit, every asset fetched again.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    for (let i = 0; i < reloads; i++) coldLoads.push(await measure());
  } finally {
    await browser.close();
    await system.close();
  }
}

console.log(`\nDashboard: koordinator1's work list (30 families) in Debian chromium, headless, 1280 px; median of ${reloads} reloads of a signed-in tab`);
if (loads.length > 0) {
  console.log('from navigation start to                          median     min     max   (ms)');
  const row = (name: string, pick: (l: Load) => number) => {
    const xs = loads.map(pick);
    console.log(`${name.padEnd(48)}${ms(median(xs))} ${ms(Math.min(...xs))} ${ms(Math.max(...xs))}`);
  };
  row('  the page received (responseEnd)', (l) => l.responseEnd);
  row('  the app parsed (DOMContentLoaded)', (l) => l.domContentLoaded);
  row('  first family link shown: first view interactive', (l) => l.interactive);
  const cold = coldLoads.map((l) => l.interactive);
  console.log(`${'  same, with the browser cache off'.padEnd(48)}${ms(median(cold))} ${ms(Math.min(...cold))} ${ms(Math.max(...cold))}`);
  const figure = median(loads.map((l) => l.interactive));
  console.log(`goal: first view interactive ≤ ${goalMs} ms: ${Math.round(figure)} ms, ${figure <= goalMs ? 'met' : 'not met'}`);
}

console.log('\nbundle (services/dashboard/dist/assets)            raw kB   gzip kB');
for (const s of sizes) console.log(`  ${s.file.padEnd(44)}${kb(s.raw)} ${kb(s.gzip)}`);
const total = sizes.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
console.log(`  ${'total'.padEnd(44)}${kb(total.raw)} ${kb(total.gzip)}`);

writeResults('dashboard', {
  reloads,
  goalMs,
  firstViewInteractiveMs: loads.length > 0 ? median(loads.map((l) => l.interactive)) : null,
  firstViewInteractiveNoCacheMs: coldLoads.length > 0 ? median(coldLoads.map((l) => l.interactive)) : null,
  loads,
  coldLoads,
  bundle: { files: sizes, total },
});
