import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { type Agency, type AgencyCredentials, agencyManifest, assertionKeyOf, perAgency, type SectionField, sectionField, smartConfigurationPath } from '@lotsen/kit';
import type { JWK } from 'jose';
import { type RegisteredClient, tokenPath } from './authorisation.js';

/**
 * A client an agency system registered for Lotsen's subgraph: its id and secret, and a key pair
 * for SMART Backend Services (the system keeps the public half; it is used where the agency
 * manifest says the system takes signed assertions).
 */
export interface AgencyClient {
  clientId: string;
  secret: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

/**
 * The clients of the agency systems, one per agency of the manifest, by its section field. The
 * population register has none: Navet is reached with a certificate (docs/security.md, "Agency
 * systems' credentials").
 */
export type AgencyClients = Record<SectionField, AgencyClient>;

/** SMART's read scope for a backend service, asked for and registered. */
export const fhirReadScope = 'system/*.read';

const secret = () => randomBytes(32).toString('base64url');

/** A new client: a secret and an EC P-384 key pair (ES384, as SMART asks). */
export function randomAgencyClient(agency: Agency): AgencyClient {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
  const kid = randomBytes(8).toString('hex');
  return {
    clientId: `lotsen-${agencyManifest[agency].subgraph.name}`,
    secret: secret(),
    privateJwk: { ...(privateKey.export({ format: 'jwk' }) as JWK), kid },
    publicJwk: { ...(publicKey.export({ format: 'jwk' }) as JWK), kid, alg: 'ES384', use: 'sig' },
  };
}

/** New clients for every agency system. */
export const randomAgencyClients = (): AgencyClients => perAgency(randomAgencyClient);

const smart = (agency: Agency) => agencyManifest[agency].system.credentials === 'smart_backend_services';

/** What each system registers: the secret, and the public key where it takes signed assertions; never a private key. */
export const registrations = (clients: AgencyClients): Record<SectionField, RegisteredClient[]> =>
  perAgency((a) => {
    const client = clients[sectionField(a)];
    return [
      smart(a) ? { clientId: client.clientId, secret: client.secret, publicJwk: client.publicJwk, scopes: [fhirReadScope, 'system/*.rs'] } : { clientId: client.clientId, secret: client.secret },
    ];
  });

/**
 * What an agency subgraph presents to the systems at these URLs, as the manifest says each system
 * takes it: the secret as Basic or in the body, or a signed assertion at the token endpoint the
 * system's SMART configuration names (its secret as the fallback).
 */
export function agencyCredentials(clients: AgencyClients, urls: Record<SectionField, string>): Record<SectionField, AgencyCredentials> {
  return perAgency((a): AgencyCredentials => {
    const key = sectionField(a);
    const client = clients[key];
    const kind = agencyManifest[a].system.credentials;
    return kind === 'smart_backend_services'
      ? {
          clientId: client.clientId,
          smartConfigurationUrl: `${urls[key]}${smartConfigurationPath}`,
          scope: fhirReadScope,
          assertionKey: assertionKeyOf(JSON.stringify(client.privateJwk), undefined, `the ${key} client key`),
          secret: { value: client.secret, method: 'client_secret_basic' },
        }
      : { clientId: client.clientId, tokenUrl: `${urls[key]}${tokenPath}`, secret: { value: client.secret, method: kind } };
  });
}

/** A token from a simulator's token endpoint with a client's secret (tests that call a simulator directly). */
export async function accessToken(systemUrl: string, client: AgencyClient, scope?: string): Promise<string> {
  const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.secret, ...(scope ? { scope } : {}) });
  const res = await fetch(`${systemUrl}${tokenPath}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
  if (!res.ok) throw new Error(`the token endpoint at ${systemUrl} answered ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}
