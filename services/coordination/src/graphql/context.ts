import type { RequestContext } from '@lotsen/kit';
import type { ConsentPolicy } from '../consent/model.js';
import type { Database } from '../db/database.js';
import type { Loaders } from './loaders.js';

export interface CoordinationContext extends RequestContext {
  db: Database;
  loaders: Loaders;
  now: Date;
  policy: ConsentPolicy;
}
