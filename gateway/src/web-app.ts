import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type HttpRequest, type HttpResponse, json, type Routes } from '@lotsen/kit';

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
  const page = compressible(readFileSync(index));
  const indexPage = (req: HttpRequest): HttpResponse => send(req, page, { ...headers, 'content-type': types['.html'] as string, 'cache-control': 'no-cache' });
  // The build is read once: a file is served as it was when the gateway started, gzipped once.
  const files = new Map<string, Compressible | null>();
  const file = (req: HttpRequest): HttpResponse | null => {
    const full = normalize(join(dir, decodeURIComponent(req.path)));
    if (!full.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return null;
    if (!files.has(full)) files.set(full, existsSync(full) ? compressible(readFileSync(full)) : null);
    const found = files.get(full);
    if (!found) return null;
    const type = types[extname(full)] ?? 'application/octet-stream';
    const immutable = req.path.startsWith('/assets/');
    return send(req, found, { ...headers, 'content-type': type, 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
  };
  return {
    // Only what the app needs: never the server's own settings (the build's directory travels beside it).
    'GET /app-config.json': () => json(200, { issuer: config.issuer, clientId: config.clientId }, { 'cache-control': 'no-cache' }),
    'GET /': indexPage,
    // Any other path: a file of the build if it names one, else a page of the app.
    'GET /*': (req) => {
      if (extname(req.path) === '') return indexPage(req);
      return file(req) ?? json(404, { error: 'not found' });
    },
  };
}

type Compressible = { raw: Buffer; gzip: Buffer | null };

/** A file with its gzip form, where that is worth it (the bundle is a fourth of its size gzipped). */
function compressible(raw: Buffer): Compressible {
  const gzip = raw.length > 1024 ? gzipSync(raw) : null;
  return { raw, gzip: gzip && gzip.length < raw.length ? gzip : null };
}

function send(req: HttpRequest, file: Compressible, headers: Record<string, string>): HttpResponse {
  const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (file.gzip && accepts) return { status: 200, headers: { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' }, body: file.gzip };
  return { status: 200, headers: { ...headers, ...(file.gzip ? { vary: 'accept-encoding' } : {}) }, body: file.raw };
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
