// What other packages and the apps may import from the server: the router's type (for typed clients — a
// type-only import, so no server code reaches a browser bundle), the programmatic start, and what the
// start commands of `apps/api` need (configuration, process handling, the operator's tools).
export type { AppRouter } from './trpc/root.js';
export type { PresentPerson, TicketEvent } from './modules/live/ticket-events.js';
export type { ListEvent } from './modules/live/list-events.js';
export { startApi, type RunningApi, type StartOptions } from './app.js';
export { loadConfig, ConfigSchema, type Config } from './config.js';
export { deploymentMode, developmentOnlyRefusal, PRODUCTION_START, type DeploymentMode } from './deployment-mode.js';
// For hosts that mount pages next to the API (the demo app): extra routes, local tokens, plugins.
export type { Route } from './http/server.js';
export { staticFilesRoute, CONTENT_HASHED, type StaticMount } from './http/static-files.js';
export { EMBED_PREFIX, embedMounts, installedWidgetsDir, type PlaygroundManifestEntry, widgetsBuilt } from './embed/embed-assets.js';
export { playgroundBuildOf, type PlaygroundBuild } from './embed/playground-builds.js';
export { issueToken } from './auth/issue-token.js';
export { loadTokenKey, type TokenKey } from './auth/token-key.js';
export { REPO_ROOT } from './config.js';
export { DEMO_COMPETITIONS, DEMO_USERS, findDemoUser } from './seed/demo-directory.js';
export { loadConfiguredTicketTypes, loadTicketTypes, ticketTypesOfDeployment } from './modules/ticket-types/load-ticket-types.js';
// Intake API keys (the demo host site creates its own) and the mail catcher (for tests and local use).
export { createApiKey, listApiKeys, revokeApiKey, type ApiKeyInfo } from './modules/intake/api-key-store.js';
export { startMailCatcher, type CaughtMail, type MailCatcher } from './modules/mail/mail-catcher.js';
export { openApiKeyAdmin, type ApiKeyAdmin } from './modules/intake/api-key-admin.js';
export { runStart, type StartCommand } from './process/run-start.js';
export { databaseLine, ticketTypesLine } from './process/start-banner.js';
