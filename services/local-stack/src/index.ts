export { startSystem, type RunningSystem, type SystemOptions } from './system.js';
export { identityOf } from './users.js';
