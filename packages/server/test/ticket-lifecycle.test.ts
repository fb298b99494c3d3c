import { describe, expect, it } from 'vitest';
import { failureOf, startTestApi } from './support/test-api.js';

const t = await startTestApi();

async function fileAs(login: 'rita' | 'john', type = 'plain-request', metadata: unknown = {}) {
  return t.client(login).tickets.create.mutate({ type, title: `${login}'s request`, metadata });
}

describe('state and status stay in sync, end to end', () => {
  it('a new ticket starts open in the default open status, with its requester and starting stakeholders', async () => {
    const { id } = await fileAs('rita');
    const detail = await t.client('rita').tickets.get.query({ ticketId: id });
    expect(detail.ticket).toMatchObject({ state: 'open', version: 1, status: { name: 'To do', category: 'to_do', icon: 'status-waiting' } });
    expect(detail.stakeholders.map((s) => [s.principal.name, s.connection, s.role, s.isActive])).toEqual([
      ['Rita Lopes', 'cc', 'requester', true],
      ['WRT', 'assigned', 'actioner', true],
    ]);
  });

  it('close → default closed; reopen → default open; setting a closed status closes', async () => {
    const { id } = await fileAs('rita');
    const ana = t.client('ana');
    const closed = await ana.tickets.close.mutate({ ticketId: id, expectedVersion: 1 });
    let detail = await ana.tickets.get.query({ ticketId: id });
    expect(detail.ticket).toMatchObject({ state: 'closed', status: { name: 'Done' }, version: closed.version });
    expect(detail.ticket.closedAt).not.toBeNull();

    await ana.tickets.reopen.mutate({ ticketId: id, expectedVersion: closed.version });
    detail = await ana.tickets.get.query({ ticketId: id });
    expect(detail.ticket).toMatchObject({ state: 'open', status: { name: 'To do' }, closedAt: null });

    const wontDo = detail.lifecycle.statuses.find((s) => s.name === "Won't do")!;
    await ana.tickets.setStatus.mutate({ ticketId: id, expectedVersion: detail.ticket.version, statusId: wontDo.id });
    detail = await ana.tickets.get.query({ ticketId: id });
    expect(detail.ticket).toMatchObject({ state: 'closed', status: { name: "Won't do" } });
  });

  it('marking a duplicate closes the ticket in the duplicate status and keeps the link', async () => {
    const original = await fileAs('rita');
    const copy = await fileAs('rita');
    await t.client('ana').tickets.markDuplicate.mutate({ ticketId: copy.id, expectedVersion: 1, duplicateOfId: original.id });
    const detail = await t.client('rita').tickets.get.query({ ticketId: copy.id });
    expect(detail.ticket).toMatchObject({ state: 'closed', status: { name: 'Duplicate' }, duplicateOfId: original.id });
  });

  it('refuses a stale version with CONFLICT and the current version, changing nothing', async () => {
    const { id } = await fileAs('rita');
    const ana = t.client('ana');
    await ana.tickets.close.mutate({ ticketId: id, expectedVersion: 1 });
    const failure = await failureOf(ana.tickets.reopen.mutate({ ticketId: id, expectedVersion: 1 }));
    expect(failure.code).toBe('CONFLICT');
    expect(failure.message).toMatch(/you had version 1, it is now at version 2/);
    expect(failure.data.domain).toMatchObject({ code: 'ticket.stale_version', details: { currentVersion: 2 } });
    expect((await ana.tickets.get.query({ ticketId: id })).ticket.state).toBe('closed');
  });

  it('a requester sees their own ticket but not somebody else’s', async () => {
    const ritas = await fileAs('rita');
    const johns = await fileAs('john');
    expect((await t.client('rita').tickets.get.query({ ticketId: ritas.id })).ticket.id).toBe(ritas.id);
    const hidden = await failureOf(t.client('rita').tickets.get.query({ ticketId: johns.id }));
    expect(hidden.code).toBe('NOT_FOUND');
    const missing = await failureOf(t.client('rita').tickets.get.query({ ticketId: 999_999 }));
    expect(missing.message).toBe(hidden.message.replace(String(johns.id), '999999'));
  });

  it('a type with its own lifecycle installs it on first use and enforces its transitions', async () => {
    const { id } = await fileAs('rita', 'reviewed-request', { reason: 'My name is misspelled' });
    const rita = t.client('rita');
    let detail = await rita.tickets.get.query({ ticketId: id });
    expect(detail.ticket.status.name).toBe('Requested');
    // Its 'Duplicate' is the namespace's own (same name and category): shared, not copied.
    expect(detail.lifecycle.statuses.map((s) => s.name)).toEqual(['Requested', 'Under review', 'Applied', 'Duplicate', 'Rejected']);
    expect(detail.lifecycle.statuses.find((s) => s.name === 'Duplicate')?.id).toBe(5);
    const status = (name: string) => detail.lifecycle.statuses.find((s) => s.name === name)!.id;

    await rita.tickets.setStatus.mutate({ ticketId: id, expectedVersion: 1, statusId: status('Under review') });
    detail = await rita.tickets.get.query({ ticketId: id });
    expect(detail.viewer.actingAs[0]?.allowedStatusIds).toEqual([]);
    const refused = await failureOf(rita.tickets.setStatus.mutate({ ticketId: id, expectedVersion: 2, statusId: status('Applied') }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/WRT/);

    const ana = t.client('ana');
    expect((await ana.tickets.get.query({ ticketId: id })).viewer.actingAs[0]?.allowedStatusIds).toContain(status('Applied'));
    await ana.tickets.setStatus.mutate({ ticketId: id, expectedVersion: 2, statusId: status('Applied') });
    expect((await ana.tickets.get.query({ ticketId: id })).ticket).toMatchObject({ state: 'closed', status: { name: 'Applied' } });
  });

  it('refuses bad metadata with the type’s own field errors', async () => {
    const failure = await failureOf(fileAs('rita', 'reviewed-request', { reason: 'x' }));
    expect(failure.code).toBe('BAD_REQUEST');
    expect(failure.data.fieldErrors).toEqual([{ path: 'metadata.reason', message: 'Say in a few words why.' }]);
  });

  it('refuses an unknown type and bad input with field paths', async () => {
    const unknown = await failureOf(fileAs('rita', 'no-such-type'));
    expect(unknown.code).toBe('BAD_REQUEST');
    expect(unknown.message).toMatch(/no ticket type 'no-such-type'/);
    const bad = await failureOf(t.client('rita').tickets.create.mutate({ type: 'plain-request', title: '   ' }));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.data.fieldErrors).toEqual([{ path: 'title', message: 'A ticket needs a title.' }]);
  });
});
