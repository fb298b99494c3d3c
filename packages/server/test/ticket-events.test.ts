// tickets.events over real HTTP (Server-Sent Events), with two API instances on one database, as
// the product scales out: a change made through one reaches a subscriber connected to the other; a
// reconnect with the last event id resumes with no gap and no duplicate; a hidden ticket is NOT_FOUND.
import { afterAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../src/app.js';
import { issueToken } from '../src/auth/issue-token.js';
import { ConfigSchema } from '../src/config.js';
import { ritasPlainRequest } from './support/ritas-ticket.js';
import { type DemoLogin, SUITE_RATE_LIMITS, startTestApi, TEST_TOKEN_SECRET, userId } from './support/test-api.js';
import { ON_PGLITE } from './support/test-database.js';
import { TEST_TICKET_TYPES } from './support/test-ticket-types.js';

const t = await startTestApi({ LIVE_POLL_MS: '50' });
// A second instance on the same database: no migrations left to run, no seed, the same key. (On
// PGlite, which serves one connection at a time, the subscriber uses the first instance too.)
const other: RunningApi = ON_PGLITE
  ? t.api
  : await startApi({
      config: ConfigSchema.parse({ DATABASE_URL: t.api.services.config.DATABASE_URL, PORT: '0', TOKEN_SECRET: TEST_TOKEN_SECRET, SEED_DEMO: 'false', LOG_LEVEL: 'silent', LIVE_POLL_MS: '50', ...SUITE_RATE_LIMITS }),
      ticketTypes: TEST_TICKET_TYPES,
    });
afterAll(async () => {
  if (other !== t.api) await other.stop();
});

interface SseEvent {
  id: string | null;
  data: unknown;
}

/** A subscription to a ticket's events on an instance, read as the raw event stream a browser gets. */
async function subscribe(api: RunningApi, login: DemoLogin, input: { ticketId: number; lastEventId?: string }) {
  const controller = new AbortController();
  const token = await issueToken(api.services.tokenKey, userId(login));
  const response = await fetch(`${api.url}/trpc/tickets.events?input=${encodeURIComponent(JSON.stringify(input))}`, {
    headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const received: SseEvent[] = [];
  /** Waits for the next `count` data events (pings and the connection's own messages are skipped). */
  async function next(count: number): Promise<SseEvent[]> {
    while (received.length < count) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`The stream ended after ${received.length} events.`);
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = Object.fromEntries(block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trimStart()]));
        // tRPC's stream: `data` events carry results; `connected`, `ping` and errors have an event name.
        if (fields['event'] === undefined && fields['data'] !== undefined) received.push({ id: fields['id'] ?? null, data: JSON.parse(fields['data']) });
        if (fields['event'] === 'serialized-error') throw new Error(`The stream failed: ${fields['data']}`);
      }
    }
    return received.splice(0, count);
  }
  return { status: response.status, next, close: () => controller.abort() };
}

describe('tickets.events', () => {
  it("delivers a change made through one instance to a subscriber on another, with the ticket's version", async () => {
    const ticket = await ritasPlainRequest(t);
    const rita = await subscribe(other, 'rita', { ticketId: ticket.id });
    expect(rita.status).toBe(200);
    const comment = await t.client('ana').comments.add.mutate({ ticketId: ticket.id, expectedVersion: 1, actingAs: ticket.wrt, body: 'On it.' });
    const [event] = await rita.next(1);
    expect(event!.data).toMatchObject({ kind: 'changed', ticketId: ticket.id, version: comment.version, eventType: 'comment.added' });
    expect(event!.id).toMatch(/^\d+$/);
    rita.close();
  });

  it('resumes after a reconnect from the last event seen: every change once, in order', async () => {
    const ticket = await ritasPlainRequest(t);
    const first = await subscribe(other, 'rita', { ticketId: ticket.id });
    let version = (await t.client('ana').comments.add.mutate({ ticketId: ticket.id, expectedVersion: 1, actingAs: ticket.wrt, body: 'One.' })).version;
    const [seen] = await first.next(1);
    first.close();

    // Missed while away: two comments and a status change.
    for (const body of ['Two.', 'Three.']) version = (await t.client('ana').comments.add.mutate({ ticketId: ticket.id, expectedVersion: version, actingAs: ticket.wrt, body })).version;
    const done = await t.client('ana').tickets.setStatus.mutate({ ticketId: ticket.id, expectedVersion: version, actingAs: ticket.wrt, statusId: ticket.status('In progress') });

    const again = await subscribe(t.api, 'rita', { ticketId: ticket.id, lastEventId: seen!.id! });
    const missed = await again.next(3);
    expect(missed.map((event) => (event.data as { eventType: string }).eventType)).toEqual(['comment.added', 'comment.added', 'ticket.status_changed']);
    const ids = [seen!.id!, ...missed.map((event) => event.id!)].map(Number);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
    expect(missed.at(-1)!.data).toMatchObject({ version: done.version });
    again.close();
  });

  it('tells a subscriber who lost access, at the next change, and ends the stream', async () => {
    const ticket = await ritasPlainRequest(t);
    // Wes sees it through WST (his group), then leaves WST while following it.
    const added = await t.client('ana').stakeholders.add.mutate({ ticketId: ticket.id, expectedVersion: 1, actingAs: ticket.wrt, principal: { kind: 'group', id: 2 }, connection: 'cc', role: 'actioner' });
    const wes = await subscribe(other, 'wes', { ticketId: ticket.id });
    await t.api.services.orm.em.fork().execute('delete from group_memberships where user_id = ? and group_id = 2', [userId('wes')]);
    try {
      await t.client('ana').comments.add.mutate({ ticketId: ticket.id, expectedVersion: added.version, actingAs: ticket.wrt, body: 'Only for those who still see it.' });
      const [event] = await wes.next(1);
      expect(event!.data).toEqual({ kind: 'access_lost', ticketId: ticket.id, message: `You can no longer see ticket #${ticket.id}.` });
      expect(event!.id).toBeNull();
    } finally {
      await t.api.services.orm.em.fork().execute('insert into group_memberships (group_id, user_id, is_lead) values (2, ?, true)', [userId('wes')]);
      wes.close();
    }
  });

  it('answers NOT_FOUND for a ticket the viewer may not see', async () => {
    const ticket = await ritasPlainRequest(t);
    const token = await issueToken(other.services.tokenKey, userId('wes'));
    const response = await fetch(`${other.url}/trpc/tickets.events?input=${encodeURIComponent(JSON.stringify({ ticketId: ticket.id }))}`, {
      headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    });
    const text = await response.text();
    expect(text).toContain('NOT_FOUND');
    expect(text).toContain(`Ticket #${ticket.id} does not exist, or you are not one of its stakeholders.`);
  });
});
