// tickets.events over real HTTP (Server-Sent Events), with two API instances on one database, as
// the product scales out: a change made through one reaches a subscriber connected to the other; a
// reconnect with the last event id resumes with no gap and no duplicate; a hidden ticket is NOT_FOUND;
// who else has the ticket open, and who writes, reaches the others (and is never logged); access
// taken away with no change to the ticket, and a token that expires, end the stream.
import { afterAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../src/app.js';
import { issueToken } from '../src/auth/issue-token.js';
import { ConfigSchema } from '../src/config.js';
import { ritasPlainRequest, versionOf } from './support/ritas-ticket.js';
import { type DemoLogin, SUITE_RATE_LIMITS, startTestApi, TEST_TOKEN_SECRET, userId } from './support/test-api.js';
import { ON_PGLITE } from './support/test-database.js';
import { TEST_TICKET_TYPES } from './support/test-ticket-types.js';

// Access is checked again every 200 ms here (30 s by default) so a test sees it without waiting long.
const LIVE = { LIVE_POLL_MS: '50', LIVE_ACCESS_CHECK_MS: '200' };
const t = await startTestApi(LIVE);
// A second instance on the same database: no migrations left to run, no seed, the same key. (On
// PGlite, which serves one connection at a time, the subscriber uses the first instance too.)
const other: RunningApi = ON_PGLITE
  ? t.api
  : await startApi({
      config: ConfigSchema.parse({ DATABASE_URL: t.api.services.config.DATABASE_URL, PORT: '0', TOKEN_SECRET: TEST_TOKEN_SECRET, SEED_DEMO: 'false', LOG_LEVEL: 'silent', ...LIVE, ...SUITE_RATE_LIMITS }),
      ticketTypes: TEST_TICKET_TYPES,
    });
afterAll(async () => {
  if (other !== t.api) await other.stop();
});

interface SseEvent {
  id: string | null;
  data: unknown;
}

interface PresenceEvent {
  kind: 'presence';
  people: Array<{ userId: number; name: string; activity: string }>;
}

/** A subscription to a ticket's events on an instance, read as the raw event stream a browser gets. */
async function subscribe(api: RunningApi, login: DemoLogin, input: { ticketId: number; lastEventId?: string } | null, options: { expiresIn?: string } = {}) {
  const controller = new AbortController();
  const token = await issueToken(api.services.tokenKey, userId(login), options);
  const path = input ? `tickets.events?input=${encodeURIComponent(JSON.stringify(input))}` : 'tickets.listEvents';
  const response = await fetch(`${api.url}/trpc/${path}`, {
    headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    signal: controller.signal,
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const received: SseEvent[] = [];
  const presence: PresenceEvent[] = [];
  /** Reads the stream until `enough()`: changes and access events in `received`, presence in `presence`. */
  async function readUntil(enough: () => boolean): Promise<void> {
    while (!enough()) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`The stream ended after ${received.length} events.`);
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = Object.fromEntries(block.split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trimStart()]));
        // tRPC's stream: `data` events carry results; `connected`, `ping` and errors have an event name.
        if (fields['event'] === undefined && fields['data'] !== undefined) {
          const data = JSON.parse(fields['data']) as { kind: string };
          if (data.kind === 'presence') presence.push(data as PresenceEvent);
          else received.push({ id: fields['id'] ?? null, data });
        }
        if (fields['event'] === 'serialized-error') throw new Error(`The stream failed: ${fields['data']}`);
      }
    }
  }
  /** Waits for the next `count` changes (or the end of access); presence is kept apart. */
  async function next(count: number): Promise<SseEvent[]> {
    await readUntil(() => received.length >= count);
    return received.splice(0, count);
  }
  /** Waits until who else is present, as told last, reads `expected` (names and activities). */
  async function presentUntil(expected: string[]): Promise<void> {
    const told = () => presence.at(-1)?.people.map((person) => `${person.name}: ${person.activity}`);
    await readUntil(() => JSON.stringify(told()) === JSON.stringify(expected));
  }
  /** Waits for the first word on who else is there: the stream has read the ticket and waits for changes. */
  const following = () => readUntil(() => presence.length > 0);
  return { status: response.status, next, presentUntil, following, presence, close: () => controller.abort() };
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

  it("starts with the ticket's version, so a page that read it before a change made meanwhile reads it again", async () => {
    const ticket = await ritasPlainRequest(t);
    // The page read version 1; a comment lands before its stream starts.
    const { version } = await t.client('ana').comments.add.mutate({ ticketId: ticket.id, expectedVersion: 1, actingAs: ticket.wrt, body: 'Between the read and the stream.' });
    const rita = await subscribe(other, 'rita', { ticketId: ticket.id });
    await rita.following();
    expect(rita.presence[0]).toMatchObject({ kind: 'presence', version });
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
      expect(event!.data).toEqual({ kind: 'access_lost', ticketId: ticket.id, reason: 'access', message: `You can no longer see ticket #${ticket.id}.` });
      expect(event!.id).toBeNull();
    } finally {
      await t.api.services.orm.em.fork().execute('insert into group_memberships (group_id, user_id, is_lead) values (2, ?, true)', [userId('wes')]);
      wes.close();
    }
  });

  it('tells each subscriber woken by one change what their own access allows', async () => {
    // The feed reads for everyone a poll wakes at once (wake-round.ts): Rita still sees the ticket,
    // Wes has just left the group he saw it through, Sam sees everything as a site admin.
    const ticket = await ritasPlainRequest(t);
    const added = await t.client('ana').stakeholders.add.mutate({ ticketId: ticket.id, expectedVersion: 1, actingAs: ticket.wrt, principal: { kind: 'group', id: 2 }, connection: 'cc', role: 'actioner' });
    const rita = await subscribe(other, 'rita', { ticketId: ticket.id });
    const wes = await subscribe(other, 'wes', { ticketId: ticket.id });
    const sam = await subscribe(other, 'sam', { ticketId: ticket.id });
    for (const subscriber of [rita, wes, sam]) await subscriber.following();
    await t.api.services.orm.em.fork().execute('delete from group_memberships where user_id = ? and group_id = 2', [userId('wes')]);
    try {
      const comment = await t.client('ana').comments.add.mutate({ ticketId: ticket.id, expectedVersion: added.version, actingAs: ticket.wrt, body: 'Who still sees this?' });
      const [toRita] = await rita.next(1);
      const [toWes] = await wes.next(1);
      const [toSam] = await sam.next(1);
      expect(toRita!.data).toMatchObject({ kind: 'changed', version: comment.version, eventType: 'comment.added' });
      expect(toSam!.data).toMatchObject({ kind: 'changed', version: comment.version, eventType: 'comment.added' });
      expect(toWes!.data).toMatchObject({ kind: 'access_lost', reason: 'access' });
    } finally {
      await t.api.services.orm.em.fork().execute('insert into group_memberships (group_id, user_id, is_lead) values (2, ?, true)', [userId('wes')]);
      for (const subscriber of [rita, wes, sam]) subscriber.close();
    }
  });

  it('wakes a subscription that saw other people than are there now, though another of its ticket saw them right', async () => {
    // The poll returns only tickets that moved past what their subscriptions saw: two that disagree
    // on who was there must still bring the ticket back.
    const ticket = await ritasPlainRequest(t);
    const feed = t.api.services.liveFeed;
    const [{ latest }] = await t.api.services.orm.em.fork().execute<[{ latest: number }]>('select max(id)::int as latest from ticket_logs where ticket_id = ?', [ticket.id]);
    const stop = new AbortController();
    const upToDate = feed.wait(ticket.id, userId('rita'), { afterId: latest, presence: '' }, stop.signal);
    const stale = feed.wait(ticket.id, userId('sam'), { afterId: latest, presence: `${userId('wes')}:viewing` }, stop.signal);
    expect(await stale).toMatchObject({ presence: '', entries: [] });
    stop.abort();
    expect(await upToDate).toBeNull();
  });

  it('tells a subscriber who lost access with no change to the ticket (a membership removed), and ends the stream', async () => {
    const ticket = await ritasPlainRequest(t);
    await t.client('ana').stakeholders.add.mutate({ ticketId: ticket.id, expectedVersion: 1, actingAs: ticket.wrt, principal: { kind: 'group', id: 2 }, connection: 'cc', role: 'actioner' });
    const wes = await subscribe(other, 'wes', { ticketId: ticket.id });
    await wes.presentUntil([]);
    await t.api.services.orm.em.fork().execute('delete from group_memberships where user_id = ? and group_id = 2', [userId('wes')]);
    try {
      // Nothing happens to the ticket: the periodic check (LIVE_ACCESS_CHECK_MS) notices.
      const [event] = await wes.next(1);
      expect(event!.data).toEqual({ kind: 'access_lost', ticketId: ticket.id, reason: 'access', message: `You can no longer see ticket #${ticket.id}.` });
    } finally {
      await t.api.services.orm.em.fork().execute('insert into group_memberships (group_id, user_id, is_lead) values (2, ?, true)', [userId('wes')]);
      wes.close();
    }
  });

  it('ends the stream when the token it was opened with expires', async () => {
    const ticket = await ritasPlainRequest(t);
    const rita = await subscribe(other, 'rita', { ticketId: ticket.id }, { expiresIn: '2s' });
    const [event] = await rita.next(1);
    expect(event!.data).toEqual({ kind: 'access_lost', ticketId: ticket.id, reason: 'session_ended', message: 'Your session has ended; reload the page to follow this ticket again.' });
    rita.close();
  });

  it('tells those who have a ticket open who else has it open and who is writing, across instances, and logs none of it', async () => {
    const ticket = await ritasPlainRequest(t);
    const ana = await subscribe(other, 'ana', { ticketId: ticket.id });
    await ana.presentUntil([]);
    const rita = await subscribe(t.api, 'rita', { ticketId: ticket.id });
    await ana.presentUntil(['Rita Lopes: viewing']);
    await rita.presentUntil(['Ana Kowalska: viewing']);

    await t.client('rita').tickets.writing.mutate({ ticketId: ticket.id, writing: true });
    await ana.presentUntil(['Rita Lopes: writing']);
    await t.client('rita').tickets.writing.mutate({ ticketId: ticket.id, writing: false });
    await ana.presentUntil(['Rita Lopes: viewing']);

    // Rita closes her page: Ana is told she left.
    rita.close();
    await ana.presentUntil([]);
    // Presence is no change to the ticket: no version, no log entry, no timeline line.
    expect(await versionOf(t, ticket.id)).toBe(1);
    const entries = await t.api.services.orm.em.fork().execute<Array<{ event_type: string }>>('select event_type from ticket_logs where ticket_id = ?', [ticket.id]);
    expect(entries.map((entry) => entry.event_type)).toEqual(['ticket.created']);
    ana.close();
  });

  it('drops someone whose instance stopped saying they are there (a killed instance) once their presence lapses', async () => {
    const ticket = await ritasPlainRequest(t);
    const ana = await subscribe(other, 'ana', { ticketId: ticket.id });
    await ana.presentUntil([]);
    // What an instance killed while Rita had the page open leaves behind: a row nobody refreshes.
    await t.api.services.orm.em
      .fork()
      .execute(`insert into ticket_presence (ticket_id, user_id, session, activity, expires_at) values (?, ?, 'killed', 'viewing', now() + interval '1 second')`, [ticket.id, userId('rita')]);
    await ana.presentUntil(['Rita Lopes: viewing']);
    await ana.presentUntil([]);
    ana.close();
  });

  it('refuses to say someone writes on a ticket they may not see', async () => {
    const ticket = await ritasPlainRequest(t);
    await expect(t.client('wes').tickets.writing.mutate({ ticketId: ticket.id, writing: true })).rejects.toMatchObject({ data: { code: 'NOT_FOUND' } });
    const rows = await t.api.services.orm.em.fork().execute('select 1 from ticket_presence where ticket_id = ?', [ticket.id]);
    expect(rows).toEqual([]);
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

describe('tickets.listEvents', () => {
  it('tells an open list, on another instance, which of the tickets it may see changed, and never names another', async () => {
    const ritas = await ritasPlainRequest(t);
    const rita = await subscribe(other, 'rita', null);
    const [listening] = await rita.next(1);
    expect(listening!.data).toEqual({ kind: 'listening' });

    // A ticket Rita is no stakeholder of changes: nothing is said to her about it.
    const johns = await t.client('john').tickets.create.mutate({ type: 'plain-request', title: 'Not for Rita' });
    const wrt = (await t.client('ana').tickets.get.query({ ticketId: johns.id })).stakeholders.find((s) => s.principal.name === 'WRT')!.id;
    await t.client('ana').comments.add.mutate({ ticketId: johns.id, expectedVersion: 1, actingAs: wrt, body: 'Only John and WRT see this.' });
    // Then hers does.
    await t.client('ana').comments.add.mutate({ ticketId: ritas.id, expectedVersion: 1, actingAs: ritas.wrt, body: 'On it.' });
    const [changed] = await rita.next(1);
    expect(changed!.data).toEqual({ kind: 'changed', ticketIds: [ritas.id] });
    rita.close();
  });

  // PGlite runs one transaction at a time: there, no entry can commit after a later one.
  it.skipIf(ON_PGLITE)('does not miss an entry that commits after a later one (ids are handed out before commit)', async () => {
    const ticket = await ritasPlainRequest(t);
    const later = await ritasPlainRequest(t);
    const told: number[][] = [];
    const stopListening = await other.services.liveTail.listen((ticketIds) => told.push(ticketIds));
    const slow = t.api.services.orm.em.fork();
    try {
      await slow.transactional(async (tx) => {
        // This transaction takes its log id first and commits last.
        await tx.execute(`insert into ticket_logs (namespace_id, ticket_id, event_type, event, system_reason, created_at) select namespace_id, id, 'test.slow', '{}', 'test', now() from tickets where id = ?`, [ticket.id]);
        await t.client('ana').comments.add.mutate({ ticketId: later.id, expectedVersion: 1, actingAs: later.wrt, body: 'Committed first.' });
        await until(() => told.flat().includes(later.id));
      });
      await until(() => told.flat().includes(ticket.id));
    } finally {
      stopListening();
      await t.api.services.orm.em.fork().execute(`delete from ticket_logs where event_type = 'test.slow'`);
    }
  });

  it('ends when the token it was opened with expires', async () => {
    const rita = await subscribe(other, 'rita', null, { expiresIn: '2s' });
    const [, ended] = await rita.next(2);
    expect(ended!.data).toEqual({ kind: 'access_lost', reason: 'session_ended', message: 'Your session has ended; reload the page to see this list change again.' });
    rita.close();
  });
});

/** Waits for a state the feed reaches on its own (each poll is its own turn of the event loop). */
async function until(reached: () => boolean): Promise<void> {
  while (!reached()) await new Promise((resolve) => setTimeout(resolve, 10));
}
