import { systemActor } from '@tickets/domain';
import { describe, expect, it } from 'vitest';
import { appendLogs } from '../src/modules/logs/log-store.js';
import { encodeCursor } from '../src/modules/pagination/page-cursor.js';
import { type DemoLogin, failureOf, startTestApi, userId } from './support/test-api.js';

const t = await startTestApi();
const em = () => t.api.services.orm.em.fork();
const namespaceId = t.api.services.namespace.id;

async function fileAs(login: DemoLogin, title = `${login}'s request`) {
  return (await t.client(login).tickets.create.mutate({ type: 'plain-request', title })).id;
}

/** The ticket's stakeholder ids by principal name, to write comments on their behalf. */
async function stakeholderIds(ticketId: number): Promise<Record<string, number>> {
  const detail = await t.caller('sam').tickets.get({ ticketId });
  return Object.fromEntries(detail.stakeholders.map((s) => [s.principal.name, s.id]));
}

/** Comments through the API, on behalf of the one stakeholder the author may act as. */
async function comment(ticketId: number, login: DemoLogin, body: string): Promise<void> {
  const { ticket } = await t.caller(login).tickets.get({ ticketId });
  await t.client(login).comments.add.mutate({ ticketId, expectedVersion: ticket.version, body });
}

async function timeline(login: DemoLogin, ticketId: number, extra: { cursor?: string; limit?: number } = {}) {
  return t.client(login).tickets.timeline.query({ ticketId, ...extra });
}

describe('tickets.timeline', () => {
  it('merges comments and log entries in time order, with sentences and who acted for whom', async () => {
    const ticketId = await fileAs('rita', 'Misspelled name');
    await comment(ticketId, 'rita', 'My surname is Lopes, not Lopez.');
    await t.client('ana').tickets.setStatus.mutate({ ticketId, expectedVersion: 2, statusId: 3 });
    await comment(ticketId, 'ana', 'Fixed, thank you!');
    await em().transactional((tx) =>
      appendLogs(tx, {
        namespaceId,
        ticketId,
        actor: systemActor('statuses were reorganised'),
        actingStakeholderId: null,
        events: [{ type: 'ticket.status_changed', from: { id: 3, name: 'Done', category: 'done' }, to: { id: 4, name: "Won't do", category: 'canceled' } }],
      }),
    );

    const { entries, nextCursor } = await timeline('rita', ticketId);
    expect(nextCursor).toBeNull();
    expect(entries.map((e) => (e.kind === 'log' ? e.sentence : `${e.author.name} on behalf of ${e.actingAs.name}: ${e.body}`))).toEqual([
      "Rita Lopes created this plain-request ticket 'Misspelled name' with status To do.",
      'Rita Lopes on behalf of Rita Lopes: My surname is Lopes, not Lopez.',
      'Ana Kowalska changed the status from To do to Done on behalf of WRT.',
      'Ana Kowalska closed the ticket on behalf of WRT.',
      'Ana Kowalska on behalf of WRT: Fixed, thank you!',
      "The system changed the status from Done to Won't do (statuses were reorganised).",
    ]);
    const [created, ritasComment, statusChange] = entries;
    expect(created).toMatchObject({ kind: 'log', actor: { kind: 'user', userId: userId('rita'), name: 'Rita Lopes' }, actingAs: { kind: 'user', name: 'Rita Lopes' }, event: { type: 'ticket.created' } });
    expect(ritasComment).toMatchObject({ kind: 'comment', author: { userId: userId('rita'), name: 'Rita Lopes' }, actingAs: { kind: 'user', id: userId('rita') } });
    expect(statusChange).toMatchObject({ kind: 'log', actingAs: { kind: 'group', name: 'WRT' }, event: { type: 'ticket.status_changed', to: { name: 'Done' } } });
    expect(entries.at(-1)).toMatchObject({ kind: 'log', actor: { kind: 'system', reason: 'statuses were reorganised' }, actingAs: null });
    // Each entry carries its time; the times never go backwards.
    const times = entries.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // The comment itself is in the timeline, so its "commented" log entry is not shown twice.
    expect(entries.some((e) => e.kind === 'log' && e.event.type === 'comment.added')).toBe(false);
  });

  it('a comment.added entry whose comment is gone still tells that someone commented', async () => {
    const ticketId = await fileAs('rita');
    await em().transactional((tx) =>
      appendLogs(tx, { namespaceId, ticketId, actor: { kind: 'user', userId: userId('rita'), name: 'Rita' }, actingStakeholderId: null, events: [{ type: 'comment.added', commentId: 2_000_000 }] }),
    );
    const { entries } = await timeline('rita', ticketId);
    expect(entries.map((e) => e.kind === 'log' && e.sentence)).toEqual([expect.stringMatching(/created/), 'Rita Lopes commented.']);
  });

  it('names people as they are now: a renamed person is shown by their new name everywhere', async () => {
    const ticketId = await fileAs('john', 'Link my profile');
    const stakeholders = await stakeholderIds(ticketId);
    await comment(ticketId, 'john', 'Any news?');
    await em().transactional((tx) =>
      appendLogs(tx, {
        namespaceId,
        ticketId,
        actor: { kind: 'user', userId: userId('ben'), name: 'Ben Okafor' },
        actingStakeholderId: stakeholders['WRT']!,
        events: [{ type: 'stakeholder.added', stakeholder: { principal: { kind: 'user', id: userId('john'), name: 'John Smith' }, connection: 'cc', role: 'actioner' } }],
      }),
    );
    await em().execute(`update users set name = 'Johnny Smith' where id = ?`, [userId('john')]);
    try {
      const { entries } = await timeline('sam', ticketId);
      expect(entries[0]).toMatchObject({ kind: 'log', actor: { name: 'Johnny Smith' }, sentence: expect.stringMatching(/^Johnny Smith created/) });
      expect(entries[1]).toMatchObject({ kind: 'comment', author: { name: 'Johnny Smith' }, actingAs: { name: 'Johnny Smith' } });
      expect(entries[2]).toMatchObject({ kind: 'log', sentence: 'Ben Okafor added Johnny Smith (cc, actioner) on behalf of WRT.' });
    } finally {
      await em().execute(`update users set name = 'John Smith' where id = ?`, [userId('john')]);
    }
  });

  it('answers NOT_FOUND for a ticket the viewer may not see, exactly as for one that does not exist', async () => {
    const johns = await fileAs('john');
    const hidden = await failureOf(timeline('rita', johns));
    expect(hidden.code).toBe('NOT_FOUND');
    const missing = await failureOf(timeline('rita', 999_999));
    expect(missing.message).toBe(hidden.message.replace(String(johns), '999999'));
    // A results team member sees it (WRT is assigned), and so does the site admin.
    expect((await timeline('ben', johns)).entries).toHaveLength(1);
    expect((await timeline('sam', johns)).entries).toHaveLength(1);
  });

  describe('a long timeline', () => {
    let ticketId = 0;
    let everything: Awaited<ReturnType<typeof timeline>>['entries'] = [];

    it('pages through every entry exactly once, in order, and refuses a bad cursor or page size', async () => {
      ticketId = await fileAs('rita', 'A long story');
      const stakeholders = await stakeholderIds(ticketId);
      // Thirty comments written at one instant (ties broken by id), between changes of status.
      await em().execute(
        `insert into ticket_comments (namespace_id, ticket_id, body, author_user_id, acting_stakeholder_id)
         select ?, ?, 'Comment ' || g, case when g % 2 = 0 then ? else ? end, case when g % 2 = 0 then ? else ? end from generate_series(1, 30) g`,
        [namespaceId, ticketId, userId('rita'), userId('ben'), stakeholders['Rita Lopes'], stakeholders['WRT']],
      );
      let version = 1;
      for (const statusId of [2, 1, 2, 3]) {
        version = (await t.client('ana').tickets.setStatus.mutate({ ticketId, expectedVersion: version, statusId })).version;
      }
      everything = (await timeline('rita', ticketId, { limit: 200 })).entries;
      expect(everything.filter((e) => e.kind === 'comment')).toHaveLength(30);
      // Created, four moves of status, and the last one closed the ticket.
      expect(everything.filter((e) => e.kind === 'log')).toHaveLength(1 + 4 + 1);
      const seen: typeof everything = [];
      let cursor: string | undefined;
      // A bounded loop, so a cursor that never advances fails the test instead of hanging it.
      for (let pages = 0; pages < 100; pages++) {
        const page = await timeline('rita', ticketId, { limit: 4, ...(cursor ? { cursor } : {}) });
        expect(page.entries.length).toBeLessThanOrEqual(4);
        seen.push(...page.entries);
        cursor = page.nextCursor ?? undefined;
        if (!cursor) break;
      }
      expect(seen.map((e) => `${e.kind}:${e.id}`)).toEqual(everything.map((e) => `${e.kind}:${e.id}`));
      expect(seen.filter((e) => e.kind === 'comment').map((e) => e.body)).toEqual(Array.from({ length: 30 }, (_, i) => `Comment ${i + 1}`));

      const defaultPage = await timeline('rita', ticketId);
      expect(defaultPage.entries).toHaveLength(everything.length > 50 ? 50 : everything.length);
      const tooMany = await failureOf(timeline('rita', ticketId, { limit: 201 }));
      expect(tooMany.code).toBe('BAD_REQUEST');
      expect(tooMany.data.fieldErrors).toEqual([{ path: 'limit', message: expect.stringMatching(/at most 200 entries/) }]);
      for (const bad of ['garbage', encodeCursor({ at: '2026-13-01T00:00:00.000000Z', id: 1, kind: 'log' }), encodeCursor({ at: '2026-01-01T00:00:00.000000Z', id: 1, kind: 'note' })]) {
        const refused = await failureOf(timeline('rita', ticketId, { cursor: bad }));
        expect(refused.code).toBe('BAD_REQUEST');
        expect(refused.data.fieldErrors).toEqual([{ path: 'cursor', message: expect.stringMatching(/not one this API handed out/) }]);
      }
    });

    it('sends the same number of SQL queries for 1 entry and for every entry', async () => {
      const rita = t.caller('rita');
      t.queries.length = 0;
      const one = await rita.tickets.timeline({ ticketId, limit: 1 });
      const forOne = t.queries.length;
      t.queries.length = 0;
      const all = await rita.tickets.timeline({ ticketId, limit: 200 });
      const forAll = t.queries.length;
      expect(one.entries).toHaveLength(1);
      expect(all.entries.length).toBeGreaterThan(30);
      expect(new Set(all.entries.flatMap((e) => (e.kind === 'comment' ? [e.author.name] : [])))).toEqual(new Set(['Rita Lopes', 'Ben Okafor']));
      expect(forAll).toBe(forOne);
    });
  });
});

describe('tickets.get', () => {
  it('carries the timeline’s first page as tickets.timeline gives it, and who is looking: a ticket page paints from one answer', async () => {
    const ticketId = await fileAs('rita', 'A long story');
    for (let n = 1; n <= 52; n++) await comment(ticketId, 'rita', `Note ${n}`);
    const detail = await t.client('rita').tickets.get.query({ ticketId });
    const first = await timeline('rita', ticketId);
    expect(detail.timeline).toEqual(first);
    expect(detail.timeline.entries).toHaveLength(50);
    expect(detail.timeline.nextCursor).not.toBeNull();
    expect(detail.viewer).toMatchObject({ userId: userId('rita'), name: 'Rita Lopes' });
  });
});
