import { auditMigrations, type Database, type MigrationSet, type OpenOptions, openDatabase } from '@lotsen/kit';

export const coordinationMigrations: MigrationSet = { name: 'coordination', dir: new URL('../../migrations/', import.meta.url) };

/** The coordination store: its own tables and its audit log. */
export function openCoordinationDatabase(options: Omit<OpenOptions, 'migrations'> = {}): Promise<Database> {
  return openDatabase({ ...options, migrations: [auditMigrations, coordinationMigrations] });
}
