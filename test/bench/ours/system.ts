// Starts the whole system (ours/serve-system.ts) in a child process on PostgreSQL when it is
// reachable (a schema per run, dropped afterwards) or on PGlite, and says what the load needs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { postgresReachable } from '@lotsen/kit/testing';
import pg from 'pg';
import { startProcess } from '../lib/processes.js';

const here = new URL('.', import.meta.url).pathname;
const operations = join(here, '../../../gateway/operations');
export const caseloadBody = JSON.stringify({ query: readFileSync(join(operations, 'caseload.graphql'), 'utf8'), operationName: 'Caseload' });
export const familyBody = (id: string) => JSON.stringify({ query: readFileSync(join(operations, 'family-overview.graphql'), 'utf8'), operationName: 'FamilyOverview', variables: { id } });

export interface BenchSystem {
  gatewayUrl: string;
  headers: Record<string, string>;
  familyId: string;
  simulators: Record<'school' | 'socialServices' | 'healthCare', string>;
  storage: 'PostgreSQL' | 'PGlite';
  pid: number | undefined;
  stop(): Promise<void>;
}

const databaseUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function startBenchSystem(families: number, latencyMs: number): Promise<BenchSystem> {
  const usePostgres = await postgresReachable(databaseUrl);
  const schema = `bench_${process.pid}_${families}`;
  const args = JSON.stringify({ families, latencyMs, ...(usePostgres ? { databaseUrl, schema } : {}) });
  const started = await startProcess([process.execPath, '--max-semi-space-size=64', '--import', 'tsx', join(here, 'serve-system.ts'), args], /^READY /, { LOG_LEVEL: 'warn' });
  const ready = JSON.parse(started.line.slice('READY '.length)) as { gatewayUrl: string; token: string; familyId: string; simulators: BenchSystem['simulators'] };
  return {
    gatewayUrl: ready.gatewayUrl,
    headers: { authorization: `Bearer ${ready.token}` },
    familyId: ready.familyId,
    simulators: ready.simulators,
    storage: usePostgres ? 'PostgreSQL' : 'PGlite',
    pid: started.proc.pid,
    stop: async () => {
      await new Promise<void>((resolve) => {
        started.proc.once('exit', () => resolve());
        started.proc.kill('SIGTERM');
        setTimeout(() => started.proc.kill('SIGKILL'), 10_000).unref();
      });
      if (!usePostgres) return;
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}

/** Calls made to the agency systems so far, per endpoint. */
export async function upstreamCalls(system: BenchSystem): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const [name, url] of Object.entries(system.simulators)) {
    const { endpoints } = (await (await fetch(`${url}/_sim/counters`)).json()) as { endpoints: Record<string, number> };
    for (const [endpoint, n] of Object.entries(endpoints)) counts.set(`${name} ${endpoint}`, n);
  }
  return counts;
}

export async function resetCalls(system: BenchSystem): Promise<void> {
  await Promise.all(Object.values(system.simulators).map((url) => fetch(`${url}/_sim/reset`, { method: 'POST' })));
}
