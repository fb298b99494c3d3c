import { describe, expect, it } from 'vitest';
import { failureOf, startTestApi } from './support/test-api.js';

const t = await startTestApi();
const db = () => t.api.services.orm.em.fork();

async function countedTicket(start = 0) {
  return t.client('rita').tickets.create.mutate({ type: 'counted-request', title: 'Count for me', metadata: { start } });
}

async function storedCount(ticketId: number): Promise<number> {
  const [row] = await db().execute<{ count: number }[]>(
    'select c.count from tickets t join test_counted_requests c on c.id = t.metadata_id where t.id = ?',
    [ticketId],
  );
  return row!.count;
}

async function logTypes(ticketId: number): Promise<string[]> {
  const rows = await db().execute<{ event_type: string }[]>('select event_type from ticket_logs where ticket_id = ? order by id', [ticketId]);
  return rows.map((row) => row.event_type);
}

describe('plugin actions', () => {
  it('stores the metadata the type keeps, in its own table, pointed to by the ticket', async () => {
    const { id } = await countedTicket(3);
    expect(await storedCount(id)).toBe(3);
  });

  it('runs an action for a permitted member: effect, metadata, status and logs in one change', async () => {
    const { id } = await countedTicket(2);
    const result = await t.client('ana').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'increment', input: { by: 5 } });
    expect(result).toMatchObject({ version: 2, changed: true });
    expect(await storedCount(id)).toBe(7);
    const detail = await t.client('ana').tickets.get.query({ ticketId: id });
    expect(detail.ticket).toMatchObject({ status: { name: 'In progress' }, state: 'open' });
    expect(await logTypes(id)).toEqual(['ticket.created', 'action.run', 'metadata.changed', 'ticket.status_changed']);
    const [log] = await db().execute<{ actor_user_id: number; acting_stakeholder_id: number; event: { summary: string } }[]>(
      "select actor_user_id, acting_stakeholder_id, event from ticket_logs where ticket_id = ? and event_type = 'action.run'",
      [id],
    );
    expect(log).toMatchObject({ actor_user_id: 3, event: { summary: 'Counted up to 7.' } });
    expect(detail.stakeholders.find((s) => s.id === log!.acting_stakeholder_id)?.principal.name).toBe('WRT');
  });

  it('closes the ticket when the action moves it to a closed status', async () => {
    const { id } = await countedTicket(9);
    await t.client('ben').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'increment', input: { by: 1 } });
    expect((await t.client('ben').tickets.get.query({ ticketId: id })).ticket).toMatchObject({ state: 'closed', status: { name: 'Done' } });
    const refused = await failureOf(t.client('ben').actions.run.mutate({ ticketId: id, expectedVersion: 2, action: 'increment', input: { by: 1 } }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe(`Ticket #${id} is closed; reopen it first.`);
  });

  it('refuses someone the action’s rule excludes, with its message, changing nothing', async () => {
    const { id } = await countedTicket(1);
    const refused = await failureOf(t.client('rita').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'increment', input: { by: 1 } }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe('Only members of WRT can increment the counter.');
    expect(await storedCount(id)).toBe(1);
    expect(await logTypes(id)).toEqual(['ticket.created']);
  });

  it('refuses bad input with field paths under input, and an unknown action by name', async () => {
    const { id } = await countedTicket();
    const bad = await failureOf(t.client('ana').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'increment', input: { by: 50 } }));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(bad.data.fieldErrors).toEqual([{ path: 'input.by', message: 'Increment by at most 10.' }]);
    const unknown = await failureOf(t.client('ana').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'fly' }));
    expect(unknown.code).toBe('BAD_REQUEST');
    expect(unknown.message).toBe("Tickets of type 'counted-request' have no action 'fly'. Their actions: increment, explode.");
    expect(unknown.data.fieldErrors).toEqual([{ path: 'action', message: unknown.message }]);
  });

  it('loses nothing and keeps nothing half-done when an effect fails', async () => {
    const { id } = await countedTicket(4);
    const failed = await failureOf(t.client('ana').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'explode' }));
    expect(failed.code).toBe('INTERNAL_SERVER_ERROR');
    expect(failed.message).toMatch(/nothing was changed/);
    expect(await storedCount(id)).toBe(4);
    expect(await logTypes(id)).toEqual(['ticket.created']);
    expect((await t.client('ana').tickets.get.query({ ticketId: id })).ticket.version).toBe(1);
  });

  it('refuses a stale version with CONFLICT', async () => {
    const { id } = await countedTicket();
    await t.client('ana').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'increment', input: { by: 1 } });
    const stale = await failureOf(t.client('ben').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'increment', input: { by: 1 } }));
    expect(stale.code).toBe('CONFLICT');
    expect(await storedCount(id)).toBe(1);
  });
});

describe('what tickets.get offers the viewer', () => {
  it('returns the stored metadata and, per stakeholder the viewer acts as, each action allowed or not with the reason', async () => {
    const { id } = await countedTicket(5);
    const ana = await t.client('ana').tickets.get.query({ ticketId: id });
    expect(ana.metadata).toEqual({ count: 5 });
    expect(ana.viewer.actingAs.map((choice) => [choice.name, choice.actions.map((a) => [a.key, a.allowed])])).toEqual([
      ['WRT', [['increment', true], ['explode', true]]],
    ]);
    const rita = await t.client('rita').tickets.get.query({ ticketId: id });
    expect(rita.viewer.actingAs[0]?.actions[0]).toEqual({
      key: 'increment',
      title: 'Increment',
      description: null,
      allowed: false,
      reason: 'Only members of WRT can increment the counter.',
    });
  });
});
