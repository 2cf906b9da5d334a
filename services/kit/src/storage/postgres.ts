import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Database, Queryable } from './database.js';

// DATE columns stay ISO strings (YYYY-MM-DD), as in the schema; no host time zone involved.
pg.types.setTypeParser(1082, (v: string) => v);
// timestamptz as ISO 8601 strings, the schema's DateTime.
pg.types.setTypeParser(1184, (v: string) => new Date(v).toISOString());
// bigint counts come back as numbers; they are far below 2^53.
pg.types.setTypeParser(20, (v: string) => Number(v));

export interface PostgresOptions {
  connectionString: string;
  /** Schema to work in (tests isolate themselves in one); created when missing. */
  schema?: string;
  max?: number;
}

export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5000,
    // No JIT compilation: the statements here are small lookups and aggregations of at most a few
    // hundred thousand rows, for which compiling costs seconds and saves less (docs/performance.md).
    options: ['-c jit=off', ...(options.schema ? [`-c search_path=${options.schema}`] : [])].join(' '),
  });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => {});
  if (options.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema}"`);
  const named = preparedNames();
  const query = async <T>(client: pg.Pool | pg.PoolClient, sql: string, params?: unknown[]) => (await client.query({ text: sql, values: params, name: params && named(sql) })).rows as T[];
  return {
    kind: 'postgres',
    query: (sql, params) => query(pool, sql, params),
    async transaction(work) {
      const client = await pool.connect();
      // A connection lost mid-transaction emits 'error' on the client: the failing query reports it.
      let lost: Error | undefined;
      const onError = (error: Error) => {
        lost = error;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const tx: Queryable = { query: (sql, params) => query(client, sql, params) };
        const result = await work(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.off('error', onError);
        // A broken connection is discarded, not handed to the next caller.
        client.release(lost);
      }
    },
    async exec(sql) {
      await pool.query(sql);
    },
    ping: () =>
      pool.query('SELECT 1').then(
        () => true,
        () => false,
      ),
    close: () => pool.end(),
  };
}

/**
 * Names for the statements the stores send with parameters, so that each connection parses
 * and plans a statement once instead of on every call (planning was about a seventh of
 * PostgreSQL's time per caseload). Statements are fixed texts in the code; should texts ever be
 * built per call, they stop getting names beyond `max`.
 */
function preparedNames(max = 200): (sql: string) => string | undefined {
  const names = new Map<string, string>();
  return (sql) => {
    let name = names.get(sql);
    if (!name && names.size < max) {
      name = `l_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
      names.set(sql, name);
    }
    return name;
  };
}
