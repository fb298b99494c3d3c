// The harness plugin packages use to test their types against the whole API on real PostgreSQL:
// `startTestApi({}, [myTicketTypeServer])`. Their vitest config adds
// `globalSetup: ['@tickets/server/testing/global-setup']`.
export { createTestDatabase, type TestDatabase } from './test-database.js';
export { failureOf, startTestApi, SUITE_RATE_LIMITS, type DemoLogin, type TestApi, userId } from './test-api.js';
export { ON_PGLITE } from './test-database.js';
// For suites that speak HTTP as bytes on a socket (malformed requests, endless or stalled bodies).
export { openSocket, sendRaw, statusOf, untilClosed, untilResponseHead, writeAndDrain, type RawExchange } from './raw-http.js';
export { DEMO_USERS } from '../../src/seed/demo-directory.js';
// Owned SQL (`@tickets/sql`) over an entity manager, for suites that read what the API stored.
export { sqlOf } from '../../src/db/sql-client.js';
export { personRecord, userRecord } from './directory-records.js';
// The router itself, for suites that walk every procedure (fuzzing, the authorization matrix).
export { appRouter } from '../../src/trpc/root.js';
// For plugins' tests that file through the intake endpoint and read the mails a real SMTP server gets.
export { createApiKey } from '../../src/modules/intake/api-key-store.js';
export { startMailCatcher, type CaughtMail } from '../../src/modules/mail/mail-catcher.js';
// For plugins' tests of their own mail texts, without the outbox.
export { mailsAbout, type MailedTicket } from './type-mails.js';
// For suites that start the product the way an operator does (`pnpm start`, `pnpm start:production`).
export { runStartCommand, type StartOutcome, untilListening } from './start-command.js';
// For suites that must say which error the API met (an in-process API's log lines).
export { capturingLogger, type CapturedLog } from './captured-logs.js';
