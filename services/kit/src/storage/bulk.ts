import type { Queryable } from './database.js';

/**
 * Inserts many rows in one statement: the rows travel as one JSON parameter and PostgreSQL
 * spreads them over the table's columns. Chunked so that one parameter stays moderate.
 */
export async function insertMany(tx: Queryable, table: string, rows: readonly Record<string, unknown>[], chunk = 5000): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const columns = Object.keys(part[0] ?? {});
    if (columns.length === 0) return;
    const list = columns.map((c) => `"${c}"`).join(', ');
    await tx.query(`INSERT INTO ${table} (${list}) SELECT ${list} FROM jsonb_populate_recordset(null::${table}, $1::jsonb)`, [JSON.stringify(part)]);
  }
}
