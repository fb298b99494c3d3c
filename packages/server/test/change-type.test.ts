// tickets.changeType: a plain request that is really a correction becomes a correction request.
// Plain requests use the system lifecycle (To do, In progress, Done, …) and assign WRT; correction
// requests ship Requested, In progress, Applied, Rejected, Duplicate and assign WST.
import { describe, expect, it } from 'vitest';
import { ritasTicket } from './support/ritas-ticket.js';
import { failureOf, startTestApi, userId } from './support/test-api.js';
import { logsOf } from './support/ticket-records.js';
import { correctionRequestServer, TEST_TICKET_TYPES } from './support/test-ticket-types.js';

const t = await startTestApi({}, [...TEST_TICKET_TYPES, correctionRequestServer]);

async function ritasRequest(status?: string) {
  const ticket = await ritasTicket(t, { title: 'My name is misspelt', metadata: { note: 'It says Ritta.' } });
  const wrt = ticket.stakeholderId('WRT');
  let version = 1;
  if (status) version = (await t.client('ana').tickets.setStatus.mutate({ ticketId: ticket.id, expectedVersion: 1, actingAs: wrt, statusId: ticket.status(status) })).version;
  return { ...ticket, wrt, version };
}

const move = (login: 'ana' | 'rita' | 'sam', ticketId: number, expectedVersion: number, extra: { actingAs?: number; type?: string; given?: Record<string, string> } = {}) =>
  t.client(login).tickets.changeType.mutate({ ticketId, expectedVersion, type: 'correction-request', given: { reason: 'The name is wrong in the profile.' }, ...extra });

describe('tickets.changeType', () => {
  it('moves the ticket: metadata built by the new type, state kept, status matched by name, new starting stakeholders added, one log entry', async () => {
    const ticket = await ritasRequest('In progress');
    const before = (await logsOf(t, ticket.id)).length;
    await move('ana', ticket.id, ticket.version, { actingAs: ticket.wrt });

    const detail = await t.client('rita').tickets.get.query({ ticketId: ticket.id });
    expect(detail.ticket).toMatchObject({ type: 'correction-request', typeTitle: 'Correction request', state: 'open', status: { name: 'In progress' } });
    expect(detail.lifecycle.statuses.map((s) => s.name).sort()).toEqual(['Applied', 'Duplicate', 'In progress', 'Rejected', 'Requested']);
    expect(detail.metadata).toEqual({ reason: 'The name is wrong in the profile.', movedFrom: 'My name is misspelt' });
    expect(detail.stakeholders.map((s) => [s.principal.name, s.connection, s.role, s.isActive])).toEqual([
      ['Rita Lopes', 'cc', 'requester', true],
      ['WRT', 'assigned', 'actioner', true],
      ['WST', 'assigned', 'actioner', true],
    ]);
    const logs = (await logsOf(t, ticket.id)).slice(before);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({
      event_type: 'ticket.type_changed',
      actor_user_id: userId('ana'),
      acting_stakeholder_id: ticket.wrt,
      event: {
        from: { type: 'plain-request', title: 'Plain request' },
        to: { type: 'correction-request', title: 'Correction request' },
        previousMetadata: { note: 'It says Ritta.' },
        status: null,
        added: [{ principal: { kind: 'group', name: 'WST' }, connection: 'assigned', role: 'actioner' }],
      },
    });
    // The old metadata stays readable in the timeline, with the move in one sentence.
    const { entries } = await t.client('rita').tickets.timeline.query({ ticketId: ticket.id });
    const moved = entries.find((entry) => entry.kind === 'log' && entry.event.type === 'ticket.type_changed');
    expect(moved).toMatchObject({ sentence: 'Ana Kowalska moved this ticket from Plain request to Correction request; added WST (assigned, actioner) on behalf of WRT.' });
    // WST now sees it.
    await expect(t.client('wes').tickets.get.query({ ticketId: ticket.id })).resolves.toBeTruthy();
  });

  it('keeps a closed ticket closed, on a status of the same category', async () => {
    const ticket = await ritasRequest('Done');
    await move('ana', ticket.id, ticket.version, { actingAs: ticket.wrt });
    const detail = await t.client('rita').tickets.get.query({ ticketId: ticket.id });
    expect(detail.ticket).toMatchObject({ state: 'closed', status: { name: 'Applied' } });
    const [log] = (await logsOf(t, ticket.id)).slice(-1);
    expect(log).toMatchObject({ event: { status: { from: { name: 'Done' }, to: { name: 'Applied' } } } });
  });

  it('lands an open ticket with no namesake or same category on the default open status', async () => {
    const ticket = await ritasRequest();
    await move('ana', ticket.id, ticket.version, { actingAs: ticket.wrt });
    expect((await t.client('rita').tickets.get.query({ ticketId: ticket.id })).ticket).toMatchObject({ state: 'open', status: { name: 'Requested' } });
  });

  it("asks for what the new type needs, on the field, and changes nothing", async () => {
    const ticket = await ritasRequest();
    const failure = await failureOf(move('ana', ticket.id, ticket.version, { actingAs: ticket.wrt, given: {} }));
    expect(failure.code).toBe('BAD_REQUEST');
    expect(failure.data.fieldErrors).toEqual([{ path: 'metadata.reason', message: 'Say in a few words why.' }]);
    expect((await t.client('rita').tickets.get.query({ ticketId: ticket.id })).ticket).toMatchObject({ type: 'plain-request', version: 1 });
  });

  it('is for the people working on the ticket and site admins', async () => {
    const ticket = await ritasRequest();
    const refused = await failureOf(move('rita', ticket.id, ticket.version));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe('Only the people working on this ticket (its assigned stakeholders) and site admins can move it to another type.');
    // Sam, a site admin who is no stakeholder, may.
    await move('sam', ticket.id, ticket.version);
    expect((await t.client('rita').tickets.get.query({ ticketId: ticket.id })).ticket.type).toBe('correction-request');
  });

  it('refuses a type that does not take tickets of this type, naming what it takes', async () => {
    const ticket = await ritasRequest();
    const failure = await failureOf(move('ana', ticket.id, ticket.version, { actingAs: ticket.wrt, type: 'reviewed-request' }));
    expect(failure.code).toBe('BAD_REQUEST');
    expect(failure.message).toBe('A Plain request ticket cannot become a Reviewed request ticket: that type takes no tickets of other types.');
  });

  it('offers the types a ticket may become, with their questions, to those who may move it', async () => {
    const ticket = await ritasRequest();
    const ana = await t.client('ana').tickets.get.query({ ticketId: ticket.id });
    expect(ana.viewer.actingAs.find((choice) => choice.stakeholderId === ticket.wrt)?.moveTargets).toEqual([
      { type: 'correction-request', title: 'Correction request', fields: [{ key: 'reason', label: 'Why is it a correction?' }] },
    ]);
    const rita = await t.client('rita').tickets.get.query({ ticketId: ticket.id });
    expect(rita.viewer.actingAs.flatMap((choice) => choice.moveTargets)).toEqual([]);
  });
});
