import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { afterAll } from 'vitest';
import { startApi, type RunningApi } from '../../src/app.js';
import { issueToken } from '../../src/auth/issue-token.js';
import { ConfigSchema } from '../../src/config.js';
import { createCallerFactory } from '../../src/trpc/trpc.js';
import { createContext } from '../../src/trpc/context.js';
import { appRouter, type AppRouter } from '../../src/trpc/root.js';
import { DEMO_USERS } from '../../src/seed/demo-directory.js';
import { createTestDatabase } from './test-database.js';
import { TEST_TICKET_TYPES } from './test-ticket-types.js';
import type { TicketTypePlugin } from '../../src/modules/ticket-types/ticket-type-registry.js';

const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

export const TEST_TOKEN_SECRET = 'test-secret-that-is-long-enough-for-hs256!';

export type DemoLogin = (typeof DEMO_USERS)[number]['login'];

export function userId(login: DemoLogin): number {
  const user = DEMO_USERS.find((u) => u.login === login);
  if (!user) throw new Error(`No demo user ${login}`);
  return user.id;
}

/**
 * Budgets far above the production defaults (config.ts): test files act as a few users and file
 * more tickets a minute from one address than any person would. `rate-limits.test.ts` passes its
 * own small ones; a test that wants the real defaults passes them the same way.
 */
export const SUITE_RATE_LIMITS: Readonly<Record<string, string>> = {
  RATE_LIMIT_READS: '1000000',
  RATE_LIMIT_WRITES: '1000000',
  RATE_LIMIT_POSTS: '1000000',
  RATE_LIMIT_FAILED_SIGN_INS: '1000000',
  INTAKE_RATE_LIMIT: '1000000',
};

export interface TestApi {
  api: RunningApi;
  /** A typed tRPC client over real HTTP, signed in as a demo user (or anonymous), reading in the languages given (`Accept-Language`). */
  client(login?: DemoLogin, acceptLanguage?: string): ReturnType<typeof createTRPCClient<AppRouter>>;
  /** A server-side caller, signed in the same way, without HTTP. */
  caller(login?: DemoLogin): Caller;
  token(login: DemoLogin): Promise<string>;
  /** Statements sent to the database since the last reset. */
  queries: string[];
}

/**
 * Starts the whole API on a database of this test file's own, seeded with the demo directory,
 * and stops it (and drops the database) after the file's tests.
 */
export async function startTestApi(env: Record<string, string> = {}, ticketTypes: readonly TicketTypePlugin[] = TEST_TICKET_TYPES): Promise<TestApi> {
  const database = await createTestDatabase();
  const queries: string[] = [];
  const config = ConfigSchema.parse({
    ...database.env,
    PORT: '0',
    TOKEN_SECRET: TEST_TOKEN_SECRET,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'silent',
    ...SUITE_RATE_LIMITS,
    ...env,
  });
  const api = await startApi({ config, ticketTypes, onQuery: (sql) => queries.push(sql) });
  afterAll(async () => {
    await api.stop();
    await database.drop();
  });
  const token = (login: DemoLogin) => issueToken(api.services.tokenKey, userId(login));
  // One token per user for the suite's life, as a host page holds one per page load: a fresh token
  // each request would add the viewer's first read whenever the clock's second turned.
  const sessions = new Map<DemoLogin, Promise<string>>();
  const sessionToken = (login: DemoLogin) => {
    let session = sessions.get(login);
    if (!session) sessions.set(login, (session = token(login)));
    return session;
  };
  return {
    api,
    queries,
    token,
    client(login, acceptLanguage) {
      return createTRPCClient<AppRouter>({
        links: [
          httpLink({
            url: `${api.url}/trpc`,
            headers: async () => ({
              ...(login ? { authorization: `Bearer ${await sessionToken(login)}` } : {}),
              ...(acceptLanguage ? { 'accept-language': acceptLanguage } : {}),
            }),
          }),
        ],
      });
    },
    caller(login) {
      return createCaller(async () => createContext(api.services, login ? `Bearer ${await sessionToken(login)}` : undefined, 'test'));
    },
  };
}

/** The tRPC error code a call failed with (or throws if it did not fail). */
export async function failureOf(call: Promise<unknown>): Promise<{ code: string; message: string; data: Record<string, unknown> }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) {
      return { code: error.data?.code, message: error.message, data: error.data };
    }
    if (error && typeof error === 'object' && 'code' in error && 'message' in error) {
      const e = error as { code: string; message: string; cause?: unknown };
      return { code: e.code, message: e.message, data: {} };
    }
    throw error;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}
