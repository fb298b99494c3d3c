// tickets.queue: one type's open tickets grouped by status, with who holds each, paged and filtered
// in SQL. Reviewed requests: Requested → Under review (WRT) → Applied, or Rejected / Duplicate.
import { describe, expect, it } from 'vitest';
import { ritasTicket, user } from './support/ritas-ticket.js';
import { failureOf, startTestApi, userId } from './support/test-api.js';

const t = await startTestApi();

/** Rita files a reviewed request; Ana (WRT) may move it under review and take it (an assigned person). */
async function request(title: string, { review = false, take = false } = {}) {
  const ticket = await ritasTicket(t, { type: 'reviewed-request', title, metadata: { reason: 'Please check it.' } });
  const wrt = ticket.stakeholderId('WRT');
  let version = 1;
  if (review) version = (await t.client('ana').tickets.setStatus.mutate({ ticketId: ticket.id, expectedVersion: version, actingAs: wrt, statusId: ticket.status('Under review') })).version;
  if (take) await t.client('ana').stakeholders.add.mutate({ ticketId: ticket.id, expectedVersion: version, actingAs: wrt, principal: user('ana'), connection: 'assigned', role: 'actioner' });
  return ticket.id;
}

const groupsOf = (queue: { groups: { status: { name: string }; items: { title: string; holder: { name: string } | null }[]; total: number }[] }) =>
  queue.groups.map((group) => [group.status.name, group.total, group.items.map((item) => `${item.title}${item.holder ? ` (${item.holder.name})` : ''}`)]);

describe('tickets.queue', () => {
  it("groups a type's open tickets by status in lifecycle order, newest first, with who holds each and since when", async () => {
    await request('Queue A');
    await request('Queue B', { review: true });
    await request('Queue C', { review: true, take: true });
    const queue = await t.client('ana').tickets.queue.query({ type: 'reviewed-request' });
    expect(queue.type).toEqual({ type: 'reviewed-request', title: 'Reviewed request' });
    expect(groupsOf(queue)).toEqual([
      ['Requested', 1, ['Queue A']],
      ['Under review', 2, ['Queue C (Ana Kowalska)', 'Queue B']],
    ]);
    const held = queue.groups[1]!.items[0]!.holder!;
    expect(held.userId).toBe(userId('ana'));
    expect(Date.parse(held.since)).not.toBeNaN();
  });

  it('filters by holder and pages each group with its cursor', async () => {
    const mine = await t.client('ana').tickets.queue.query({ type: 'reviewed-request', holder: 'me' });
    expect(groupsOf(mine)).toEqual([
      ['Requested', 0, []],
      ['Under review', 1, ['Queue C (Ana Kowalska)']],
    ]);
    const nobodys = await t.client('ana').tickets.queue.query({ type: 'reviewed-request', holder: 'nobody' });
    expect(nobodys.groups.map((group) => group.total)).toEqual([1, 1]);

    const first = await t.client('ana').tickets.queue.query({ type: 'reviewed-request', limit: 1 });
    const underReview = first.groups[1]!;
    expect(underReview.items.map((item) => item.title)).toEqual(['Queue C']);
    const next = await t.client('ana').tickets.queue.query({ type: 'reviewed-request', limit: 1, statusId: underReview.status.id, cursor: underReview.nextCursor! });
    expect(groupsOf(next)).toEqual([['Under review', 2, ['Queue B']]]);
    expect(next.groups[0]!.nextCursor).toBeNull();
  });

  it('shows only what the viewer may see, in items and counts', async () => {
    const queue = await t.client('cat').tickets.queue.query({ type: 'reviewed-request' });
    expect(queue.groups.map((group) => [group.status.name, group.total, group.items.length])).toEqual([
      ['Requested', 0, 0],
      ['Under review', 0, 0],
    ]);
  });

  it('refuses an unknown type and a cursor without its status, saying what to do', async () => {
    const unknown = await failureOf(t.client('ana').tickets.queue.query({ type: 'no-such-type' }));
    expect(unknown.code).toBe('BAD_REQUEST');
    expect(unknown.message).toMatch(/^There is no ticket type 'no-such-type'\. Known types: /);
    const first = await t.client('ana').tickets.queue.query({ type: 'reviewed-request', limit: 1 });
    const orphan = await failureOf(t.client('ana').tickets.queue.query({ type: 'reviewed-request', cursor: first.groups[1]!.nextCursor! }));
    expect(orphan.code).toBe('BAD_REQUEST');
    expect(orphan.data.fieldErrors).toEqual([{ path: 'cursor', message: "A cursor continues one status's group: give its statusId too." }]);
  });
});
