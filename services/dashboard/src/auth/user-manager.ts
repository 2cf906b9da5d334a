import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { AppConfig } from '../app-config.js';

/** Where the provider sends the browser back after sign-in. */
export const callbackPath = '/inloggad';

/**
 * OpenID Connect authorization code flow with PKCE against the municipality's provider (in
 * development the one the gateway runs). The user is kept for the tab only (sessionStorage).
 */
export function createUserManager(config: AppConfig, origin: string = window.location.origin): UserManager {
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${origin}${callbackPath}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile lotsen',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: false,
  });
}
