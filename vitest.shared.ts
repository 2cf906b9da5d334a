import { createRequire } from 'node:module';
import type { ViteUserConfig } from 'vitest/config';
import type { TestUserConfig } from 'vitest/node';

const require = createRequire(import.meta.url);

/**
 * One graphql-js for everything under test: Vite would otherwise hand our sources the ESM build
 * while Apollo's CommonJS code requires the CJS build, and instanceof checks fail between them
 * (as they never do under Node itself, which resolves both to the CJS build).
 */
export const shared: ViteUserConfig = {
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
};

/**
 * What every package's tests share: a worker keeps the modules it imported from one test file to
 * the next. Importing anew for every file (PGlite's WebAssembly, Apollo, the simulators) was half
 * of a package's CPU time on this 2-core machine. Files share nothing else: each opens its own
 * stores and servers, and one that changes process.env puts it back.
 */
export const sharedTest: TestUserConfig = { isolate: false };
