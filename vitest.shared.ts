import { createRequire } from 'node:module';
import type { ViteUserConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * One graphql-js for everything under test: Vite would otherwise hand our sources the ESM build
 * while Apollo's CommonJS code requires the CJS build, and instanceof checks fail between them
 * (as they never do under Node itself, which resolves both to the CJS build).
 */
export const shared: ViteUserConfig = {
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
};
