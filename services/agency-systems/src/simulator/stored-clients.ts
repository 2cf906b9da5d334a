import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataDir } from '@lotsen/kit';
import { type AgencyClients, randomAgencyClients } from './clients.js';

/** Where the simulators run as their own process keep the clients they register. */
export const agencyClientsFile = (directory = dataDir()): string => join(directory, 'agency-clients.json');

/**
 * The clients the simulators register when run as their own process (`npm start -w
 * @lotsen/agency-systems`): read from the data directory, or made there once, as the statistics
 * secrets are, so that the agency subgraphs' credential variables (docs/deploy.md) stay good
 * across restarts. A deployment's operator (or the bench) may write the file first.
 */
export function loadOrCreateAgencyClients(file = agencyClientsFile()): AgencyClients {
  if (existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<AgencyClients>;
    const { school, socialServices, healthCare } = stored;
    for (const [system, client] of Object.entries({ school, socialServices, healthCare })) {
      if (!client?.clientId || !client.secret) throw new Error(`${file}: ${system} has no clientId and secret; remove the file to make new clients`);
    }
    if (!healthCare?.privateJwk || !healthCare.publicJwk) throw new Error(`${file}: healthCare has no key pair (privateJwk, publicJwk); remove the file to make new clients`);
    return stored as AgencyClients;
  }
  const clients = randomAgencyClients();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(clients), { mode: 0o600 });
  return clients;
}
