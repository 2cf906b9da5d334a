import { defineConfig } from 'vitest/config';
import { shared, sharedTest } from '../../vitest.shared.js';

export default defineConfig({
  ...shared,
  test: { ...sharedTest, include: ['test/**/*.test.ts'] },
});
