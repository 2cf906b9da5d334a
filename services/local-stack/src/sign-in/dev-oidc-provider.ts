import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Population } from '@lotsen/agency-systems';
import { createLogger, type DevKeys, defaultAudience, identityClaims } from '@lotsen/kit';
import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { identityOf } from '../users.js';
import { signInPage } from './sign-in-page.js';

/** The dashboard's client id at the provider (public client: PKCE, no secret). */
export const dashboardClientId = 'lotsen-dashboard';
/** The resource the access tokens are for; their audience is the one every service checks. */
const apiResource = 'urn:lotsen:api';
const interactionPath = '/inloggning/';

export interface DevOidcProvider {
  issuer: string;
  /** Lets the app at `origin` sign in (its redirect URIs and CORS), once the gateway has a port. */
  allow(origins: readonly string[]): void;
  close(): Promise<void>;
}

const swedishErrors: Record<string, string> = {
  invalid_request: 'Inloggningsbegäran är felaktig.',
  invalid_client: 'Appen är inte känd av inloggningstjänsten.',
  invalid_grant: 'Inloggningen har gått ut eller redan använts. Börja om.',
  access_denied: 'Inloggningen avbröts.',
  login_required: 'Du behöver logga in.',
  session_not_found: 'Inloggningen har gått ut. Börja om från Lotsen.',
};

/**
 * A real OpenID Connect provider (oidc-provider) for development and the tests: authorization
 * code with PKCE for the dashboard, access tokens as JWTs signed with the development issuer's
 * key, carrying the claims the services read (docs/dashboard.md, "Sign-in"). Its sign-in page
 * lists the seeded users; in production the municipality's provider takes its place by
 * configuration (AUTH_ISSUER, AUTH_JWKS_URL, DASHBOARD_CLIENT_ID).
 */
export async function startDevOidcProvider(population: Population, keys: DevKeys, port = 0): Promise<DevOidcProvider> {
  const log = createLogger('sign-in');
  let handler: ReturnType<Provider['callback']> | undefined;
  let provider: Provider | undefined;
  const server = createServer((req, res) => void route(req, res));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  let origins: readonly string[] = [];

  const configuration = (): Configuration => ({
    clients: [
      {
        client_id: dashboardClientId,
        token_endpoint_auth_method: 'none',
        // The development issuer's key is an ES256 one: ID tokens are signed with it too.
        id_token_signed_response_alg: 'ES256',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: origins.map((o) => `${o}/inloggad`),
        post_logout_redirect_uris: origins.map((o) => `${o}/`),
      },
    ],
    jwks: { keys: [keys.privateJwk as never] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    pkce: { required: () => true },
    scopes: ['openid', 'profile'],
    claims: { openid: ['sub'], profile: ['name'] },
    findAccount: (_ctx, id) => {
      const user = population.users.find((u) => u.username === id);
      return user ? { accountId: id, claims: () => ({ sub: id, name: user.name }) } : undefined;
    },
    interactions: { url: (_ctx, interaction) => `${interactionPath}${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => apiResource,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({ scope: 'lotsen', audience: defaultAudience, accessTokenFormat: 'jwt', accessTokenTTL: 8 * 3600, jwt: { sign: { alg: 'ES256' } } }),
      },
    },
    // The services read who the caller is from these claims, as from any token (docs/security.md).
    extraTokenClaims: (_ctx, token) => ('accountId' in token ? identityClaims(identityOf(population, token.accountId)) : undefined),
    // The dashboard is the municipality's own app: signing in grants it the API, with no consent screen.
    loadExistingGrant: async (ctx) => {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid profile');
      grant.addResourceScope(apiResource, 'lotsen');
      await grant.save();
      return grant;
    },
    clientBasedCORS: (_ctx, origin) => origins.includes(origin),
    renderError: (ctx, out) => {
      log.warn({ error: out.error, description: out.error_description }, 'sign-in refused');
      ctx.type = 'html';
      ctx.body = page('Inloggningen misslyckades', `<p role="alert">${swedishErrors[String(out.error)] ?? 'Något gick fel vid inloggningen. Börja om från Lotsen.'}</p>`);
    },
  });

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      if (!provider || !handler) return send(res, 503, page('Inloggningen startar', '<p>Försök igen om en stund.</p>'));
      if (req.url?.startsWith(interactionPath)) return await interaction(provider, req, res);
      handler(req, res);
    } catch (error) {
      log.warn({ err: error instanceof Error ? error.message : String(error) }, 'sign-in failed');
      send(res, 400, page('Inloggningen misslyckades', '<p role="alert">Inloggningen har gått ut eller är felaktig. Börja om från Lotsen.</p>'));
    }
  }

  async function interaction(p: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const details = await p.interactionDetails(req, res);
    const action = `${interactionPath}${details.uid}`;
    if (req.method === 'GET') return send(res, 200, signInPage(population.users, action));
    const form = new URLSearchParams(await body(req));
    const username = (form.get('login') || form.get('other') || '').trim();
    if (!population.users.some((u) => u.username === username)) return send(res, 200, signInPage(population.users, action, `Det finns ingen användare som heter "${username}".`));
    await p.interactionFinished(req, res, { login: { accountId: username } }, { mergeWithLastSubmission: false });
  }

  return {
    issuer,
    allow(allowed) {
      origins = allowed;
      provider = new Provider(issuer, configuration());
      handler = provider.callback();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function logoutSource(ctx: KoaContextWithOIDC, form: string): void {
  ctx.body = page('Logga ut', `<p>Vill du logga ut från Lotsen?</p>${form}<button form="op.logoutForm" value="yes" name="logout">Ja, logga ut</button>`);
}

function postLogoutSuccessSource(ctx: KoaContextWithOIDC): void {
  ctx.body = page('Utloggad', '<p>Du är utloggad från Lotsen.</p>');
}

function page(title: string, content: string): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${title} · Lotsen</title></head><body><main><h1>${title}</h1>${content}</main></body></html>`;
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > 10_000) req.destroy();
    });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}
