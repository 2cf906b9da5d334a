// The coordination subgraph as its own process on HOST:PORT: DATABASE_URL (unset: PGlite under
// LOTSEN_DATA_DIR); docs/deploy.md lists every variable.
import { env, listenAddress, registryKeysFromEnv, replayCacheFromEnv, sharedKeyFromEnv, tlsFromEnv, verifierFromEnv } from '@lotsen/kit';
import { openCoordinationDatabase } from './db/migrations.js';
import { RegisterCopy } from './register/register-copy.js';
import { startCoordinationSubgraph } from './server.js';

const db = await openCoordinationDatabase();
// Custody is kept locally and moved by the register's change notices (docs/consent.md, "Custody").
const register = new RegisterCopy(env('POPULATION_REGISTER_URL', 'http://127.0.0.1:4104'));
const running = await startCoordinationSubgraph({
  ...listenAddress(4001),
  db,
  register,
  registryKeys: await registryKeysFromEnv(),
  verifier: await verifierFromEnv(),
  trustedKeys: [sharedKeyFromEnv()],
  ...tlsFromEnv(),
  ...replayCacheFromEnv(),
});
console.log(`coordination subgraph on ${running.url}/graphql (${db.kind}); signed requests addressed to ${[...running.authorities].join(', ')}`);
const stop = async () => {
  await running.close();
  await db.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
