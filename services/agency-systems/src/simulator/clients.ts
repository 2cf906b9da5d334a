import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { type AgencyCredentials, assertionKeyOf, smartConfigurationPath } from '@lotsen/kit';
import type { JWK } from 'jose';
import { type RegisteredClient, tokenPath } from './authorisation.js';

/** A client an agency registered for Lotsen's subgraph: its id and secret. */
export interface AgencyClient {
  clientId: string;
  secret: string;
}

/** The FHIR system's client also holds a key pair (SMART Backend Services); the system keeps the public half. */
export interface KeyedClient extends AgencyClient {
  privateJwk: JWK;
  publicJwk: JWK;
}

/**
 * The clients of the three agency systems that demand credentials. The population register has
 * none: Navet is reached with a certificate (docs/security.md, "Agency systems' credentials").
 */
export interface AgencyClients {
  school: AgencyClient;
  socialServices: AgencyClient;
  healthCare: KeyedClient;
}

/** SMART's read scope for a backend service, asked for and registered. */
export const fhirReadScope = 'system/*.read';

const secret = () => randomBytes(32).toString('base64url');

/** New clients: a secret per system and an EC P-384 key pair for the FHIR client (ES384, as SMART asks). */
export function randomAgencyClients(): AgencyClients {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
  const kid = randomBytes(8).toString('hex');
  return {
    school: { clientId: 'lotsen-school', secret: secret() },
    socialServices: { clientId: 'lotsen-social-services', secret: secret() },
    healthCare: {
      clientId: 'lotsen-health-care',
      secret: secret(),
      privateJwk: { ...(privateKey.export({ format: 'jwk' }) as JWK), kid },
      publicJwk: { ...(publicKey.export({ format: 'jwk' }) as JWK), kid, alg: 'ES384', use: 'sig' },
    },
  };
}

/** What each system registers: never the FHIR client's private key. */
export const registrations = (clients: AgencyClients) =>
  ({
    school: [{ clientId: clients.school.clientId, secret: clients.school.secret }],
    socialServices: [{ clientId: clients.socialServices.clientId, secret: clients.socialServices.secret }],
    healthCare: [{ clientId: clients.healthCare.clientId, secret: clients.healthCare.secret, publicJwk: clients.healthCare.publicJwk, scopes: [fhirReadScope, 'system/*.rs'] }],
  }) satisfies Record<keyof AgencyClients, RegisteredClient[]>;

/**
 * What an agency subgraph presents to the systems at these URLs: the school's secret as Basic, the
 * case system's in the body, and the FHIR client's signed assertion at the token endpoint its SMART
 * configuration names (its secret as the fallback).
 */
export function agencyCredentials(clients: AgencyClients, urls: Record<keyof AgencyClients, string>): Record<keyof AgencyClients, AgencyCredentials> {
  return {
    school: { clientId: clients.school.clientId, tokenUrl: `${urls.school}${tokenPath}`, secret: { value: clients.school.secret, method: 'client_secret_basic' } },
    socialServices: { clientId: clients.socialServices.clientId, tokenUrl: `${urls.socialServices}${tokenPath}`, secret: { value: clients.socialServices.secret, method: 'client_secret_post' } },
    healthCare: {
      clientId: clients.healthCare.clientId,
      smartConfigurationUrl: `${urls.healthCare}${smartConfigurationPath}`,
      scope: fhirReadScope,
      assertionKey: assertionKeyOf(JSON.stringify(clients.healthCare.privateJwk), undefined, 'the health records client key'),
      secret: { value: clients.healthCare.secret, method: 'client_secret_basic' },
    },
  };
}

/** A token from a simulator's token endpoint with a client's secret (tests that call a simulator directly). */
export async function accessToken(systemUrl: string, client: AgencyClient, scope?: string): Promise<string> {
  const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.secret, ...(scope ? { scope } : {}) });
  const res = await fetch(`${systemUrl}${tokenPath}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  if (!res.ok) throw new Error(`the token endpoint at ${systemUrl} answered ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}
