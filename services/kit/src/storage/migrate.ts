import { readdirSync, readFileSync } from 'node:fs';
import type { Database } from './database.js';

/** A package's versioned migrations: `dir` holds `NNN_name.sql` files, applied in order. */
export interface MigrationSet {
  name: string;
  dir: URL;
}

/** Applies every set's pending migrations in order, each in its own transaction, once. Returns what ran. */
export async function migrate(db: Database, sets: readonly MigrationSet[]): Promise<string[]> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const applied = new Set((await db.query<{ version: string }>('SELECT version FROM schema_migrations')).map((r) => r.version));
  const ran: string[] = [];
  for (const set of sets) {
    for (const file of migrationFiles(set)) {
      const version = `${set.name}/${file.replace(/\.sql$/, '')}`;
      if (applied.has(version)) continue;
      const sql = readFileSync(new URL(file, set.dir), 'utf8');
      await db.transaction(async (tx) => {
        // Several statements: one at a time, so both drivers accept them inside a transaction.
        for (const statement of splitStatements(sql)) await tx.query(statement);
        await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      });
      ran.push(version);
    }
  }
  return ran;
}

/** A set's migration files, in the order they apply. */
export function migrationFiles(set: MigrationSet): string[] {
  return readdirSync(set.dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
}

/** Splits a migration on semicolons at line ends, keeping $$-quoted function bodies whole. */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let inBody = false;
  for (const line of sql.split('\n')) {
    if (line.trim().startsWith('--') && !inBody) continue;
    current += `${line}\n`;
    if ((line.match(/\$\$/g)?.length ?? 0) % 2 === 1) inBody = !inBody;
    if (!inBody && line.trimEnd().endsWith(';')) {
      statements.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}
