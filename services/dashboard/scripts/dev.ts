// npm run dev -w @lotsen/dashboard [-- --preview]: the whole system on free ports with seeded data,
// and the app beside it (Vite's dev server, or the built dist/ with --preview), /graphql proxied to
// the system's gateway. Signing in goes through /dev-sign-in?user=koordinator1, which puts a
// development token where the OIDC client keeps its user: no provider is needed, and nothing of
// this is in the app or its build.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startSystem } from '@lotsen/local-stack';
import { createServer, type PluginOption, preview } from 'vite';

const system = await startSystem({ ports: 'ephemeral' });
const gateway = new URL(system.gatewayUrl).origin;
const config = { issuer: 'urn:lotsen:dev-issuer', clientId: 'lotsen-dashboard' };

async function devRoutes(req: IncomingMessage, res: ServerResponse, next: () => void) {
  const url = new URL(req.url ?? '/', 'http://dev');
  if (url.pathname === '/app-config.json') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(config));
    return;
  }
  if (url.pathname !== '/dev-sign-in') return next();
  try {
    const username = url.searchParams.get('user') ?? 'koordinator1';
    const token = await system.token(username);
    const user = { access_token: token, token_type: 'Bearer', scope: 'openid profile lotsen', profile: { sub: username }, expires_at: Math.floor(Date.now() / 1000) + 8 * 3600 };
    const key = `oidc.user:${config.issuer}:${config.clientId}`;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(`<script>sessionStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(JSON.stringify(user))}); location.replace('/');</script>`);
  } catch (error) {
    res.statusCode = 400;
    res.end(error instanceof Error ? error.message : String(error));
  }
}

const plugin: PluginOption = {
  name: 'lotsen-dev-routes',
  configureServer: (server) => void server.middlewares.use(devRoutes),
  configurePreviewServer: (server) => void server.middlewares.use(devRoutes),
};
const proxy = { '/graphql': { target: gateway, changeOrigin: true } };
const root = new URL('..', import.meta.url).pathname;
const port = Number(process.env.PORT ?? 5173);

const server = process.argv.includes('--preview')
  ? await preview({ root, plugins: [plugin], preview: { port, proxy } })
  : await createServer({ root, plugins: [plugin], server: { port, proxy } }).then((s) => s.listen());
server.printUrls();
console.log(`gateway ${system.gatewayUrl}; sign in: /dev-sign-in?user=koordinator1 (teamledare1, vardnadshavare1, …)`);

const stop = async () => {
  await server.close();
  await system.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
