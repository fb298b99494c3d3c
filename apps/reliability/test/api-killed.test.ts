// The API process is killed (SIGKILL) in the middle of a write load and started again on the same
// database: every write it acknowledged is there, and no ticket exists without its stakeholders,
// its metadata row and its creation log (a half-done transaction never shows).
import { issueToken, loadTokenKey, loadConfig } from '@tickets/server';
import { createTestDatabase, type TestDatabase, userId } from '@tickets/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiProcess, startApiProcess } from './support/api-process.js';
import { recordFigures } from './support/figures.js';
import { INCOMPLETE_TICKETS_SQL, queryRows, UNPAIRED_COMMENTS_SQL } from './support/ticket-rows.js';
import { callWire } from './support/wire.js';

const CLIENTS = 16;
const KILL_AT_THE_LATEST_MS = 20_000;
const TOKEN_SECRET = 'reliability-secret-that-is-long-enough-for-hs256';

let database: TestDatabase;
let databaseUrl: string;
let api: ApiProcess | undefined;
const acknowledged = { tickets: [] as number[], comments: [] as { ticketId: number; commentId: number; version: number }[] };
let cut = 0;
let restartMs = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  databaseUrl = database.env.DATABASE_URL!;
  const env = { ...database.env, TOKEN_SECRET, SEED_DEMO: 'true', TICKET_TYPES: '@tickets/plugin-bug-report' };
  api = await startApiProcess(env);
  const token = await issueToken(await loadTokenKey(loadConfig({ TOKEN_SECRET })), userId('rita'));
  const killed = { now: false };
  const url = api.url;

  // Each client files a bug report, then comments on it, again and again, until the process dies.
  const load = Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      while (!killed.now) {
        try {
          const created = await callWire(url, 'tickets.create', 'mutation', {
            type: 'bug-report',
            title: `Crash test ${client}`,
            metadata: { page: 'https://example.org/results', description: 'The results page shows the wrong round.' },
          }, token);
          if (!created.data) throw new Error(created.error?.message);
          const { id, version } = created.data as { id: number; version: number };
          acknowledged.tickets.push(id);
          const commented = await callWire(url, 'comments.add', 'mutation', { ticketId: id, expectedVersion: version, body: `Still broken (${client}).` }, token);
          if (!commented.data) throw new Error(commented.error?.message);
          const comment = commented.data as { commentId: number; version: number };
          acknowledged.comments.push({ ticketId: id, commentId: comment.commentId, version: comment.version });
        } catch {
          // A request the kill cut: not acknowledged, so it may or may not have happened.
          cut += 1;
          if (killed.now) return;
        }
      }
    }),
  );
  // Kill once the load is well under way (every client has had writes acknowledged), however fast
  // the machine is; at the latest after KILL_AT_THE_LATEST_MS.
  const waitStart = performance.now();
  while (acknowledged.comments.length < CLIENTS && performance.now() - waitStart < KILL_AT_THE_LATEST_MS) await new Promise((resolve) => setTimeout(resolve, 50));
  await api.kill();
  killed.now = true;
  await load;
  const restartStart = performance.now();
  api = await startApiProcess(env);
  restartMs = performance.now() - restartStart;
  recordFigures('api-killed', { clients: CLIENTS, acknowledgedTickets: acknowledged.tickets.length, acknowledgedComments: acknowledged.comments.length, requestsCut: cut, restartMs: Math.round(restartMs) });
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe('the API process killed with SIGKILL under load, then restarted', () => {
  it('was killed in the middle of the load', () => {
    expect(acknowledged.comments.length).toBeGreaterThanOrEqual(CLIENTS);
    expect(cut).toBeGreaterThan(0);
  });

  it('kept every ticket and comment it acknowledged', async () => {
    const tickets = await queryRows<{ id: number; version: number }>(databaseUrl, 'select id, version from tickets where id = any($1::int[])', [acknowledged.tickets]);
    expect(tickets.map((t) => t.id).sort((a, b) => a - b)).toEqual([...acknowledged.tickets].sort((a, b) => a - b));
    const comments = await queryRows<{ id: number }>(databaseUrl, 'select id from ticket_comments where id = any($1::int[])', [acknowledged.comments.map((c) => c.commentId)]);
    expect(comments).toHaveLength(acknowledged.comments.length);
    for (const comment of acknowledged.comments) expect(tickets.find((t) => t.id === comment.ticketId)?.version).toBeGreaterThanOrEqual(comment.version);
  });

  it('has no ticket without its stakeholders, metadata and creation log, and no comment without its log', async () => {
    expect(await queryRows(databaseUrl, 'select count(*)::int as n from tickets')).not.toEqual([{ n: 0 }]);
    expect(await queryRows(databaseUrl, INCOMPLETE_TICKETS_SQL)).toEqual([]);
    expect(await queryRows(databaseUrl, UNPAIRED_COMMENTS_SQL)).toEqual([]);
  });

  it('answers again after the restart, with the acknowledged state', async () => {
    const token = await issueToken(await loadTokenKey(loadConfig({ TOKEN_SECRET })), userId('rita'));
    const last = acknowledged.comments.at(-1)!;
    const read = await callWire(api!.url, 'tickets.get', 'query', { ticketId: last.ticketId }, token);
    expect(read.httpStatus).toBe(200);
    expect((read.data as { ticket: { version: number } }).ticket.version).toBe(last.version);
  });
});
