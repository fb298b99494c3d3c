// Records the exact SQL (text and values) one API request sends, by running a second, in-process
// copy of the API on the same database and listening on the `pg` driver it shares with us. The raw
// baseline replays these statements; their count is the "queries per request" figure.
import { issueToken, loadConfig, startApi, type RunningApi } from '@tickets/server';
import contact from '@tickets/plugin-contact/server';
import pg from 'pg';
import type { RecordedStatement } from './load/load-plan.js';

type QueryFn = (this: pg.Client, ...args: unknown[]) => unknown;

export interface RecordedRequest {
  statements: RecordedStatement[];
  /** Statements other than BEGIN / COMMIT. */
  queries: number;
  status: number;
}

export interface StatementRecorder {
  record(login: number, procedure: string, input: unknown, method: 'GET' | 'POST'): Promise<RecordedRequest>;
  stop(): Promise<void>;
}

export async function startStatementRecorder(databaseUrl: string, tokenSecret: string): Promise<StatementRecorder> {
  const config = loadConfig({ DATABASE_URL: databaseUrl, PORT: '0', TOKEN_SECRET: tokenSecret, LOG_LEVEL: 'silent', SEED_DEMO: 'false' });
  const api: RunningApi = await startApi({ config, ticketTypes: [contact] });
  let recording: RecordedStatement[] | null = null;
  const original = pg.Client.prototype.query as unknown as QueryFn;
  const patched: QueryFn = function (this: pg.Client, ...args: unknown[]) {
    const [first, second] = args;
    if (recording) {
      if (typeof first === 'string') recording.push({ text: first, values: Array.isArray(second) ? [...(second as unknown[])] : [] });
      else if (first && typeof first === 'object' && 'text' in first) {
        const config = first as { text: string; values?: unknown[] };
        recording.push({ text: config.text, values: [...(config.values ?? [])] });
      }
    }
    return original.apply(this, args);
  };
  (pg.Client.prototype as unknown as { query: QueryFn }).query = patched;

  return {
    async record(userId, procedure, input, method) {
      const token = await issueToken(api.services.tokenKey, userId);
      const path = `${api.url}/trpc/${procedure}${method === 'GET' ? `?input=${encodeURIComponent(JSON.stringify(input))}` : ''}`;
      recording = [];
      try {
        const res = await fetch(path, {
          method,
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          ...(method === 'POST' ? { body: JSON.stringify(input) } : {}),
        });
        await res.arrayBuffer();
        const statements = recording;
        return { statements, queries: statements.filter((s) => !/^(begin|commit|rollback)\b/i.test(s.text.trim())).length, status: res.status };
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
