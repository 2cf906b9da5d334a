export * from './domain/agencies.js';
export * from './http/server.js';
