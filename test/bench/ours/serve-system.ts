// The whole system in one process for the our-shape benchmark: the simulators with a fixed
// latency on every agency endpoint, the four subgraphs and the gateway, production settings,
// a population of the given size in PostgreSQL (a schema of its own) or, without a URL, PGlite.
// Prints READY and what the load needs: the gateway URL, a coordinator's token, a family id and
// the simulators' URLs.
import { startSystem } from '@lotsen/local-stack';

const { families, latencyMs, databaseUrl, schema } = JSON.parse(process.argv[2] ?? '{}') as { families: number; latencyMs: number; databaseUrl?: string; schema?: string };
process.env.NODE_ENV = 'production';
const system = await startSystem({ families, ...(databaseUrl ? { databaseUrl, databaseSchema: schema } : {}) });
const simulators = { school: system.simulators.school.url, socialServices: system.simulators.socialServices.url, healthCare: system.simulators.healthCare.url };
for (const url of Object.values(simulators)) await fetch(`${url}/_sim/faults`, { method: 'PUT', body: JSON.stringify({ latencyMs }) });
const family = system.population.families.find((f) => f.archetype === 3);
console.log(`READY ${JSON.stringify({ gatewayUrl: system.gatewayUrl, token: await system.token('koordinator1'), familyId: family?.id, simulators })}`);
process.on('SIGTERM', () => {
  void system.close().then(() => process.exit(0));
});
