// npm run audit:verify: recomputes every audit source's hash chain and reports each; exit 1 on any break.
// Reads AUDIT_DATABASE_URL, else DATABASE_URL, else the embedded store (stop `npm start` first:
// an embedded store is opened by one process at a time), or a PGlite directory given as argument.
import { join } from 'node:path';
import { AuditLog, auditMigrations, dataDir, openDatabase } from '@lotsen/kit';

const url = process.env.AUDIT_DATABASE_URL ?? process.env.DATABASE_URL;
const db = await openDatabase({ ...(url ? { databaseUrl: url } : { databaseUrl: '', pgliteDir: process.argv[2] ?? join(dataDir(), 'pglite') }), migrations: [auditMigrations] });
const sources = (await db.query<{ source: string }>('SELECT source FROM audit_heads ORDER BY source')).map((r) => r.source);
let broken = 0;
for (const source of sources) {
  const result = await new AuditLog(db, source).verify();
  if (!result.ok) broken += 1;
  console.log(`${result.ok ? 'ok    ' : 'BROKEN'} ${source}: ${result.events} events${result.ok ? '' : `, chain breaks at event ${result.brokenAt}`}`);
}
if (sources.length === 0) console.log('no audit events yet');
await db.close();
process.exit(broken > 0 ? 1 : 0);
