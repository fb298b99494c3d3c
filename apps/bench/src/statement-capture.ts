// Records the exact SQL (text and values) one API request sends, by running a second, in-process
// copy of the API on the same database and listening on the `pg` driver it shares with us. The
// replay column runs these statements again over a raw pool; their count (in all, and inside the
// request's transaction) is the "statements" figure.
import { issueToken, loadConfig, startApi, type RunningApi } from '@tickets/server';
import contact from '@tickets/plugin-contact/server';
import pg from 'pg';
import type { RecordedStatement } from './load/load-plan.js';
import { countStatements, type StatementCount } from './statement-count.js';

type QueryFn = (this: pg.Client, ...args: unknown[]) => unknown;

export interface RecordedRequest {
  statements: RecordedStatement[];
  count: StatementCount;
  status: number;
  /** The API's answer, parsed: what the request returned, for the report to quote. */
  answer: unknown;
}

export interface StatementRecorder {
  record(login: number, procedure: string, input: unknown, method: 'GET' | 'POST'): Promise<RecordedRequest>;
  stop(): Promise<void>;
}

export async function startStatementRecorder(databaseUrl: string, tokenSecret: string): Promise<StatementRecorder> {
  // Background jobs stay quiet, so that only the request's own statements are recorded.
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    PORT: '0',
    TOKEN_SECRET: tokenSecret,
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    STATUS_MIGRATION_WORKER: 'false',
    MAIL_POLL_MS: String(24 * 3600 * 1000),
  });
  const api: RunningApi = await startApi({ config, ticketTypes: [contact] });
  let recording: (RecordedStatement & { client: number })[] | null = null;
  const clients = new WeakMap<pg.Client, number>();
  let nextClient = 0;
  const clientNumber = (client: pg.Client) => {
    if (!clients.has(client)) clients.set(client, nextClient++);
    return clients.get(client)!;
  };
  const original = pg.Client.prototype.query as unknown as QueryFn;
  const patched: QueryFn = function (this: pg.Client, ...args: unknown[]) {
    const [first, second] = args;
    if (recording) {
      if (typeof first === 'string') recording.push({ text: first, values: Array.isArray(second) ? [...(second as unknown[])] : [], client: clientNumber(this) });
      else if (first && typeof first === 'object' && 'text' in first) {
        const config = first as { text: string; values?: unknown[] };
        recording.push({ text: config.text, values: [...(config.values ?? [])], client: clientNumber(this) });
      }
    }
    return original.apply(this, args);
  };
  (pg.Client.prototype as unknown as { query: QueryFn }).query = patched;

  // One token per user, as a client keeps its own: what the server caches per token stays cached.
  const tokens = new Map<number, string>();
  const tokenOf = async (userId: number) => tokens.get(userId) ?? tokens.set(userId, await issueToken(api.services.tokenKey, userId)).get(userId)!;
  return {
    async record(userId, procedure, input, method) {
      const token = await tokenOf(userId);
      const path = `${api.url}/trpc/${procedure}${method === 'GET' ? `?input=${encodeURIComponent(JSON.stringify(input))}` : ''}`;
      recording = [];
      try {
        const res = await fetch(path, {
          method,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          ...(method === 'POST' ? { body: JSON.stringify(input) } : {}),
        });
        const answer: unknown = await res.json().catch(() => null);
        const sent = recording;
        return { statements: sent.map(({ text, values }) => ({ text, values })), count: countStatements(sent), status: res.status, answer };
      } finally {
        recording = null;
      }
    },
    async stop() {
      (pg.Client.prototype as unknown as { query: QueryFn }).query = original;
      await api.stop();
    },
  };
}
