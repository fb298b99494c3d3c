// Configuration comes from the environment only; each variable is documented in the README.
import { z } from 'zod';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TokenSecret } from './auth/token-secret.js';
import { deploymentMode } from './deployment-mode.js';
import { requireProductionSettings } from './production-settings.js';
import { isAddressOrSubnet } from './rate-limits/client-address.js';

/** The repository root, when this file runs from the workspace (packages/server/src or dist). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Where a deployment's `tickets.config.json` lives, its plugins are resolved from and `.data` goes,
 * when `TICKETS_ROOT` does not say: the repository root inside the workspace (as always), and the
 * current directory where the server was installed as a package — three folders up from
 * node_modules/@tickets/server/dist is node_modules itself, which no operator means.
 */
export function defaultTicketsRoot(moduleFile = fileURLToPath(import.meta.url), cwd = process.cwd()): string {
  // This file is packages/server/{src,dist}/config.*: the repository is three folders above its folder.
  return moduleFile.split(sep).includes('node_modules') ? cwd : resolve(dirname(moduleFile), '../../..');
}

const commaList = z
  .string()
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));

// An empty variable (`TOKEN_SECRET=`) means "not set", as shells and .env files write it.
const withoutEmpty = (env: unknown) =>
  typeof env === 'object' && env !== null ? Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')) : env;

export const ConfigSchema = z.preprocess(
  withoutEmpty,
  z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().default('127.0.0.1'),
    /** Real PostgreSQL. Without it the API runs on embedded PGlite in TICKETS_DATA_DIR. */
    DATABASE_URL: z.string().url().optional(),
    /** The deployment's folder: its `tickets.config.json`, its installed plugins (see defaultTicketsRoot). */
    TICKETS_ROOT: z.string().default(() => defaultTicketsRoot()).transform((dir) => resolve(dir)),
    /** Default: `.data` in TICKETS_ROOT. */
    TICKETS_DATA_DIR: z.string().optional(),
    /** HS256 shared secret (at least 32 bytes, not a repeated pattern) … */
    TOKEN_SECRET: TokenSecret.optional(),
    /** … or a public key (PEM, SPKI) for EdDSA / RS256 tokens. */
    TOKEN_PUBLIC_KEY: z.string().optional(),
    TOKEN_ALGORITHM: z.enum(['HS256', 'EdDSA', 'RS256']).optional(),
    TOKEN_ISSUER: z.string().optional(),
    TOKEN_AUDIENCE: z.string().optional(),
    /** Longest lifetime (`exp` − `iat`) of a token this API accepts, and how old (since `iat`) it may be. */
    TOKEN_MAX_LIFETIME_SECONDS: z.coerce.number().int().min(60).max(30 * 24 * 3600).default(24 * 3600),
    /** Clock difference allowed with the host site for `exp`, `nbf` and `iat`. */
    TOKEN_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(60),
    /** Origins of the host pages allowed to call the API from a browser. */
    ALLOWED_ORIGINS: commaList.optional(),
    /** Ticket-type plugins to serve (package names); default: the list in tickets.config.json. */
    TICKET_TYPES: commaList.optional(),
    /** The namespace tickets belong to (one per host site). */
    NAMESPACE: z.string().default('wca'),
    /** Seed the demo directory (namespace, groups, users) when the database is empty. */
    SEED_DEMO: z.enum(['true', 'false']).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Anything but unset or `development` is production: see deployment-mode.ts. */
    NODE_ENV: z.string().default('development'),
    /** Tickets a status migration rewrites per batch (one short transaction each). */
    STATUS_MIGRATION_BATCH_SIZE: z.coerce.number().int().min(1).max(10_000).default(1000),
    /** How long one batch should take; batch sizes follow (users' changes to its tickets wait at most about this long). */
    STATUS_MIGRATION_BATCH_MS: z.coerce.number().int().min(10).max(10_000).default(100),
    /** Run the status migration worker in this process (`false`: only queue the jobs). */
    STATUS_MIGRATION_WORKER: z.enum(['true', 'false']).default('true'),
    /** Where mail goes out (smtp://user:pass@host:587). Without it no mail is sent (`pnpm start` runs a local catcher). */
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().default('Tickets <tickets@localhost>'),
    /** Where people read tickets: `{id}` is replaced; default `<PUBLIC_URL or the server's URL>/tickets/{id}`. */
    PUBLIC_URL: z.string().url().optional(),
    TICKET_URL_TEMPLATE: z.string().includes('{id}', { message: 'TICKET_URL_TEMPLATE must contain {id}.' }).optional(),
    /** How often the mail worker looks for due mails, and the first retry delay (doubled each attempt, at most an hour). */
    MAIL_POLL_MS: z.coerce.number().int().min(10).default(1000),
    MAIL_RETRY_BASE_MS: z.coerce.number().int().min(1).default(5000),
    /**
     * How often a process with open ticket subscriptions looks for new log entries (any instance's):
     * the most an event waits before it is sent. No process polls without subscribers.
     */
    LIVE_POLL_MS: z.coerce.number().int().min(10).max(5000).default(200),
    /**
     * How often an open subscription checks again that its viewer may still see the ticket when
     * nothing on the ticket changed (a membership removed in the directory): the longest a person who
     * lost access may still hear of the ticket. A change to the ticket is checked at once.
     */
    LIVE_ACCESS_CHECK_MS: z.coerce.number().int().min(50).max(600_000).default(30_000),
    /** How long a page counts as present on a ticket after its instance last said so (refreshed every third of it). */
    LIVE_PRESENCE_TTL_MS: z.coerce.number().int().min(300).max(600_000).default(30_000),
    MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(25),
    /** Intake requests each API key may make per minute. */
    INTAKE_RATE_LIMIT: z.coerce.number().int().min(1).default(60),
    /** Per signed-in user per minute (rate-limits/): queries, mutations, and new tickets + comments (they send mail). */
    RATE_LIMIT_READS: z.coerce.number().int().min(1).default(600),
    RATE_LIMIT_WRITES: z.coerce.number().int().min(1).default(60),
    RATE_LIMIT_POSTS: z.coerce.number().int().min(1).default(20),
    /** Requests refused for a missing or bad token or API key, per client address per minute. */
    RATE_LIMIT_FAILED_SIGN_INS: z.coerce.number().int().min(1).default(30),
    /** Proxies (addresses or subnets) whose X-Forwarded-For names the client; default none: the header is ignored. */
    TRUSTED_PROXIES: commaList
      .pipe(z.array(z.string().refine(isAddressOrSubnet, 'TRUSTED_PROXIES must list IP addresses or subnets (10.0.0.5, 10.0.0.0/8, fd00::/8).')))
      .optional(),
    /** Largest request body accepted (bytes): larger is refused with 413 from Content-Length, or as it streams. */
    HTTP_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
    /** Most calls one tRPC batch (`?batch=1`) may hold. */
    TRPC_MAX_BATCH_SIZE: z.coerce.number().int().min(1).default(10),
    /** Largest request line plus headers (bytes); Node's own default. */
    HTTP_MAX_HEADER_BYTES: z.coerce.number().int().min(1024).default(16 * 1024),
    /** How long a client may take to send its headers, and its whole request (headers and body). */
    HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
    HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
    /** How long an idle keep-alive connection stays open for the next request. */
    HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  })
  .superRefine((env, ctx) => {
    if (env.HTTP_HEADERS_TIMEOUT_MS > env.HTTP_REQUEST_TIMEOUT_MS) {
      ctx.addIssue({ code: 'custom', path: ['HTTP_HEADERS_TIMEOUT_MS'], message: 'HTTP_HEADERS_TIMEOUT_MS cannot be longer than HTTP_REQUEST_TIMEOUT_MS (the headers are part of the request).' });
    }
    if (env.TOKEN_PUBLIC_KEY && env.TOKEN_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['TOKEN_PUBLIC_KEY'], message: 'Set either TOKEN_SECRET or TOKEN_PUBLIC_KEY, not both.' });
    }
    if (env.TOKEN_PUBLIC_KEY && (!env.TOKEN_ALGORITHM || env.TOKEN_ALGORITHM === 'HS256')) {
      ctx.addIssue({ code: 'custom', path: ['TOKEN_ALGORITHM'], message: 'With TOKEN_PUBLIC_KEY, set TOKEN_ALGORITHM to EdDSA or RS256.' });
    }
    if (deploymentMode(env.NODE_ENV) === 'production') requireProductionSettings(env, ctx);
  })
  .transform((env) => ({ ...env, TICKETS_DATA_DIR: env.TICKETS_DATA_DIR ?? join(env.TICKETS_ROOT, '.data') })),
);

export type Config = z.infer<typeof ConfigSchema>;

/** Reads the configuration, or stops with one line per problem, naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

export function allowedOrigins(config: Config): string[] {
  return config.ALLOWED_ORIGINS ?? [`http://localhost:${config.PORT}`, `http://127.0.0.1:${config.PORT}`];
}
