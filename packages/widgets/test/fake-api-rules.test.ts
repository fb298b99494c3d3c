// The stories and widget tests run on the fake API: it must refuse what the server refuses, with
// the server's words, because it runs the same domain plans (not a copy of them).
import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../src/fixtures/index.js';

describe('the fake API keeps the stakeholder rules of the domain', () => {
  it("refuses to make the ticket's last active assignee inactive, as the server does", async () => {
    const api = createFakeApi();
    const assigned = api.detail.stakeholders.filter((stakeholder) => stakeholder.connection === 'assigned' && stakeholder.isActive);
    expect(assigned).toHaveLength(1);
    const refusal = api.client.stakeholders.deactivate.mutate({ ticketId: api.detail.ticket.id, expectedVersion: api.detail.ticket.version, stakeholderId: assigned[0]!.id });
    await expect(refusal).rejects.toMatchObject({ data: { code: 'PRECONDITION_FAILED', domain: { kind: 'precondition' } } });
    expect(api.detail.stakeholders.find((stakeholder) => stakeholder.id === assigned[0]!.id)?.isActive).toBe(true);
  });

  it('refuses to add someone who already is an active stakeholder in that connection', async () => {
    const api = createFakeApi();
    const existing = api.detail.stakeholders.find((stakeholder) => stakeholder.isActive)!;
    const refusal = api.client.stakeholders.add.mutate({
      ticketId: api.detail.ticket.id,
      expectedVersion: api.detail.ticket.version,
      principal: { kind: existing.principal.kind, id: existing.principal.id },
      connection: existing.connection,
      role: existing.role,
    });
    await expect(refusal).rejects.toMatchObject({ data: { domain: { kind: 'conflict' } } });
    expect(api.detail.stakeholders).toHaveLength(createFakeApi().detail.stakeholders.length);
  });

  it('hands over as the domain plans it: the old row inactive, the new one active in its place, both logged', async () => {
    const api = createFakeApi();
    const from = api.detail.stakeholders.find((stakeholder) => stakeholder.connection === 'assigned' && stakeholder.isActive)!;
    const before = api.timeline.length;
    await api.client.stakeholders.transfer.mutate({ ticketId: api.detail.ticket.id, expectedVersion: api.detail.ticket.version, fromStakeholderId: from.id, to: { kind: 'user', id: 99 } });
    expect(api.detail.stakeholders.find((stakeholder) => stakeholder.id === from.id)?.isActive).toBe(false);
    expect(api.detail.stakeholders.at(-1)).toMatchObject({ principal: { kind: 'user', id: 99 }, connection: 'assigned', isActive: true });
    expect(api.timeline.slice(before).map((entry) => (entry.kind === 'log' ? entry.event.type : entry.kind))).toEqual(expect.arrayContaining(['stakeholder.added', 'stakeholder.deactivated']));
  });
});
