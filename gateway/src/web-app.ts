import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { type HttpResponse, json, type Routes } from '@lotsen/kit';

/** What the browser app is told at start: where to sign in (docs/dashboard.md). */
export interface WebAppConfig {
  /** The OIDC provider's issuer URL. */
  issuer: string;
  /** The app's client id at that provider. */
  clientId: string;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The app's pages may load and call nothing but this origin, and send the user to sign in at the
 * issuer; nothing from the internet, no inline script, no framing.
 */
function securityHeaders(issuer: string): Record<string, string> {
  const origin = new URL(issuer).origin;
  return {
    'content-security-policy': `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self' ${origin}; form-action 'self' ${origin}; frame-ancestors 'none'; base-uri 'none'; object-src 'none'`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}

/**
 * Serves the built dashboard (`dir` holds Vite's output): its files, `index.html` for every page
 * of the app (the app routes in the browser), and `/app-config.json`. Hashed assets are cached
 * for good; the page itself never, so a new build reaches every browser at its next visit.
 */
export function webAppRoutes(dir: string, config: WebAppConfig): Routes {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return notBuilt(index);
  const headers = securityHeaders(config.issuer);
  const page = readFileSync(index);
  const indexPage = (): HttpResponse => ({ status: 200, headers: { ...headers, 'content-type': types['.html'] as string, 'cache-control': 'no-cache' }, body: page });
  const file = (path: string): HttpResponse | null => {
    const full = normalize(join(dir, decodeURIComponent(path)));
    if (!full.startsWith(dir.endsWith(sep) ? dir : dir + sep) || !existsSync(full)) return null;
    const type = types[extname(full)] ?? 'application/octet-stream';
    const immutable = path.startsWith('/assets/');
    return { status: 200, headers: { ...headers, 'content-type': type, 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' }, body: readFileSync(full) };
  };
  return {
    // Only what the app needs: never the server's own settings (the build's directory travels beside it).
    'GET /app-config.json': () => json(200, { issuer: config.issuer, clientId: config.clientId }, { 'cache-control': 'no-cache' }),
    'GET /': indexPage,
    // Any other path: a file of the build if it names one, else a page of the app.
    'GET /*': (req) => {
      if (extname(req.path) === '') return indexPage();
      return file(req.path) ?? json(404, { error: 'not found' });
    },
  };
}

/** Without a build the pages say so, and how to make one, instead of a bare 404. */
function notBuilt(index: string): Routes {
  const answer = (): HttpResponse => ({
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Lotsen</title></head><body><main><h1>Instrumentpanelen är inte byggd</h1><p>${index} saknas. Bygg den med <code>npm run build -w @lotsen/dashboard</code> (npm start gör det själv).</p></main></body></html>`,
  });
  return { 'GET /': answer, 'GET /*': answer };
}
