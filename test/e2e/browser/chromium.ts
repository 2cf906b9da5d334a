import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's chromium (apt-get install chromium): never a browser downloaded by a package. */
export const chromiumPath = '/usr/bin/chromium';
export const chromiumAvailable = existsSync(chromiumPath);

/**
 * Headless, sandbox-free (root in a container), and with nothing that would reach the internet.
 * Debian's chromium without chromium-l10n has only its en-US resources, so date fields show
 * 11/26/2026 in the screenshots where a Swedish browser shows 2026-11-26.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}
