import { defineConfig } from 'vitest/config';
import { shared } from '../vitest.shared.js';

export default defineConfig({
  ...shared,
  test: {
    include: ['e2e/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    // Each file boots whole systems; two at a time suit this 2-core machine.
    maxWorkers: 2,
    // A worker keeps the modules it imported from one file to the next: importing the whole system
    // anew for every file was a quarter of the suite's CPU time. Files share nothing else: each
    // starts its own systems, and one that changes process.env puts it back.
    isolate: false,
    // The suites ask statistics as fast as they can with one user; the rate limit is tested on its
    // own (gateway/test/statistics-limits.test.ts), so a suite that grows never meets it here.
    env: { STATISTICS_RATE_LIMIT: '100000' },
  },
});
