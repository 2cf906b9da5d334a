export { type DecisionRequest, decide } from './consent/decide.js';
export type { ConsentPolicy, ConsentRecord, ConsentStatus } from './consent/model.js';
export { defaultPolicy } from './consent/model.js';
export { policyFromEnv } from './consent/policy.js';
export { consentStatus } from './consent/status.js';
export { coordinationMigrations, openCoordinationDatabase } from './db/migrations.js';
export { seed, seededWith } from './seed.js';
export { type CoordinationConfig, startCoordinationSubgraph } from './server.js';
export * as store from './store/index.js';
