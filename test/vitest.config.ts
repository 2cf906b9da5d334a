import { defineConfig } from 'vitest/config';
import { shared, sharedTest } from '../vitest.shared.js';

export default defineConfig({
  ...shared,
  test: {
    // Modules kept from one file to the next, as in every package (vitest.shared.ts).
    ...sharedTest,
    include: ['e2e/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    // Each file boots whole systems; two at a time suit this 2-core machine.
    maxWorkers: 2,
    // The suites ask statistics as fast as they can with one user; the rate limit is tested on its
    // own (gateway/test/statistics-limits.test.ts), so a suite that grows never meets it here.
    env: { STATISTICS_RATE_LIMIT: '100000' },
  },
});
