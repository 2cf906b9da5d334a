export { type RunningSystem, type SystemOptions, startSystem } from './system.js';
export { identityOf } from './users.js';
