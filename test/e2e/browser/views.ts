import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Screenshots land here (git-ignored): one per view and width. */
export const resultsDir = new URL('../../results/dashboard/', import.meta.url).pathname;
/** A desktop screen and a tablet held upright. */
export const widths = [1280, 768] as const;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core over the page as it stands. The app's Content-Security-Policy forbids inline scripts
 * (page.addScriptTag injects one), and the test keeps that policy on; axe is therefore evaluated
 * through the DevTools protocol, which the policy does not govern.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Runtime.evaluate', { expression: axeSource });
  } finally {
    await cdp.detach();
  }
  return page.evaluate(async () => {
    const axe = (globalThis as any).axe;
    const result = await axe.run((globalThis as any).document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.slice(0, 5).map((n: any) => String(n.target)) }));
  });
}

/** What WCAG 2.1 AA work must not leave: violations axe rates serious or critical. */
export const serious = (violations: readonly Violation[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** A view at each width: a full-page screenshot under test/results/dashboard/<name>-<width>.png, and axe's findings. */
export async function captureView(page: Page, name: string): Promise<Violation[]> {
  mkdirSync(resultsDir, { recursive: true });
  const start = page.viewportSize() ?? { width: widths[0], height: 900 };
  const found: Violation[] = [];
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(resultsDir, `${name}-${width}.png`), fullPage: true });
    for (const v of await axeViolations(page)) found.push({ ...v, id: `${v.id} (${width} px)` });
  }
  await page.setViewportSize(start);
  return found;
}

/**
 * The page as printed: a full-page screenshot as `name`.png, and whether the element of each
 * selector shows on paper (displayed and visible under the print style sheet). The screen's
 * media is put back after.
 */
export async function shownInPrint<K extends string>(page: Page, name: string, selectors: Record<K, string>): Promise<Record<K, boolean>> {
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: join(resultsDir, `${name}.png`), fullPage: true });
  const shown = await page.evaluate(
    (wanted) => {
      const d = (globalThis as any).document;
      const visible = (selector: string) => {
        const element = d.querySelector(selector);
        const style = element && (globalThis as any).getComputedStyle(element);
        return Boolean(style && style.display !== 'none' && style.visibility !== 'hidden');
      };
      return Object.fromEntries(Object.entries(wanted).map(([key, selector]) => [key, visible(selector as string)]));
    },
    selectors as Record<string, string>,
  );
  await page.emulateMedia({ media: 'screen' });
  return shown as Record<K, boolean>;
}
