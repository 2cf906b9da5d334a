import { defineConfig } from 'vite';

// Everything the app needs is in the bundle: no CDN, no web font, works offline.
export default defineConfig(({ command }) => {
  // A build is for browsers, whatever NODE_ENV the process that asked for it runs under: vitest
  // sets "test", and React and Apollo would then ship their development builds (40 % larger).
  if (command === 'build') process.env.NODE_ENV = 'production';
  return {
    base: '/',
    build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, assetsInlineLimit: 0 },
  };
});
