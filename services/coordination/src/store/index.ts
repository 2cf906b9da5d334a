export * from './consents.js';
export * from './families.js';
export * from './plans.js';
export * from './follow-up.js';
export * from './directory.js';
export * from './create-family.js';
