import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHttpServer } from '@lotsen/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webAppRoutes } from '../src/web-app.js';

const config = { issuer: 'http://localhost:4005', clientId: 'lotsen-dashboard' };

describe('the dashboard served by the gateway', () => {
  const root = mkdtempSync(join(tmpdir(), 'web-app-'));
  const dist = join(root, 'dist');
  let server: Awaited<ReturnType<typeof startHttpServer>>;
  const get = (path: string) => fetch(`${server.url}${path}`);

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="sv"><title>Lotsen</title></html>');
    writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1);\n'.repeat(500));
    writeFileSync(join(root, 'secret.txt'), 'not to be served');
    server = await startHttpServer(webAppRoutes(dist, { ...config, dir: dist } as typeof config), 0);
  });
  afterAll(() => server.close());

  it('serves the app for every page of it, with a policy that allows nothing from elsewhere', async () => {
    for (const path of ['/', '/familj/F-00001', '/familj/F-00001/samtycke', '/inloggad', '/team']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(await res.text()).toContain('<html lang="sv">');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });

  it('serves hashed assets for good and nothing outside the build', async () => {
    const asset = await get('/assets/app-1234.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await get('/assets/missing.js')).status).toBe(404);
    // Sent gzipped to a browser that takes it (fetch does, and unpacks it): a fraction of the bytes.
    const raw = await fetch(`${server.url}/assets/app-1234.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(raw.headers.get('content-encoding')).toBeNull();
    expect(await raw.text()).toBe('console.log(1);\n'.repeat(500));
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(await asset.text()).toBe('console.log(1);\n'.repeat(500));
    for (const path of ['/assets/..%2F..%2Fsecret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const res = await get(path);
      expect(await res.text(), path).not.toContain('not to be served');
    }
  });

  it('tells the app where to sign in, and nothing of the server’s own settings', async () => {
    expect(await (await get('/app-config.json')).json()).toEqual(config);
  });

  it('says in Swedish how to build the app when there is no build', async () => {
    const bare = await startHttpServer(webAppRoutes(join(root, 'nowhere'), config), 0);
    try {
      const res = await fetch(`${bare.url}/familj/F-00001`);
      expect(res.status).toBe(503);
      expect(await res.text()).toContain('npm run build -w @lotsen/dashboard');
    } finally {
      await bare.close();
    }
  });
});
