import { auditMigrations } from '@lotsen/kit';
import { storageBackends } from '@lotsen/kit/testing';
import { coordinationMigrations } from './db/migrations.js';

/** The coordination store on every backend of the storage contract. */
export const backends = () => storageBackends([auditMigrations, coordinationMigrations]);
