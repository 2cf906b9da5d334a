export * from './agency-actions.js';
export * from './consent-writes.js';
export * from './consents.js';
export * from './create-family.js';
export * from './directory.js';
export * from './families.js';
export * from './follow-up.js';
export * from './plans.js';
