import { describe, expect, it } from 'vitest';
import { anaAdds, ritasTicket as filed } from './support/ritas-ticket.js';
import { failureOf, startTestApi } from './support/test-api.js';

const t = await startTestApi();

/** Rita's ticket of a type, with WRT's stakeholder id and its lifecycle's status ids by name. */
async function ritasTicket(type: 'plain-request' | 'reviewed-request') {
  const ticket = await filed(t, { type, metadata: type === 'reviewed-request' ? { reason: 'My name is misspelled' } : {} });
  return { ...ticket, wrt: ticket.stakeholderId('WRT') };
}

async function allowedNames(login: 'rita' | 'ana' | 'ben', ticketId: number, actingAs?: number): Promise<string[]> {
  const statuses = await t.client(login).statuses.allowed.query({ ticketId, ...(actingAs ? { actingAs } : {}) });
  return statuses.map((status) => status.name);
}

describe('statuses.allowed', () => {
  it('offers every other status of the lifecycle, in lifecycle order, when the type restricts nothing', async () => {
    const ticket = await ritasTicket('plain-request');
    const statuses = await t.client('ana').statuses.allowed.query({ ticketId: ticket.id });
    expect(statuses.map((s) => s.name)).toEqual(['In progress', 'Done', "Won't do", 'Duplicate']);
    expect(statuses[1]).toMatchObject({ name: 'Done', category: 'done', state: 'closed', icon: 'status-success' });
  });

  it('follows the made-up reviewed-request transitions: only WRT moves Under review → Applied', async () => {
    const ticket = await ritasTicket('reviewed-request');
    // From Requested anyone who may act moves on, but not straight to Applied.
    expect(await allowedNames('rita', ticket.id)).toEqual(['Under review', 'Duplicate', 'Rejected']);
    expect(await allowedNames('ana', ticket.id)).toEqual(['Under review', 'Duplicate', 'Rejected']);

    await t.client('rita').tickets.setStatus.mutate({ ticketId: ticket.id, expectedVersion: 1, statusId: ticket.status('Under review') });

    expect(await allowedNames('rita', ticket.id)).toEqual([]);
    expect(await allowedNames('ana', ticket.id)).toEqual(['Requested', 'Applied', 'Duplicate', 'Rejected']);
    // What it offers is what a change accepts.
    const refused = await failureOf(t.client('rita').tickets.setStatus.mutate({ ticketId: ticket.id, expectedVersion: 2, statusId: ticket.status('Applied') }));
    expect(refused.code).toBe('FORBIDDEN');
    await t.client('ana').tickets.setStatus.mutate({ ticketId: ticket.id, expectedVersion: 2, statusId: ticket.status('Applied') });
  });

  it('asks a user who matches several stakeholders to choose, and accepts only a stakeholder they may act as', async () => {
    const ticket = await ritasTicket('reviewed-request');
    const ben = await anaAdds(t, ticket.id, 'ben', 'cc', 'actioner');
    const undecided = await failureOf(t.client('ben').statuses.allowed.query({ ticketId: ticket.id }));
    expect(undecided.code).toBe('PRECONDITION_FAILED');
    expect(undecided.message).toMatch(/Ben Okafor \(cc, actioner\)/);
    expect(undecided.message).toMatch(/WRT \(assigned, actioner\)/);
    expect(await allowedNames('ben', ticket.id, ben.stakeholderId)).toEqual(['Under review', 'Duplicate', 'Rejected']);
    expect(await allowedNames('ben', ticket.id, ticket.wrt)).toEqual(['Under review', 'Duplicate', 'Rejected']);

    const notHis = await failureOf(t.client('rita').statuses.allowed.query({ ticketId: ticket.id, actingAs: ticket.wrt }));
    expect(notHis.code).toBe('FORBIDDEN');
    expect(notHis.message).toMatch(/cannot act on behalf of WRT/);
  });

  it('answers FORBIDDEN with the reason for a viewer who can see the ticket but not act on it', async () => {
    const ticket = await ritasTicket('plain-request');
    const admin = await failureOf(t.client('sam').statuses.allowed.query({ ticketId: ticket.id }));
    expect(admin.code).toBe('FORBIDDEN');
    expect(admin.message).toBe('You are not a stakeholder of this ticket, so you cannot act on it; as a site admin, join it as a bcc stakeholder first.');

    const ana = t.client('ana');
    const john = await anaAdds(t, ticket.id, 'john', 'cc', 'requester');
    await ana.stakeholders.deactivate.mutate({ ticketId: ticket.id, expectedVersion: john.version, stakeholderId: john.stakeholderId });
    const inactive = await failureOf(t.client('john').statuses.allowed.query({ ticketId: ticket.id }));
    expect(inactive.code).toBe('FORBIDDEN');
    expect(inactive.message).toMatch(/You can read this ticket but not act on it/);
  });

  it('answers NOT_FOUND for a hidden ticket exactly as for a missing one', async () => {
    const ticket = await ritasTicket('plain-request');
    const hidden = await failureOf(t.client('john').statuses.allowed.query({ ticketId: ticket.id }));
    expect(hidden.code).toBe('NOT_FOUND');
    const missing = await failureOf(t.client('john').statuses.allowed.query({ ticketId: 999_999 }));
    expect(missing.message).toBe(hidden.message.replace(String(ticket.id), '999999'));
  });
});
