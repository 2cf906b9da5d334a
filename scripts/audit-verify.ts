// npm run audit:verify: recomputes every audit source's hash chain and reports each; exit 1 on any break.
// Reads AUDIT_DATABASE_URL, else DATABASE_URL, else the embedded store, or a PGlite directory given
// as argument. An embedded store has one owner: while `npm start` holds it, this is refused with
// who holds it and exits 2, as it does when PGlite cannot open the store (the message says why).
import { join } from 'node:path';
import { AuditLog, auditMigrations, type Database, dataDir, openDatabase, StoreInUseError, StoreOpenError } from '@lotsen/kit';

const url = process.env.AUDIT_DATABASE_URL ?? process.env.DATABASE_URL;
let db: Database;
try {
  db = await openDatabase({ ...(url ? { databaseUrl: url } : { databaseUrl: '', pgliteDir: process.argv[2] ?? join(dataDir(), 'pglite') }), migrations: [auditMigrations] });
} catch (error) {
  if (!(error instanceof StoreInUseError || error instanceof StoreOpenError)) throw error;
  console.error(error.message);
  process.exit(2);
}
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
