// 32 clients change statuses and comment on the same 10 tickets at once, each with the version it
// read: every accepted change has exactly one log entry, every refused one got CONFLICT, each
// ticket's final version counts its accepted changes, and nothing is lost.
import contact from '@tickets/plugin-contact/server';
import { type DemoLogin, failureOf, startTestApi } from '@tickets/server/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryRows, UNPAIRED_COMMENTS_SQL } from './support/ticket-rows.js';
import { recordFigures } from './support/figures.js';

const CLIENTS = 32;
const TICKETS = 10;
const ROUNDS = 8;

const t = await startTestApi({}, [contact]);
const clients = { wes: t.client('wes'), rita: t.client('rita') } satisfies Partial<Record<DemoLogin, ReturnType<typeof t.client>>>;

interface Accepted {
  ticketId: number;
  kind: 'status' | 'comment';
  version: number;
  commentId?: number;
}

const ticketIds: number[] = [];
const accepted: Accepted[] = [];
const refusedCodes: string[] = [];

beforeAll(async () => {
  for (let i = 0; i < TICKETS; i++) {
    const created = await clients.rita.tickets.create.mutate({ type: 'contact', title: `Shared ticket ${i}`, metadata: { team: 'WST', message: 'Many people work on this one at once.' } });
    ticketIds.push(created.id);
  }
  // Each client: read a ticket, then change it with the version it read. Rita (requester) and Wes
  // (WST, assigned) both may act on contact tickets, which allow every move.
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      const api = client % 2 === 0 ? clients.wes : clients.rita;
      for (let round = 0; round < ROUNDS; round++) {
        const ticketId = ticketIds[(client * 7 + round * 3) % TICKETS]!;
        const read = await api.tickets.get.query({ ticketId });
        const expectedVersion = read.ticket.version;
        const change =
          (client + round) % 2 === 0
            ? api.tickets.setStatus.mutate({ ticketId, expectedVersion, statusId: read.ticket.status.id === 1 ? 2 : 1 }).then((r) => ({ kind: 'status' as const, version: r.version }))
            : api.comments.add.mutate({ ticketId, expectedVersion, body: `Client ${client}, round ${round}` }).then((r) => ({ kind: 'comment' as const, version: r.version, commentId: r.commentId }));
        try {
          accepted.push({ ticketId, ...(await change) });
        } catch {
          refusedCodes.push((await failureOf(change)).code);
        }
      }
    }),
  );
  recordFigures('concurrent-writers', { clients: CLIENTS, tickets: TICKETS, attempts: CLIENTS * ROUNDS, accepted: accepted.length, refused: refusedCodes.length });
}, 120_000);

describe(`${CLIENTS} clients on ${TICKETS} tickets at once`, () => {
  it('refused every stale change with CONFLICT, and accepted some of them', () => {
    expect(accepted.length + refusedCodes.length).toBe(CLIENTS * ROUNDS);
    expect(new Set(refusedCodes)).toEqual(refusedCodes.length > 0 ? new Set(['CONFLICT']) : new Set());
    expect(refusedCodes.length).toBeGreaterThan(0);
    expect(accepted.length).toBeGreaterThanOrEqual(TICKETS);
  });

  it('handed out each version of a ticket once: the final version is 1 + its accepted changes', async () => {
    const rows = await queryRows<{ id: number; version: number }>(t.api.services.config.DATABASE_URL!, 'select id, version from tickets where id = any($1::int[])', [ticketIds]);
    for (const row of rows) {
      const mine = accepted.filter((a) => a.ticketId === row.id).map((a) => a.version).sort((a, b) => a - b);
      expect(row.version).toBe(1 + mine.length);
      expect(mine).toEqual(Array.from({ length: mine.length }, (_, i) => i + 2));
    }
  });

  it('wrote exactly one log entry per accepted change, and kept every accepted comment', async () => {
    const url = t.api.services.config.DATABASE_URL!;
    const logs = await queryRows<{ ticket_id: number; event_type: string; comment_id: number | null }>(
      url,
      `select ticket_id, event_type, (event->>'commentId')::int as comment_id from ticket_logs where ticket_id = any($1::int[]) and event_type <> 'ticket.created'`,
      [ticketIds],
    );
    const comments = await queryRows<{ id: number; ticket_id: number }>(url, 'select id, ticket_id from ticket_comments where ticket_id = any($1::int[])', [ticketIds]);
    for (const ticketId of ticketIds) {
      const mine = accepted.filter((a) => a.ticketId === ticketId);
      const theirLogs = logs.filter((l) => l.ticket_id === ticketId);
      expect(theirLogs).toHaveLength(mine.length);
      expect(theirLogs.filter((l) => l.event_type === 'ticket.status_changed')).toHaveLength(mine.filter((a) => a.kind === 'status').length);
      const acceptedComments = mine.flatMap((a) => (a.commentId === undefined ? [] : [a.commentId])).sort((a, b) => a - b);
      expect(comments.filter((c) => c.ticket_id === ticketId).map((c) => c.id).sort((a, b) => a - b)).toEqual(acceptedComments);
      expect(theirLogs.flatMap((l) => (l.comment_id === null ? [] : [l.comment_id])).sort((a, b) => a - b)).toEqual(acceptedComments);
    }
    expect(await queryRows(url, UNPAIRED_COMMENTS_SQL)).toEqual([]);
  });
});
