import type { Database, RequestContext } from '@lotsen/kit';
import type { ConsentPolicy } from '../consent/model.js';
import type { Loaders } from './loaders.js';

export interface CoordinationContext extends RequestContext {
  db: Database;
  loaders: Loaders;
  now: Date;
  policy: ConsentPolicy;
  /** Called once a revocation or narrowing is stored: no decision may rest on an earlier reading. */
  consentNarrowed: () => void;
}
