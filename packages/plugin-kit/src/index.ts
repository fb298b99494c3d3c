export * from './contract-version.js';
export * from './ticket-type.js';
export * from './ticket-action.js';
export * from './refusal.js';
export * from './rejection-limits.js';
export * from './reject-action.js';
export * from './request-lifecycle.js';
export * from './move-in.js';
