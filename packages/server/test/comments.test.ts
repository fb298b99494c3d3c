import { describe, expect, it } from 'vitest';
import { anaAdds, ritasPlainRequest, user, versionOf } from './support/ritas-ticket.js';
import { failureOf, startTestApi, userId } from './support/test-api.js';
import { commentsOf, logsOf } from './support/ticket-records.js';

const t = await startTestApi();

describe('comments.add', () => {
  it('records both the user who wrote it and the stakeholder spoken for, with exactly one log entry', async () => {
    const ticket = await ritasPlainRequest(t);
    const logsBefore = await logsOf(t, ticket.id);

    const added = await t.client('ana').comments.add.mutate({ ticketId: ticket.id, expectedVersion: 1, body: '  We are on it.\n' });

    expect(added).toMatchObject({ id: ticket.id, version: 2 });
    expect(await versionOf(t, ticket.id)).toBe(2);
    expect(await commentsOf(t, ticket.id)).toEqual([
      { id: added.commentId, body: 'We are on it.', author_user_id: userId('ana'), acting_stakeholder_id: ticket.wrt },
    ]);
    const newLogs = (await logsOf(t, ticket.id)).slice(logsBefore.length);
    expect(newLogs).toEqual([
      {
        event_type: 'comment.added',
        event: { type: 'comment.added', commentId: added.commentId },
        actor_user_id: userId('ana'),
        acting_stakeholder_id: ticket.wrt,
      },
    ]);
  });

  it('lets Ana say explicitly that she speaks for WRT', async () => {
    const ticket = await ritasPlainRequest(t);
    const added = await t.client('ana').comments.add.mutate({ ticketId: ticket.id, expectedVersion: 1, actingAs: ticket.wrt, body: 'Fixed.' });
    const [comment] = await commentsOf(t, ticket.id);
    expect(comment).toMatchObject({ id: added.commentId, author_user_id: userId('ana'), acting_stakeholder_id: ticket.wrt });
  });

  it('refuses Rita speaking for WRT, naming WRT, and stores nothing', async () => {
    const ticket = await ritasPlainRequest(t);
    const failure = await failureOf(
      t.client('rita').comments.add.mutate({ ticketId: ticket.id, expectedVersion: 1, actingAs: ticket.wrt, body: 'Approved!' }),
    );
    expect(failure.code).toBe('FORBIDDEN');
    expect(failure.message).toMatch(/cannot act on behalf of WRT because you are not a member of it/);
    expect(failure.data.domain).toMatchObject({ code: 'stakeholder.not_a_member' });
    expect(await commentsOf(t, ticket.id)).toEqual([]);
    expect(await versionOf(t, ticket.id)).toBe(1);
  });

  it('makes a user who matches two stakeholders choose, listing both, and records the choice', async () => {
    const ticket = await ritasPlainRequest(t);
    const ben = await anaAdds(t, ticket.id, 'ben', 'cc', 'actioner');

    const undecided = await failureOf(t.client('ben').comments.add.mutate({ ticketId: ticket.id, expectedVersion: ben.version, body: 'Hi' }));
    expect(undecided.code).toBe('PRECONDITION_FAILED');
    expect(undecided.message).toMatch(/Ben Okafor \(cc, actioner\)/);
    expect(undecided.message).toMatch(/WRT \(assigned, actioner\)/);
    const choices = (undecided.data.domain as { details: { choices: { stakeholderId: number }[] } }).details.choices;
    expect(choices.map((choice) => choice.stakeholderId).sort()).toEqual([ben.stakeholderId, ticket.wrt].sort());
    expect(await commentsOf(t, ticket.id)).toEqual([]);

    const asHimself = await t.client('ben').comments.add.mutate({
      ticketId: ticket.id,
      expectedVersion: ben.version,
      actingAs: ben.stakeholderId,
      body: 'Speaking for myself.',
    });
    const asWrt = await t.client('ben').comments.add.mutate({
      ticketId: ticket.id,
      expectedVersion: asHimself.version,
      actingAs: ticket.wrt,
      body: 'Speaking for the team.',
    });
    expect((await commentsOf(t, ticket.id)).map((c) => [c.id, c.author_user_id, c.acting_stakeholder_id])).toEqual([
      [asHimself.commentId, userId('ben'), ben.stakeholderId],
      [asWrt.commentId, userId('ben'), ticket.wrt],
    ]);
    const commentLogs = (await logsOf(t, ticket.id)).filter((log) => log.event_type === 'comment.added');
    expect(commentLogs.map((log) => [log.actor_user_id, log.acting_stakeholder_id])).toEqual([
      [userId('ben'), ben.stakeholderId],
      [userId('ben'), ticket.wrt],
    ]);
  });

  it('refuses to speak for a stakeholder that was handed on, while its successor may comment', async () => {
    const ticket = await ritasPlainRequest(t);
    const ana = t.client('ana');
    const ben = await anaAdds(t, ticket.id, 'ben', 'assigned', 'actioner');
    const handedOn = await ana.stakeholders.transfer.mutate({
      ticketId: ticket.id,
      expectedVersion: ben.version,
      fromStakeholderId: ben.stakeholderId,
      to: user('dora'),
    });

    const refused = await failureOf(
      t.client('ben').comments.add.mutate({ ticketId: ticket.id, expectedVersion: handedOn.version, actingAs: ben.stakeholderId, body: 'Still mine?' }),
    );
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/Ben Okafor is no longer active on this ticket/);
    expect(refused.data.domain).toMatchObject({ code: 'stakeholder.acting_as_inactive' });

    const dora = await t.client('dora').comments.add.mutate({ ticketId: ticket.id, expectedVersion: handedOn.version, body: 'I take it from here.' });
    expect((await commentsOf(t, ticket.id)).map((c) => [c.id, c.author_user_id, c.acting_stakeholder_id])).toEqual([
      [dora.commentId, userId('dora'), handedOn.stakeholderId],
    ]);
  });

  it('lets a stakeholder made inactive still read the ticket but not comment', async () => {
    const ticket = await ritasPlainRequest(t);
    const ana = t.client('ana');
    const john = await anaAdds(t, ticket.id, 'john', 'cc', 'requester');
    const { version } = await ana.stakeholders.deactivate.mutate({ ticketId: ticket.id, expectedVersion: john.version, stakeholderId: john.stakeholderId });

    expect((await t.client('john').tickets.get.query({ ticketId: ticket.id })).ticket.id).toBe(ticket.id);
    const refused = await failureOf(t.client('john').comments.add.mutate({ ticketId: ticket.id, expectedVersion: version, body: 'Hello?' }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/You can read this ticket but not act on it, because you are no longer active on it/);
    expect(await commentsOf(t, ticket.id)).toEqual([]);
  });

  it('tells a site admin who has not joined to join first, and accepts their comment once joined', async () => {
    const ticket = await ritasPlainRequest(t);
    const sam = t.client('sam');
    const refused = await failureOf(sam.comments.add.mutate({ ticketId: ticket.id, expectedVersion: 1, body: 'Admin here.' }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toMatch(/join it as a bcc stakeholder first/);

    const joined = await sam.stakeholders.join.mutate({ ticketId: ticket.id, expectedVersion: 1, role: 'actioner' });
    const added = await sam.comments.add.mutate({ ticketId: ticket.id, expectedVersion: joined.version, body: 'Admin here.' });
    expect(await commentsOf(t, ticket.id)).toEqual([
      { id: added.commentId, body: 'Admin here.', author_user_id: userId('sam'), acting_stakeholder_id: joined.stakeholderId },
    ]);
  });

  it('answers NOT_FOUND on a ticket the user cannot see, like on one that does not exist', async () => {
    const ticket = await ritasPlainRequest(t);
    const hidden = await failureOf(t.client('john').comments.add.mutate({ ticketId: ticket.id, expectedVersion: 1, body: 'Peek' }));
    expect(hidden.code).toBe('NOT_FOUND');
    expect(await commentsOf(t, ticket.id)).toEqual([]);
  });

  it('refuses a stale version with CONFLICT and stores nothing', async () => {
    const ticket = await ritasPlainRequest(t);
    await t.client('ana').comments.add.mutate({ ticketId: ticket.id, expectedVersion: 1, body: 'First' });
    const stale = await failureOf(t.client('rita').comments.add.mutate({ ticketId: ticket.id, expectedVersion: 1, body: 'Second' }));
    expect(stale.code).toBe('CONFLICT');
    expect(stale.data.domain).toMatchObject({ code: 'ticket.stale_version', details: { currentVersion: 2 } });
    expect((await commentsOf(t, ticket.id)).map((c) => c.body)).toEqual(['First']);
  });

  it('refuses an empty or overlong body with a message on the body field', async () => {
    const ticket = await ritasPlainRequest(t);
    const rita = t.client('rita');
    const blank = await failureOf(rita.comments.add.mutate({ ticketId: ticket.id, expectedVersion: 1, body: ' \n\t ' }));
    expect(blank.code).toBe('BAD_REQUEST');
    expect(blank.data.fieldErrors).toEqual([{ path: 'body', message: 'A comment cannot be empty; write something before sending it.' }]);

    const long = await failureOf(rita.comments.add.mutate({ ticketId: ticket.id, expectedVersion: 1, body: 'x'.repeat(10_001) }));
    expect(long.code).toBe('BAD_REQUEST');
    expect(long.data.fieldErrors).toEqual([{ path: 'body', message: expect.stringMatching(/at most 10,000 characters/) }]);

    const longest = await rita.comments.add.mutate({ ticketId: ticket.id, expectedVersion: 1, body: `${'x'.repeat(10_000)}   ` });
    expect((await commentsOf(t, ticket.id)).map((c) => [c.id, c.body.length])).toEqual([[longest.commentId, 10_000]]);
  });
});
