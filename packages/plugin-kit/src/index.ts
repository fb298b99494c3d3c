export * from './ticket-type.js';
export * from './ticket-action.js';
