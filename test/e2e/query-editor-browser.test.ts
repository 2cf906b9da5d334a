import { existsSync } from 'node:fs';
import { type RunningSystem, startSystem } from '@lotsen/local-stack';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const executablePath = '/usr/bin/chromium';
const available = existsSync(executablePath);
if (!available && process.env.CI) throw new Error('Debian chromium is required in CI (.ci/run installs it)');
if (!available) console.warn('chromium not installed (apt-get install chromium): the browser test of the query editor does not run here');

describe.runIf(available)('the in-browser query editor, in a real browser with no internet', () => {
  let system: RunningSystem;
  let browser: Browser;
  beforeAll(async () => {
    system = await startSystem({ families: 12 });
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  it('loads every part from the gateway and runs a query with a development token', async () => {
    const page = await browser.newPage();
    const origin = new URL(system.gatewayUrl).origin;
    const requested: string[] = [];
    const token = await system.token('koordinator1');
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      requested.push(url);
      // The editor may only talk to the gateway; anything else would need the internet.
      if (!url.startsWith(origin)) return route.abort();
      const headers = url.endsWith('/graphql') ? { ...route.request().headers(), authorization: `Bearer ${token}` } : route.request().headers();
      return route.continue({ headers });
    });
    await page.goto(`${origin}/graphiql`);
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(async () => (await page.locator('.result-window').textContent()) ?? '', { timeout: 15_000 }).toContain('F-00001');
    expect(requested.filter((u) => !u.startsWith(origin))).toEqual([]);
    expect(requested.some((u) => u.endsWith('/graphql'))).toBe(true);
  });
});
