import type { StakeholderLabel } from '@tickets/domain';
import { describe, expect, it } from 'vitest';
import { anaAdds, ritasPlainRequest, user, versionOf } from './support/ritas-ticket.js';
import { type DemoLogin, failureOf, startTestApi, userId } from './support/test-api.js';
import { logsOf, stakeholdersOf } from './support/ticket-records.js';

const t = await startTestApi();

async function logsSince(ticketId: number, count: number) {
  return (await logsOf(t, ticketId)).slice(count);
}

/** The one log entry a stakeholder change writes: what changed, who did it, and on behalf of which stakeholder. */
function stakeholderLog(type: 'stakeholder.added' | 'stakeholder.deactivated', stakeholder: StakeholderLabel, actor: DemoLogin, actingStakeholderId: number) {
  return [{ event_type: type, event: { type, stakeholder }, actor_user_id: userId(actor), acting_stakeholder_id: actingStakeholderId }];
}

describe('stakeholders.add', () => {
  it('adds an active stakeholder, named from the directory, who can then see the ticket; logged with actor and acting stakeholder', async () => {
    const ticket = await ritasPlainRequest(t);
    expect((await failureOf(t.client('wes').tickets.get.query({ ticketId: ticket.id }))).code).toBe('NOT_FOUND');
    const before = (await logsOf(t, ticket.id)).length;

    const added = await t.client('ana').stakeholders.add.mutate({
      ticketId: ticket.id,
      expectedVersion: 1,
      principal: user('wes'),
      connection: 'cc',
      role: 'actioner',
    });

    expect(added).toMatchObject({ id: ticket.id, version: 2 });
    const detail = await t.client('wes').tickets.get.query({ ticketId: ticket.id });
    expect(detail.stakeholders.find((s) => s.id === added.stakeholderId)).toEqual({
      id: added.stakeholderId,
      principal: { kind: 'user', id: userId('wes'), name: 'Wes Software' },
      connection: 'cc',
      role: 'actioner',
      isActive: true,
    });
    expect(await logsSince(ticket.id, before)).toEqual(
      stakeholderLog('stakeholder.added', { principal: { kind: 'user', id: userId('wes'), name: 'Wes Software' }, connection: 'cc', role: 'actioner' }, 'ana', ticket.wrt),
    );
  });

  it('adds a group, and the requester may add someone too', async () => {
    const ticket = await ritasPlainRequest(t);
    const wst = await t.client('rita').stakeholders.add.mutate({
      ticketId: ticket.id,
      expectedVersion: 1,
      principal: { kind: 'group', id: 2 },
      connection: 'cc',
      role: 'actioner',
    });
    expect((await t.client('wes').tickets.get.query({ ticketId: ticket.id })).stakeholders.map((s) => s.principal.name)).toContain('WST');
    expect((await logsOf(t, ticket.id)).at(-1)).toMatchObject({ event_type: 'stakeholder.added', actor_user_id: userId('rita'), acting_stakeholder_id: ticket.rita });
    expect(wst.version).toBe(2);
  });

  it('answers NOT_FOUND with a clear message for a principal the directory does not know', async () => {
    const ticket = await ritasPlainRequest(t);
    const ana = t.client('ana');
    const unknownUser = await failureOf(
      ana.stakeholders.add.mutate({ ticketId: ticket.id, expectedVersion: 1, principal: { kind: 'user', id: 99_999 }, connection: 'cc', role: 'actioner' }),
    );
    expect(unknownUser.code).toBe('NOT_FOUND');
    expect(unknownUser.message).toMatch(/There is no user #99999 in the directory/);
    const unknownKind = await failureOf(
      ana.stakeholders.add.mutate({ ticketId: ticket.id, expectedVersion: 1, principal: { kind: 'planet', id: 3 }, connection: 'cc', role: 'actioner' }),
    );
    expect(unknownKind.code).toBe('NOT_FOUND');
    expect(unknownKind.message).toMatch(/There is no kind of principal called 'planet' here; the kinds are 'user', 'group'/);
    expect(await versionOf(t, ticket.id)).toBe(1);
  });

  it('refuses bad input with field paths', async () => {
    const ticket = await ritasPlainRequest(t);
    const bad = await failureOf(
      t.client('ana').stakeholders.add.mutate({
        ticketId: ticket.id,
        expectedVersion: 1,
        principal: { kind: 'Not a kind!', id: 1 },
        // @ts-expect-error: not a connection
        connection: 'watcher',
        role: 'actioner',
      }),
    );
    expect(bad.code).toBe('BAD_REQUEST');
    expect((bad.data.fieldErrors as { path: string }[]).map((e) => e.path).sort()).toEqual(['connection', 'principal.kind']);
  });

  it('refuses a principal that already is an active stakeholder with that connection', async () => {
    const ticket = await ritasPlainRequest(t);
    const again = await failureOf(
      t.client('ana').stakeholders.add.mutate({ ticketId: ticket.id, expectedVersion: 1, principal: { kind: 'group', id: 1 }, connection: 'assigned', role: 'actioner' }),
    );
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toMatch(/WRT is already an active assigned stakeholder/);
    expect(await versionOf(t, ticket.id)).toBe(1);
  });

  it('lets only those who may act add someone: a site admin must join first, a stranger cannot see the ticket', async () => {
    const ticket = await ritasPlainRequest(t);
    const input = { ticketId: ticket.id, expectedVersion: 1, principal: user('john'), connection: 'cc' as const, role: 'actioner' as const };
    const admin = await failureOf(t.client('sam').stakeholders.add.mutate(input));
    expect(admin.code).toBe('FORBIDDEN');
    expect(admin.message).toMatch(/join it as a bcc stakeholder first/);
    expect((await failureOf(t.client('john').stakeholders.add.mutate(input))).code).toBe('NOT_FOUND');
    expect(await versionOf(t, ticket.id)).toBe(1);
  });

  it('refuses a stale version with CONFLICT and adds nothing', async () => {
    const ticket = await ritasPlainRequest(t);
    await t.client('ana').comments.add.mutate({ ticketId: ticket.id, expectedVersion: 1, body: 'Looking.' });
    const stale = await failureOf(
      t.client('ana').stakeholders.add.mutate({ ticketId: ticket.id, expectedVersion: 1, principal: user('ben'), connection: 'cc', role: 'actioner' }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect((await stakeholdersOf(t, ticket.id)).length).toBe(2);
  });
});

describe('stakeholders.join', () => {
  it('lets a site admin join as bcc with a role, logged on behalf of the row it adds', async () => {
    const ticket = await ritasPlainRequest(t);
    const before = (await logsOf(t, ticket.id)).length;
    const joined = await t.client('sam').stakeholders.join.mutate({ ticketId: ticket.id, expectedVersion: 1, role: 'actioner' });

    const rows = await stakeholdersOf(t, ticket.id);
    expect(rows.find((row) => row.id === joined.stakeholderId)).toMatchObject({
      principal_kind: 'user',
      principal_id: userId('sam'),
      connection: 'bcc',
      role: 'actioner',
      is_active: true,
    });
    expect(await logsSince(ticket.id, before)).toEqual(
      stakeholderLog('stakeholder.added', { principal: { kind: 'user', id: userId('sam'), name: 'Sam Admin' }, connection: 'bcc', role: 'actioner' }, 'sam', joined.stakeholderId),
    );

    const twice = await failureOf(t.client('sam').stakeholders.join.mutate({ ticketId: ticket.id, expectedVersion: joined.version, role: 'actioner' }));
    expect(twice.code).toBe('CONFLICT');
    expect(twice.message).toMatch(/already an active stakeholder of this ticket as Sam Admin \(bcc, actioner\)/);
  });

  it('is for site admins only', async () => {
    const ticket = await ritasPlainRequest(t);
    const refused = await failureOf(t.client('ana').stakeholders.join.mutate({ ticketId: ticket.id, expectedVersion: 1, role: 'actioner' }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/Only site admins can join a ticket/);
    expect((await stakeholdersOf(t, ticket.id)).length).toBe(2);
  });
});

describe('stakeholders.transfer', () => {
  it('hands an assignment on: the new one active, the old one kept inactive, both changes logged', async () => {
    const ticket = await ritasPlainRequest(t);
    const ben = await anaAdds(t, ticket.id, 'ben', 'assigned', 'actioner');
    const before = (await logsOf(t, ticket.id)).length;

    const handedOn = await t.client('ana').stakeholders.transfer.mutate({
      ticketId: ticket.id,
      expectedVersion: ben.version,
      fromStakeholderId: ben.stakeholderId,
      to: user('dora'),
    });

    expect(handedOn).toMatchObject({ id: ticket.id, version: ben.version + 1, deactivatedStakeholderId: ben.stakeholderId });
    const rows = await stakeholdersOf(t, ticket.id);
    expect(rows.find((row) => row.id === ben.stakeholderId)).toMatchObject({ principal_id: userId('ben'), is_active: false, deactivated_at: expect.anything() });
    expect(rows.find((row) => row.id === handedOn.stakeholderId)).toMatchObject({
      principal_kind: 'user',
      principal_id: userId('dora'),
      connection: 'assigned',
      role: 'actioner',
      is_active: true,
    });

    const history = await logsSince(ticket.id, before);
    expect(history.map((log) => [log.event_type, (log.event as { stakeholder: { principal: { name: string } } }).stakeholder.principal.name])).toEqual([
      ['stakeholder.added', 'Dora Delegate'],
      ['stakeholder.deactivated', 'Ben Okafor'],
    ]);
    for (const log of history) expect(log).toMatchObject({ actor_user_id: userId('ana'), acting_stakeholder_id: ticket.wrt });

    // The old assignment keeps read access but no longer acts; the new one does.
    const stale = await failureOf(
      t.client('ben').stakeholders.deactivate.mutate({ ticketId: ticket.id, expectedVersion: handedOn.version, actingAs: ben.stakeholderId, stakeholderId: ticket.rita }),
    );
    expect(stale.code).toBe('FORBIDDEN');
    expect(stale.message).toMatch(/Ben Okafor is no longer active/);
    const dora = await t.client('dora').tickets.get.query({ ticketId: ticket.id });
    expect(dora.viewer.actingAs.map((choice) => choice.stakeholderId)).toEqual([handedOn.stakeholderId]);
  });

  it('refuses to hand on from an inactive stakeholder or to someone already assigned', async () => {
    const ticket = await ritasPlainRequest(t);
    const ana = t.client('ana');
    const ben = await anaAdds(t, ticket.id, 'ben', 'assigned', 'actioner');
    const handedOn = await ana.stakeholders.transfer.mutate({ ticketId: ticket.id, expectedVersion: ben.version, fromStakeholderId: ben.stakeholderId, to: user('dora') });

    const fromInactive = await failureOf(
      ana.stakeholders.transfer.mutate({ ticketId: ticket.id, expectedVersion: handedOn.version, fromStakeholderId: ben.stakeholderId, to: user('dan') }),
    );
    expect(fromInactive.code).toBe('PRECONDITION_FAILED');
    expect(fromInactive.message).toMatch(/because it is no longer active on this ticket/);

    const toAssigned = await failureOf(
      ana.stakeholders.transfer.mutate({ ticketId: ticket.id, expectedVersion: handedOn.version, fromStakeholderId: ticket.wrt, to: user('dora') }),
    );
    expect(toAssigned.code).toBe('CONFLICT');
    expect(toAssigned.message).toMatch(/Dora Delegate .* already an active assigned stakeholder/);
    expect(await versionOf(t, ticket.id)).toBe(handedOn.version);
  });

  it('refuses a stale version with CONFLICT and changes nobody', async () => {
    const ticket = await ritasPlainRequest(t);
    await t.client('ana').comments.add.mutate({ ticketId: ticket.id, expectedVersion: 1, body: 'Looking.' });
    const stale = await failureOf(
      t.client('ana').stakeholders.transfer.mutate({ ticketId: ticket.id, expectedVersion: 1, fromStakeholderId: ticket.wrt, to: { kind: 'group', id: 2 } }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect((await stakeholdersOf(t, ticket.id)).map((row) => row.is_active)).toEqual([true, true]);
  });
});

describe('stakeholders.deactivate', () => {
  it('makes a stakeholder inactive, logged with actor and acting stakeholder', async () => {
    const ticket = await ritasPlainRequest(t);
    const ana = t.client('ana');
    const john = await anaAdds(t, ticket.id, 'john', 'cc', 'requester');
    const before = (await logsOf(t, ticket.id)).length;

    const done = await ana.stakeholders.deactivate.mutate({ ticketId: ticket.id, expectedVersion: john.version, stakeholderId: john.stakeholderId });

    expect(done).toEqual({ id: ticket.id, version: john.version + 1 });
    expect((await stakeholdersOf(t, ticket.id)).find((row) => row.id === john.stakeholderId)?.is_active).toBe(false);
    expect(await logsSince(ticket.id, before)).toEqual(
      stakeholderLog('stakeholder.deactivated', { principal: { kind: 'user', id: userId('john'), name: 'John Smith' }, connection: 'cc', role: 'requester' }, 'ana', ticket.wrt),
    );

    const again = await failureOf(ana.stakeholders.deactivate.mutate({ ticketId: ticket.id, expectedVersion: done.version, stakeholderId: john.stakeholderId }));
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toMatch(/already inactive/);
  });

  it('refuses to make the last active assignee inactive, with the domain’s message', async () => {
    const ticket = await ritasPlainRequest(t);
    const before = await logsOf(t, ticket.id);
    const refused = await failureOf(t.client('ana').stakeholders.deactivate.mutate({ ticketId: ticket.id, expectedVersion: 1, stakeholderId: ticket.wrt }));
    expect(refused.code).toBe('PRECONDITION_FAILED');
    expect(refused.message).toBe(
      'Cannot make WRT inactive because it is the only active assignee of this ticket; hand the ticket on to someone else instead.',
    );
    expect(refused.data.domain).toMatchObject({ code: 'stakeholder.last_assignee' });
    expect(await logsOf(t, ticket.id)).toEqual(before);
    expect((await stakeholdersOf(t, ticket.id)).every((row) => row.is_active)).toBe(true);
  });

  it('answers NOT_FOUND for a stakeholder of another ticket', async () => {
    const ticket = await ritasPlainRequest(t);
    const other = await ritasPlainRequest(t);
    const failure = await failureOf(t.client('ana').stakeholders.deactivate.mutate({ ticketId: ticket.id, expectedVersion: 1, stakeholderId: other.rita }));
    expect(failure.code).toBe('NOT_FOUND');
    expect((await stakeholdersOf(t, other.id)).every((row) => row.is_active)).toBe(true);
  });
});

describe('query count', () => {
  it('does not grow with the number of stakeholders', async () => {
    const ana = t.client('ana');
    async function queriesOfChanges(extraStakeholders: number): Promise<number[]> {
      const ticket = await ritasPlainRequest(t);
      let version = 1;
      const extras: { kind: string; id: number }[] = [user('john'), user('wes'), user('cat'), { kind: 'group', id: 2 }, { kind: 'group', id: 3 }];
      for (const principal of extras.slice(0, extraStakeholders)) {
        ({ version } = await ana.stakeholders.add.mutate({ ticketId: ticket.id, expectedVersion: version, principal, connection: 'cc', role: 'actioner' }));
      }
      const counts: number[] = [];
      // The test client signs each request with a new token; a token's first request also reads its
      // viewer (once per token), which has nothing to do with the stakeholders: it is not counted.
      const measure = async <T>(call: () => Promise<T>): Promise<T> => {
        t.queries.length = 0;
        const result = await call();
        counts.push(t.queries.filter((sql) => !sql.includes('left join group_memberships')).length);
        return result;
      };
      const ben = await measure(() =>
        ana.stakeholders.add.mutate({ ticketId: ticket.id, expectedVersion: version, principal: user('ben'), connection: 'assigned', role: 'actioner' }),
      );
      const dora = await measure(() =>
        ana.stakeholders.transfer.mutate({ ticketId: ticket.id, expectedVersion: ben.version, fromStakeholderId: ben.stakeholderId, to: user('dora') }),
      );
      const deactivated = await measure(() =>
        ana.stakeholders.deactivate.mutate({ ticketId: ticket.id, expectedVersion: dora.version, stakeholderId: dora.stakeholderId }),
      );
      await measure(() => ana.comments.add.mutate({ ticketId: ticket.id, expectedVersion: deactivated.version, body: 'Done.' }));
      return counts;
    }
    const few = await queriesOfChanges(0);
    expect(few.every((count) => count > 0)).toBe(true);
    expect(await queriesOfChanges(5)).toEqual(few);
  });
});
