import type { Cohort, Database, RequestContext } from '@lotsen/kit';
import type { ConsentPolicy } from '../consent/model.js';
import type { OperationSnapshot } from '../consent/operation-snapshots.js';
import type { PopulationRegister } from '../register/population-register.js';
import type { CohortReadings } from '../statistics/cohort-readings.js';
import type { Loaders } from './loaders.js';

export interface CoordinationContext extends RequestContext {
  db: Database;
  loaders: Loaders;
  now: Date;
  policy: ConsentPolicy;
  /** Folkbokföringen: who has custody, names, protected identity. */
  register: PopulationRegister;
  /** The operation's one reading of consents and custody for these children (shared with its decisions). */
  reading: (children: readonly string[]) => Promise<OperationSnapshot>;
  /** For a guardian: the children in their custody today, per the register (read once per request). */
  custodyOfCaller: () => Promise<string[]>;
  /** Follow-up cohorts, read once per registry version (shared by every request). */
  cohorts: CohortReadings;
  /** Signs a follow-up cohort for this caller and request with the registry's key (docs/analysts.md). */
  signCohort: (cohort: Cohort) => Promise<string>;
  /** Called once a revocation or narrowing is stored: no decision may rest on an earlier reading. */
  consentNarrowed: () => void;
}
