import { defineConfig } from 'vitest/config';
import { shared, sharedTest } from '../../vitest.shared.js';

export default defineConfig({
  ...shared,
  // Opening a store (PGlite compiles its WASM) can take over 10 s while other suites load the machine.
  test: { ...sharedTest, include: ['test/**/*.test.ts'], hookTimeout: 60_000 },
});
