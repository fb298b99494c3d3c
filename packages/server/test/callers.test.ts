// Every procedure once more, through server-side callers (no HTTP): the same rules hold either way.
import { describe, expect, it } from 'vitest';
import { failureOf, startTestApi } from './support/test-api.js';

const t = await startTestApi();

describe('every procedure through a server-side caller', () => {
  it('files, reads, lists, comments, hands over, moves, closes, reopens and marks duplicates', async () => {
    const rita = t.caller('rita');
    const ana = t.caller('ana');
    expect((await rita.me()).name).toBe('Rita Lopes');

    const first = await rita.tickets.create({ type: 'plain-request', title: 'First', metadata: {} });
    const second = await rita.tickets.create({ type: 'plain-request', title: 'Second', metadata: {} });
    const detail = await ana.tickets.get({ ticketId: first.id });
    const wrt = detail.stakeholders.find((s) => s.principal.name === 'WRT')!;

    const listed = await ana.tickets.list({ myGroups: true, limit: 10 });
    expect(listed.items.map((item) => item.id)).toEqual(expect.arrayContaining([first.id, second.id]));

    let version = (await ana.comments.add({ ticketId: first.id, expectedVersion: 1, body: 'Looking into it.' })).version;
    version = (await ana.stakeholders.add({ ticketId: first.id, expectedVersion: version, principal: { kind: 'user', id: 6 }, connection: 'cc', role: 'actioner' })).version;
    const handed = await ana.stakeholders.transfer({ ticketId: first.id, expectedVersion: version, fromStakeholderId: wrt.id, to: { kind: 'group', id: 4 } });
    version = handed.version;
    const dan = t.caller('dan');
    const danAs = (await dan.tickets.get({ ticketId: first.id })).viewer.actingAs;
    expect(danAs.map((choice) => choice.name).sort()).toEqual(['Dan Delegate', 'Delegates']);
    const delegates = danAs.find((choice) => choice.name === 'Delegates')!;

    const allowed = await dan.statuses.allowed({ ticketId: first.id, actingAs: delegates.stakeholderId });
    const inProgress = allowed.find((status) => status.name === 'In progress')!;
    version = (await dan.tickets.setStatus({ ticketId: first.id, expectedVersion: version, actingAs: delegates.stakeholderId, statusId: inProgress.id })).version;
    version = (await dan.tickets.close({ ticketId: first.id, expectedVersion: version, actingAs: delegates.stakeholderId })).version;
    version = (await dan.tickets.reopen({ ticketId: first.id, expectedVersion: version, actingAs: delegates.stakeholderId })).version;
    const cc = (await dan.tickets.get({ ticketId: first.id })).stakeholders.find((s) => s.principal.name === 'Dan Delegate')!;
    version = (await dan.stakeholders.deactivate({ ticketId: first.id, expectedVersion: version, actingAs: delegates.stakeholderId, stakeholderId: cc.id })).version;

    await rita.tickets.markDuplicate({ ticketId: second.id, expectedVersion: 1, duplicateOfId: first.id });
    expect((await rita.tickets.get({ ticketId: second.id })).ticket).toMatchObject({ state: 'closed', duplicateOfId: first.id });

    const timeline = await rita.tickets.timeline({ ticketId: first.id });
    expect(timeline.entries.map((entry) => (entry.kind === 'comment' ? `comment: ${entry.body}` : entry.sentence))).toEqual([
      "Rita Lopes created this plain-request ticket 'First' with status To do.",
      'comment: Looking into it.',
      'Ana Kowalska added Dan Delegate (cc, actioner) on behalf of WRT.',
      'Ana Kowalska added Delegates (assigned, actioner) on behalf of WRT.',
      'Ana Kowalska made WRT (assigned, actioner) inactive on behalf of WRT.',
      'Dan Delegate changed the status from To do to In progress on behalf of Delegates.',
      'Dan Delegate changed the status from In progress to Done on behalf of Delegates.',
      'Dan Delegate closed the ticket on behalf of Delegates.',
      'Dan Delegate changed the status from Done to To do on behalf of Delegates.',
      'Dan Delegate reopened the ticket on behalf of Delegates.',
      'Dan Delegate made Dan Delegate (cc, actioner) inactive on behalf of Delegates.',
    ]);
    expect((await rita.tickets.get({ ticketId: first.id })).ticket.version).toBe(version);

    const sam = t.caller('sam');
    const joined = await sam.stakeholders.join({ ticketId: second.id, expectedVersion: 2, role: 'actioner' });
    expect(joined.version).toBe(3);
    expect((await failureOf(t.caller('john').tickets.get({ ticketId: first.id }))).code).toBe('NOT_FOUND');
  });
});
