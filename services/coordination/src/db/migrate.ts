import { readdirSync, readFileSync } from 'node:fs';
import type { Database } from './database.js';

const dir = new URL('../../migrations/', import.meta.url);

/** Applies the versioned migrations in order, each in its own transaction, once. */
export async function migrate(db: Database): Promise<string[]> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const applied = new Set((await db.query<{ version: string }>('SELECT version FROM schema_migrations')).map((r) => r.version));
  const pending = readdirSync(dir)
    .filter((f) => f.endsWith('.sql') && !applied.has(f.replace(/\.sql$/, '')))
    .sort();
  for (const file of pending) {
    const sql = readFileSync(new URL(file, dir), 'utf8');
    await db.transaction(async (tx) => {
      // Several statements: run them one at a time so both drivers accept them in a transaction.
      for (const statement of splitStatements(sql)) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [file.replace(/\.sql$/, '')]);
    });
  }
  return pending;
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
