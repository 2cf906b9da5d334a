import { generatePopulation } from '@lotsen/agency-systems';
import { openCoordinationDatabase, seed } from '@lotsen/coordination';
import { todayInSweden } from '@lotsen/kit';
import pg from 'pg';

const admin = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
await admin.connect();
await admin.query('DROP DATABASE IF EXISTS lotsen_stats_100k');
await admin.query('CREATE DATABASE lotsen_stats_100k');
await admin.end();
const db = await openCoordinationDatabase({ databaseUrl: 'postgres://postgres@127.0.0.1:5432/lotsen_stats_100k' });
await seed(db, generatePopulation({ seed: 20261123, families: 100000, today: todayInSweden() }));
await db.close();
console.log('seeded');
