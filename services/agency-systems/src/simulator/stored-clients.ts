import { join } from 'node:path';
import { dataDir } from '@lotsen/kit';
import { type AgencyClient, type AgencyClients, randomAgencyClient } from './clients.js';
import { loadOrCreatePerAgency } from './per-agency-file.js';

/** Where the simulators run as their own process keep the clients they register. */
export const agencyClientsFile = (directory = dataDir()): string => join(directory, 'agency-clients.json');

/**
 * The clients the simulators register when run as their own process (`npm start -w
 * @lotsen/agency-systems`): read from the data directory, or made there once, as the statistics
 * secrets are, so that the agency subgraphs' credential variables (docs/deploy.md) stay good
 * across restarts. A deployment's operator (or the bench) may write the file first.
 */
export function loadOrCreateAgencyClients(file = agencyClientsFile()): AgencyClients {
  return loadOrCreatePerAgency<AgencyClient>(file, {
    make: randomAgencyClient,
    read: (value, key) => {
      const client = value as Partial<AgencyClient>;
      if (!client.clientId || !client.secret || !client.privateJwk || !client.publicJwk)
        throw new Error(`${file}: ${key} lacks its clientId, secret or key pair (privateJwk, publicJwk); remove the file to make new clients`);
      return client as AgencyClient;
    },
    write: (client) => client,
  });
}
