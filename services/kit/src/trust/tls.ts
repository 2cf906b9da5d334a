import { readFileSync } from 'node:fs';
import type { MutualTls } from '../http/server.js';

/**
 * Mutual TLS from the environment: SUBGRAPH_TLS_CERT and SUBGRAPH_TLS_KEY (the service's own
 * certificate) and SUBGRAPH_TLS_CLIENT_CA (the CA that signs the gateways' client certificates),
 * as file paths. All three or none.
 */
export function tlsFromEnv(): { tls?: MutualTls } {
  const [cert, key, clientCa] = ['SUBGRAPH_TLS_CERT', 'SUBGRAPH_TLS_KEY', 'SUBGRAPH_TLS_CLIENT_CA'].map((v) => process.env[v]);
  if (!cert && !key && !clientCa) return {};
  if (!cert || !key || !clientCa) throw new Error('SUBGRAPH_TLS_CERT, SUBGRAPH_TLS_KEY and SUBGRAPH_TLS_CLIENT_CA go together');
  return { tls: { cert: readFileSync(cert), key: readFileSync(key), clientCa: readFileSync(clientCa) } };
}
