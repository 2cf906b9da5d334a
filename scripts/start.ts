// npm start: the whole system on the fixed ports, embedded defaults, seeded synthetic data.

import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { agencyClientsFile, loadOrCreateAgencyClients, loadOrCreateStatisticsSecrets, populationOptionsFromEnv } from '@lotsen/agency-systems';
import { openCoordinationDatabase, seededWith } from '@lotsen/coordination';
import { agencies, agencyManifest, dataDir, loadOrCreateDevKeys, sectionField, sharedKeyFromEnv, todayInSweden } from '@lotsen/kit';
import { startSystem } from '@lotsen/local-stack';

// The dashboard is served from its build; made here when missing or out of date.
if (spawnSync(process.execPath, [new URL('./build-dashboard.mjs', import.meta.url).pathname], { stdio: 'inherit' }).status !== 0) process.exit(1);
const { seed, families } = populationOptionsFromEnv();
const databaseUrl = process.env.DATABASE_URL;
const pgliteDir = join(dataDir(), 'pglite');

// The synthetic population is relative to today (a consent that expired yesterday, …):
// an embedded store seeded on another day or with other parameters is made anew.
if (!databaseUrl) {
  const db = await openCoordinationDatabase({ pgliteDir });
  const seeded = await seededWith(db);
  await db.close();
  if (seeded && (seeded.seed !== seed || seeded.families !== families || seeded.today !== todayInSweden())) {
    console.log(`Reseeding the embedded store (was seed ${seeded.seed}, ${seeded.families} families, ${seeded.today}).`);
    rmSync(pgliteDir, { recursive: true, force: true });
  }
}

const system = await startSystem({
  ports: 'default',
  seed,
  families,
  keys: await loadOrCreateDevKeys(),
  signingKey: sharedKeyFromEnv(),
  // The agency systems' statistics key secrets, kept like the development keys: the same people
  // give the same published figures after a restart.
  statisticsSecrets: loadOrCreateStatisticsSecrets(),
  // The clients the agency systems register and the agency subgraphs present, kept the same way:
  // an agency subgraph started on its own is given the same client (docs/security.md).
  agencyClients: loadOrCreateAgencyClients(),
  ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
  ...(databaseUrl ? { databaseUrl } : { pgliteDir }),
});
const archetypes = system.population.families.filter((f) => f.archetype !== null);
console.log(`
Lotsen is running (${system.db.kind === 'pglite' ? `PGlite in ${pgliteDir}` : 'PostgreSQL'}; ${system.population.families.length} synthetic families, seed ${seed}).

  Dashboard:     http://localhost:4000/     (sign in on the development provider's page as koordinator1, teamledare1, vardnadshavare1 …)
  Sign-in:       ${system.signIn.issuer}     (OpenID Connect, authorization code with PKCE)
  GraphQL:       ${system.gatewayUrl.replace('127.0.0.1', 'localhost')}
  Query editor:  http://localhost:4000/graphiql
  Token:         npm run token -- koordinator1     (then header  authorization: Bearer <token>)

Seeded users: koordinator1, koordinator2, fst-koordinator1, teamledare1, analytiker1…3, skola1, socialtjanst1, halso1, regionhalsa1, familjeombud1, ledningsgrupp1, stodkatalog1, vardnadshavare1…${system.population.users.filter((u) => u.role === 'GUARDIAN').length}
Archetype families: ${archetypes.map((f) => `${f.archetype}=${f.reference}`).join(', ')}
Agency simulators:  ${agencies.map((a) => `${system.simulators[sectionField(a)].url} (${agencyManifest[a].system.kind})`).join(', ')}; their clients in ${agencyClientsFile()}
Population register: ${system.simulators.populationRegister.url} (folkbokföringen: custody, protected identity)
Children not yet in coordination (createFamily takes them in): ${system.population.outside
  .slice(0, 3)
  .map((h) => h.children.map((c) => c.personnummer).join(' and '))
  .join('; ')}
Press Ctrl+C to stop.`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await system.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
