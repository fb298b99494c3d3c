// The server half of the contract: storage, effects, the directory port. Import from
// `@tickets/plugin-kit/server` only in server code.
export * from './plugin-directory.js';
export * from './sql-runner.js';
export * from './ticket-type-server.js';
export * from './mail-text.js';
