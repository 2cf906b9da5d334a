import type { KeyObject } from 'node:crypto';

/** How a client secret is sent to the token endpoint (RFC 6749 §2.3.1). */
export type SecretMethod = 'client_secret_basic' | 'client_secret_post';

/** A private key that signs client assertions (RFC 7523; SMART Backend Services' asymmetric client). */
export interface AssertionKey {
  key: KeyObject;
  /** RS384 or ES384, the two SMART Backend Services asks every server to accept. */
  alg: 'RS384' | 'ES384';
  /** The key's id in the JWKS the client registered (the assertion's `kid` header). */
  kid?: string;
}

/**
 * What an agency subgraph proves itself with to its agency system (docs/security.md, "Agency
 * systems' credentials"): OAuth 2.0 client credentials (RFC 6749 §4.4) with a client secret, or
 * SMART Backend Services' signed client assertion (private_key_jwt) with the secret as fallback.
 */
export interface AgencyCredentials {
  clientId: string;
  /** The token endpoint; when absent, read from `smartConfigurationUrl` (SMART's discovery). */
  tokenUrl?: string;
  /** A FHIR server's `/.well-known/smart-configuration`, which names its token endpoint. */
  smartConfigurationUrl?: string;
  /** The scope asked for (SMART: `system/*.read`); none asks for the client's default. */
  scope?: string;
  secret?: { value: string; method: SecretMethod };
  /** Preferred over the secret when the server accepts private_key_jwt. */
  assertionKey?: AssertionKey;
}
