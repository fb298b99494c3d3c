// The one move rule (`planTicketMove`, packages/domain/README.md "Moving a ticket"), through the API:
// hand moves are checked against the type's transitions for the stakeholder the viewer acts as,
// named or not; an action's move is the action's own, refused only when the lifecycle lacks its status.
import { allOf, defineTicketType, onlyGroup, saying, whileOpen } from '@tickets/plugin-kit';
import { defineTicketTypeServer } from '@tickets/plugin-kit/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonTestStore } from './support/json-test-store.js';
import { failureOf, startTestApi, userId } from './support/test-api.js';
import { reviewedRequest, TEST_TICKET_TYPES } from './support/test-ticket-types.js';
import { logsOf, stakeholdersOf } from './support/ticket-records.js';

/** The reviewed request's statuses, but only WRT's `apply` action reaches Applied: then Applied means applied. */
const gatedRequest = defineTicketType({
  type: 'gated-request',
  title: 'Gated request',
  metadata: z.object({}),
  lifecycle: reviewedRequest.lifecycle,
  transitions: {
    Requested: { to: ['Under review', 'Rejected', 'Duplicate'], by: [{ group: 'WRT' }] },
    'Under review': { to: ['Requested', 'Rejected', 'Duplicate'], by: [{ group: 'WRT' }] },
    Applied: { to: [] },
  },
  startingStakeholders: () => [{ principal: { group: 'WRT' }, connection: 'assigned', role: 'actioner' }],
  words: { 'summary.applied': 'Applied the request.', 'summary.misfiled': 'Filed it nowhere.' },
  actions: {
    apply: { title: 'Apply', input: z.object({}), can: allOf(whileOpen, onlyGroup('WRT', 'apply a request')) },
    misfile: { title: 'Misfile', input: z.object({}), can: onlyGroup('WRT', 'misfile a request') },
  },
});

const gatedRequestServer = defineTicketTypeServer(gatedRequest, {
  store: jsonTestStore('test_gated_requests'),
  effects: {
    async apply() {
      return { summary: saying('applied'), moveTo: 'applied' };
    },
    async misfile() {
      return { summary: saying('misfiled'), moveTo: 'Archived' };
    },
  },
});

/** A type that also assigns the requester: they work on their own request. */
const selfServe = defineTicketType({
  type: 'self-serve',
  title: 'Self-serve request',
  metadata: z.object({}),
  startingStakeholders: ({ requesterId }) => [{ principal: { user: requesterId }, connection: 'assigned', role: 'actioner' }],
});
const selfServeServer = defineTicketTypeServer(selfServe, { store: jsonTestStore('test_self_serve_requests'), effects: {} });

const t = await startTestApi({}, [...TEST_TICKET_TYPES, gatedRequestServer, selfServeServer]);
const db = () => t.api.services.orm.em.fork();

async function statusOf(ticketId: number): Promise<{ state: string; name: string; version: number }> {
  const { ticket } = await t.client('ana').tickets.get.query({ ticketId });
  return { state: ticket.state, name: ticket.status.name, version: ticket.version };
}

/** Rita's reviewed request, moved to 'Under review', where only WRT may move it on. */
async function ritasRequestUnderReview() {
  const rita = t.client('rita');
  const { id } = await rita.tickets.create.mutate({ type: 'reviewed-request', title: 'Review me', metadata: { reason: 'Spelling' } });
  const detail = await rita.tickets.get.query({ ticketId: id });
  const statusId = (name: string) => detail.lifecycle.statuses.find((s) => s.name === name)!.id;
  await rita.tickets.setStatus.mutate({ ticketId: id, expectedVersion: 1, statusId: statusId('Under review') });
  const ritaRow = detail.stakeholders.find((s) => s.role === 'requester')!;
  return { id, version: 2, statusId, ritaStakeholderId: ritaRow.id };
}

describe('a move by hand', () => {
  it('is checked against the transitions whether or not the request names whom the viewer acts as', async () => {
    const original = await ritasRequestUnderReview();
    const { id, version, statusId, ritaStakeholderId } = await ritasRequestUnderReview();
    const rita = t.client('rita');
    const moves = {
      setStatus: (actingAs?: number) => rita.tickets.setStatus.mutate({ ticketId: id, expectedVersion: version, statusId: statusId('Applied'), actingAs }),
      close: (actingAs?: number) => rita.tickets.close.mutate({ ticketId: id, expectedVersion: version, actingAs }),
      markDuplicate: (actingAs?: number) => rita.tickets.markDuplicate.mutate({ ticketId: id, expectedVersion: version, duplicateOfId: original.id, actingAs }),
    };
    for (const [name, move] of Object.entries(moves)) {
      const unnamed = await failureOf(move());
      const named = await failureOf(move(ritaStakeholderId));
      expect([unnamed.code, unnamed.message], name).toEqual([named.code, named.message]);
      expect(unnamed.code, name).toBe('FORBIDDEN');
      expect(unnamed.data.domain, name).toMatchObject({ code: 'transition.not_allowed' });
    }
    expect(await statusOf(id)).toEqual({ state: 'open', name: 'Under review', version });
  });

  it('is refused, not left unchecked, when the viewer could act as several stakeholders and names none', async () => {
    const ana = t.client('ana');
    const { id } = await ana.tickets.create.mutate({ type: 'reviewed-request', title: 'My own request', metadata: { reason: 'Spelling' } });
    const refused = await failureOf(ana.tickets.close.mutate({ ticketId: id, expectedVersion: 1 }));
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.data.domain).toMatchObject({ code: 'stakeholder.acting_as_required' });
    expect(await statusOf(id)).toMatchObject({ state: 'open', name: 'Requested', version: 1 });
  });

  it('says the ticket is already open before it says who may reopen it', async () => {
    const { id, version } = await ritasRequestUnderReview();
    const refused = await failureOf(t.client('rita').tickets.reopen.mutate({ ticketId: id, expectedVersion: version }));
    expect([refused.code, refused.message]).toEqual(['PRECONDITION_FAILED', `Ticket #${id} is already open. To move it to another step, set its status instead.`]);
  });
});

describe('a move an action makes', () => {
  it('reaches a status no hand move may, because the action’s own check allowed it; by hand the same move is refused', async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'gated-request', title: 'Apply me', metadata: {} });
    const ana = t.client('ana');
    const applied = (await ana.tickets.get.query({ ticketId: id })).lifecycle.statuses.find((s) => s.name === 'Applied')!;
    const byHand = await failureOf(ana.tickets.setStatus.mutate({ ticketId: id, expectedVersion: 1, statusId: applied.id }));
    expect([byHand.code, byHand.message]).toEqual(['FORBIDDEN', "A ticket in 'Requested' cannot move to 'Applied'; it can move to: 'Under review', 'Rejected', 'Duplicate'."]);

    await ana.actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'apply', input: {} });
    expect(await statusOf(id)).toEqual({ state: 'closed', name: 'Applied', version: 2 });
    expect((await logsOf(t, id)).map((log) => log.event_type)).toEqual(['ticket.created', 'action.run', 'ticket.status_changed', 'ticket.state_changed']);
  });

  it('is refused when the ticket’s lifecycle has no status of the name the action gives, changing nothing', async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'gated-request', title: 'Misfile me', metadata: {} });
    const refused = await failureOf(t.client('ana').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'misfile', input: {} }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.message).toBe("Action 'Misfile' moves the ticket to 'Archived', which its lifecycle 'Gated request' does not have.");
    expect(await statusOf(id)).toEqual({ state: 'open', name: 'Requested', version: 1 });
    expect((await logsOf(t, id)).map((log) => log.event_type)).toEqual(['ticket.created']);
  });
});

describe('the stakeholders a new ticket starts with', () => {
  it('keep the requester in cc, and so in the "received" mail, even when the type also assigns them', async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'self-serve', title: 'I will do it myself', metadata: {} });
    const rows = await stakeholdersOf(t, id);
    expect(rows.map((row) => [row.principal_kind, row.principal_id, row.connection, row.role, row.is_active])).toEqual([
      ['user', userId('rita'), 'cc', 'requester', true],
      ['user', userId('rita'), 'assigned', 'actioner', true],
    ]);
    const [created] = await logsOf(t, id);
    expect(created!.acting_stakeholder_id).toBe(rows[0]!.id);
    await t.api.mail.writer.writeDue();
    const mails = await db().execute<{ event_key: string; recipient: string }[]>('select event_key, recipient from mail_outbox where ticket_id = ?', [id]);
    expect(mails).toEqual([{ event_key: `ticket:${id}:received`, recipient: 'rita@example.org' }]);
  });
});
