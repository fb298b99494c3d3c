// Principal kinds that plugins register (a competition, whose members are its Delegates): one
// membership rule decides who may see a ticket, who may act for the principal, and who is mailed.
// For every kind the deployment registers, a member and a non-member are tried on all three.
import { describe, expect, it } from 'vitest';
import { ritasPlainRequest } from './support/ritas-ticket.js';
import { type DemoLogin, failureOf, startTestApi } from './support/test-api.js';
import { TEST_TICKET_TYPES_WITH_KINDS } from './support/test-ticket-types.js';

const t = await startTestApi({}, TEST_TICKET_TYPES_WITH_KINDS);
const em = () => t.api.services.orm.em.fork();

/**
 * Per kind: a principal of it, as the demo directory names it, the people its rule admits, and
 * someone it does not admit although the directory ties them to a principal of the same kind or
 * to the same competition (Dora delegates Porto but does not organise it).
 */
const CASES: Record<string, { id: number; name: string; members: DemoLogin[]; outsider: DemoLogin }> = {
  competition: { id: 1, name: 'Porto Open 2026', members: ['dora'], outsider: 'dan' },
  'organising-team': { id: 1, name: 'Porto Open 2026 organisers', members: ['olga'], outsider: 'dora' },
};

const ADDRESS: Partial<Record<DemoLogin, string>> = { dora: 'dora@example.org', dan: 'dan@example.org', olga: 'olga@example.org' };

/** The outbox's recipients of one event, once the writer has written them (it runs after the commit). */
async function recipientsOf(eventKey: string): Promise<string[]> {
  // Pending first: once nothing is pending, the writer's rows are committed (read the other way
  // round, the rows could be read just before the writer commits and the count just after).
  for (;;) {
    const pending = await em().execute<{ n: number }[]>('select count(*)::int as n from ticket_logs where mail_pending is not null');
    if (pending[0]!.n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const rows = await em().execute<{ recipient: string }[]>('select recipient from mail_outbox where event_key = ? order by recipient', [eventKey]);
  return rows.map((row) => row.recipient);
}

describe('principal kinds registered by plugins', () => {
  it('covers every kind the deployment registers', () => {
    expect(t.api.services.ticketTypes.principalKinds.map((kind) => kind.kind).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [kind, { id, name, members, outsider }] of Object.entries(CASES)) {
    describe(`a ${kind} as a stakeholder`, () => {
      it('is named from its rule and lets exactly its members see the ticket, in reads, lists and counts', async () => {
        const ticket = await ritasPlainRequest(t);
        const added = await t.client('ana').stakeholders.add.mutate({ ticketId: ticket.id, expectedVersion: 1, principal: { kind, id }, connection: 'cc', role: 'actioner' });

        for (const member of members) {
          const detail = await t.client(member).tickets.get.query({ ticketId: ticket.id });
          expect(detail.stakeholders.find((s) => s.id === added.stakeholderId)?.principal).toEqual({ kind, id, name });
          const listed = await t.client(member).tickets.list.query({ stakeholder: { kind, id } });
          expect(listed.items.map((item) => item.id)).toContain(ticket.id);
          expect((await t.client(member).tickets.list.query({ myGroups: true })).items.map((item) => item.id)).toContain(ticket.id);
        }

        expect((await failureOf(t.client(outsider).tickets.get.query({ ticketId: ticket.id }))).code).toBe('NOT_FOUND');
        const hidden = await t.client(outsider).tickets.list.query({ stakeholder: { kind, id } });
        expect(hidden.items).toEqual([]);
        expect(hidden.total).toBe(0);
        expect((await t.client(outsider).tickets.list.query({})).items.map((item) => item.id)).not.toContain(ticket.id);
      });

      it('lets its members act for it and no one else, and mails exactly its members', async () => {
        const ticket = await ritasPlainRequest(t);
        const added = await t.client('ana').stakeholders.add.mutate({ ticketId: ticket.id, expectedVersion: 1, principal: { kind, id }, connection: 'cc', role: 'actioner' });
        let version = added.version;

        for (const member of members) {
          const comment = await t.client(member).comments.add.mutate({ ticketId: ticket.id, expectedVersion: version, actingAs: added.stakeholderId, body: `${member} speaks for ${name}.` });
          version = comment.version;
          const [log] = await em().execute<{ acting_stakeholder_id: number }[]>("select acting_stakeholder_id from ticket_logs where ticket_id = ? and event_type = 'comment.added' order by id desc limit 1", [ticket.id]);
          expect(log!.acting_stakeholder_id).toBe(added.stakeholderId);
        }
        const refused = await failureOf(t.client(outsider).comments.add.mutate({ ticketId: ticket.id, expectedVersion: version, actingAs: added.stakeholderId, body: 'Not mine to say.' }));
        expect(refused.code).toBe('NOT_FOUND');

        // Rita's comment goes to every other active stakeholder: WRT at its shared address, and the
        // principal at each of its members' own, never at an outsider's.
        const rita = await t.client('rita').comments.add.mutate({ ticketId: ticket.id, expectedVersion: version, actingAs: ticket.rita, body: 'Any news?' });
        const recipients = await recipientsOf(`comment:${rita.commentId}`);
        expect(recipients).toEqual(['results@example.org', ...members.map((member) => ADDRESS[member]!)].sort());
        expect(recipients).not.toContain(ADDRESS[outsider]);
      });
    });
  }

  it('names an unknown kind with the kinds there are', async () => {
    const ticket = await ritasPlainRequest(t);
    const failure = await failureOf(t.client('ana').stakeholders.add.mutate({ ticketId: ticket.id, expectedVersion: 1, principal: { kind: 'planet', id: 1 }, connection: 'cc', role: 'actioner' }));
    expect(failure.code).toBe('NOT_FOUND');
    expect(failure.message).toBe("There is no kind of principal called 'planet' here; the kinds are 'user', 'group', 'competition', 'organising-team'.");
  });
});
