import { defineConfig } from 'vite';

// Everything the app needs is in the bundle: no CDN, no web font, works offline.
export default defineConfig({
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, assetsInlineLimit: 0 },
});
