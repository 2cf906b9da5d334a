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
  },
});
