import { defineTicketType } from '@tickets/plugin-kit';
import { defineTicketTypeServer } from '@tickets/plugin-kit/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonTestStore } from './support/json-test-store.js';
import { ritasTicket as filed, user } from './support/ritas-ticket.js';
import { failureOf, startTestApi, userId } from './support/test-api.js';
import { TEST_TICKET_TYPES } from './support/test-ticket-types.js';
import { logsOf, stakeholdersOf } from './support/ticket-records.js';

/*
 * Who may change a ticket's stakeholders (DOMAIN.md, Stakeholders): the people working on it (its
 * active assignees) and site admins add, hand over and deactivate; a requester only adds people in
 * cc; a ticket type may narrow this. Reported: Rita handed WRT's assignment to John, after which the
 * results team could no longer act on her request.
 */

/** A type narrowed like the claim-wca-id plugin: only Delegates change who is assigned. */
const delegatedRequest = defineTicketType({
  type: 'delegated-request',
  title: 'Delegated request',
  metadata: z.object({}),
  stakeholderChanges: { assignees: [{ group: 'Delegates' }] },
  startingStakeholders: () => [{ principal: { user: userId('dora') }, connection: 'assigned', role: 'actioner' }],
});

const delegatedRequestServer = defineTicketTypeServer(delegatedRequest, { store: jsonTestStore('test_delegated_requests'), effects: {} });

const t = await startTestApi({}, [...TEST_TICKET_TYPES, delegatedRequestServer]);

/** Rita's ticket: a plain request (Rita in cc, WRT assigned) unless told, at version 1. */
const ritasTicket = (type?: string) => filed(t, { type });

/** What the ticket's stakeholders are and its version: a refused change must leave both as they were. */
async function snapshot(ticketId: number) {
  const rows = await stakeholdersOf(t, ticketId);
  const version = (await t.client('sam').tickets.get.query({ ticketId })).ticket.version;
  return { version, rows: rows.map((row) => [row.principal_kind, row.principal_id, row.connection, row.is_active]), logs: (await logsOf(t, ticketId)).length };
}

describe('a requester', () => {
  it('cannot hand the team’s assignment to someone else, nor remove the team, nor assign someone; nothing changes', async () => {
    const ticket = await ritasTicket();
    const wrt = ticket.stakeholderId('WRT');
    const before = await snapshot(ticket.id);
    const rita = t.client('rita');

    const handOver = await failureOf(rita.stakeholders.transfer.mutate({ ticketId: ticket.id, expectedVersion: 1, fromStakeholderId: wrt, to: user('john') }));
    expect(handOver).toMatchObject({
      code: 'FORBIDDEN',
      message: `Only the people working on ticket #${ticket.id} or a site admin can hand over WRT's assignment; you can add people in cc.`,
    });
    expect(handOver.data.domain).toMatchObject({ code: 'stakeholder.change_forbidden', details: { change: 'handOver', stakeholderId: wrt } });

    const remove = await failureOf(rita.stakeholders.deactivate.mutate({ ticketId: ticket.id, expectedVersion: 1, stakeholderId: wrt }));
    expect(remove).toMatchObject({ code: 'FORBIDDEN', message: `Only the people working on ticket #${ticket.id} or a site admin can remove WRT; you can add people in cc.` });

    const assign = await failureOf(rita.stakeholders.add.mutate({ ticketId: ticket.id, expectedVersion: 1, principal: user('john'), connection: 'assigned', role: 'actioner' }));
    expect(assign).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/can assign someone; you can add people in cc\.$/) });

    expect(await snapshot(ticket.id)).toEqual(before);
    // The results team still acts on her request.
    await t.client('ana').comments.add.mutate({ ticketId: ticket.id, expectedVersion: 1, body: 'On it.' });
  });

  it('can add someone in cc', async () => {
    const ticket = await ritasTicket();
    const added = await t.client('rita').stakeholders.add.mutate({ ticketId: ticket.id, expectedVersion: 1, principal: user('john'), connection: 'cc', role: 'requester' });
    expect((await t.client('john').tickets.get.query({ ticketId: ticket.id })).stakeholders.find((s) => s.id === added.stakeholderId)).toMatchObject({
      connection: 'cc',
      isActive: true,
    });
  });

  it('is offered only adding in cc by tickets.get, while an assigned team member is offered every change', async () => {
    const ticket = await ritasTicket();
    const [asRita] = (await t.client('rita').tickets.get.query({ ticketId: ticket.id })).viewer.actingAs;
    expect(asRita!.stakeholderChanges).toEqual({ add: ['cc'], handOver: [], deactivate: [] });
    const [asAna] = (await t.client('ana').tickets.get.query({ ticketId: ticket.id })).viewer.actingAs;
    const everyone = [ticket.stakeholderId('Rita Lopes'), ticket.stakeholderId('WRT')];
    expect(asAna!.stakeholderChanges).toEqual({ add: ['assigned', 'cc', 'bcc'], handOver: everyone, deactivate: everyone });
  });
});

describe('the people working on it and site admins', () => {
  it('let an assigned WRT member hand the ticket over', async () => {
    const ticket = await ritasTicket();
    const handedOn = await t.client('ana').stakeholders.transfer.mutate({ ticketId: ticket.id, expectedVersion: 1, fromStakeholderId: ticket.stakeholderId('WRT'), to: user('john') });
    expect(handedOn).toMatchObject({ version: 2, deactivatedStakeholderId: ticket.stakeholderId('WRT') });
    expect((await t.client('john').tickets.get.query({ ticketId: ticket.id })).viewer.actingAs.map((choice) => choice.stakeholderId)).toEqual([handedOn.stakeholderId]);
  });

  it('let a site admin, once joined, hand over and remove; joining stays for site admins only', async () => {
    const ticket = await ritasTicket();
    const refused = await failureOf(t.client('rita').stakeholders.join.mutate({ ticketId: ticket.id, expectedVersion: 1, role: 'actioner' }));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: 'Only site admins can join a ticket on their own; ask one of its stakeholders to add you.' });

    const sam = t.client('sam');
    const joined = await sam.stakeholders.join.mutate({ ticketId: ticket.id, expectedVersion: 1, role: 'actioner' });
    const handedOn = await sam.stakeholders.transfer.mutate({ ticketId: ticket.id, expectedVersion: joined.version, fromStakeholderId: ticket.stakeholderId('WRT'), to: { kind: 'group', id: 2 } });
    await sam.stakeholders.deactivate.mutate({ ticketId: ticket.id, expectedVersion: handedOn.version, stakeholderId: ticket.stakeholderId('Rita Lopes') });
    const rows = await stakeholdersOf(t, ticket.id);
    expect(rows.filter((row) => row.is_active).map((row) => [row.principal_kind, row.principal_id, row.connection])).toEqual([
      ['user', userId('sam'), 'bcc'],
      ['group', 2, 'assigned'],
    ]);
  });
});

describe('a ticket type narrowing who changes the assignees', () => {
  it('keeps the requester, an assignee who is not a Delegate and a site admin from handing the Delegate on; a Delegate may', async () => {
    const ticket = await ritasTicket('delegated-request');
    const dora = ticket.stakeholderId('Dora Delegate');
    const toBen = { ticketId: ticket.id, fromStakeholderId: dora, to: user('ben') };

    const byRequester = await failureOf(t.client('rita').stakeholders.transfer.mutate({ ...toBen, expectedVersion: 1 }));
    expect(byRequester).toMatchObject({ code: 'FORBIDDEN', message: expect.stringMatching(/^Only the people working on ticket/) });

    // Dora (a Delegate) brings in Wes as a second assignee; he works on it but is no Delegate.
    const wes = await t.client('dora').stakeholders.add.mutate({ ticketId: ticket.id, expectedVersion: 1, principal: user('wes'), connection: 'assigned', role: 'actioner' });
    const byWes = await failureOf(t.client('wes').stakeholders.transfer.mutate({ ...toBen, expectedVersion: wes.version }));
    expect(byWes).toMatchObject({ code: 'FORBIDDEN', message: `Only Delegates can hand over Dora Delegate's assignment on ticket #${ticket.id}.` });
    expect(byWes.data.domain).toMatchObject({ code: 'stakeholder.change_narrowed' });

    const joined = await t.client('sam').stakeholders.join.mutate({ ticketId: ticket.id, expectedVersion: wes.version, role: 'actioner' });
    const byAdmin = await failureOf(t.client('sam').stakeholders.transfer.mutate({ ...toBen, expectedVersion: joined.version }));
    expect(byAdmin.code).toBe('FORBIDDEN');

    await t.client('dora').stakeholders.transfer.mutate({ ...toBen, to: user('dan'), expectedVersion: joined.version });
    const active = (await stakeholdersOf(t, ticket.id)).filter((row) => row.is_active && row.connection === 'assigned');
    expect(active.map((row) => row.principal_id).sort()).toEqual([userId('dan'), userId('wes')].sort());
  });
});
