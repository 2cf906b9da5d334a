import { type Handler, type HttpRequest, json } from '../http/server.js';
import { AuthenticationError, type Identity } from './identity.js';
import type { TokenVerifier } from './verify.js';

/** A route for verified callers only: the handler gets the caller's identity, others get 401. */
export function authenticated(verifier: TokenVerifier, handler: (req: HttpRequest, identity: Identity) => ReturnType<Handler>): Handler {
  return async (req) => {
    let identity: Identity;
    try {
      identity = await verifier(typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined);
    } catch (error) {
      if (error instanceof AuthenticationError) return json(401, { error: error.message });
      throw error;
    }
    return handler(req, identity);
  };
}
