import { sql } from '@tickets/plugin-kit/server';
import { type DemoLogin, failureOf, sqlOf, startTestApi, userId } from '@tickets/server/testing';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import server from '../src/server/index.js';

const t = await startTestApi({}, [server]);
const db = () => sqlOf(t.api.services.orm.em.fork());

// The demo directory has one unclaimed profile (2015SMIT02, John Smith); these give each test its own.
await db().run(
  sql`insert into persons (wca_id, name, country_iso2) values
     ('2016OKAF01', 'Ben Okafor', 'NG'), ('2017SOFT01', 'Wes Software', 'US'), ('2018COMP01', 'Cat Competitions', 'FR'), ('2011ADMI01', 'Sam Admin', 'GB')`,
);

function claim(login: DemoLogin, wcaId: string, delegate: DemoLogin = 'dora', message?: string) {
  return t.client(login).tickets.create.mutate({
    type: 'claim-wca-id',
    title: `Claim ${wcaId}`,
    metadata: { wcaId, delegateUserId: userId(delegate), ...(message === undefined ? {} : { message }) },
  });
}

async function personOf(login: DemoLogin): Promise<number | null> {
  return (await db().one(sql`select person_id from users where id = ${userId(login)}`, z.object({ person_id: z.number().nullable() }))).person_id;
}

async function personId(wcaId: string): Promise<number> {
  return (await db().one(sql`select id from persons where wca_id = ${wcaId}`, z.object({ id: z.number() }))).id;
}

const ClaimRow = z.object({
  person_id: z.number(),
  delegate_user_id: z.number(),
  requester_user_id: z.number(),
  message: z.string().nullable(),
  rejection_reason: z.string().nullable(),
  handed_to: z.array(z.number()),
});

function storedClaim(ticketId: number) {
  return db().one(
    sql`select c.person_id, c.delegate_user_id, c.requester_user_id, c.message, c.rejection_reason, to_json(c.handed_to) as handed_to
          from tickets t join tickets_claim_wca_id c on c.id = t.metadata_id where t.id = ${ticketId}`,
    ClaimRow,
  );
}

const LogRow = z.object({
  event_type: z.string(),
  actor_user_id: z.number().nullable(),
  acting_stakeholder_id: z.number().nullable(),
  event: z.object({ summary: z.string().nullable().optional(), changes: z.array(z.unknown()).optional() }),
});

function logsOf(ticketId: number) {
  return db().rows(sql`select event_type, actor_user_id, acting_stakeholder_id, event from ticket_logs where ticket_id = ${ticketId} order by id`, LogRow);
}

async function stakeholderId(ticketId: number, login: DemoLogin, connection = 'assigned'): Promise<number> {
  const detail = await t.client(login).tickets.get.query({ ticketId });
  return detail.stakeholders.find((s) => s.principal.kind === 'user' && s.principal.id === userId(login) && s.connection === connection && s.isActive)!.id;
}

async function ticketCount(): Promise<number> {
  return (await db().one(sql`select count(*)::int as count from tickets where type = 'claim-wca-id'`, z.object({ count: z.number() }))).count;
}

describe('claim-wca-id: filing', () => {
  it('refuses a malformed WCA ID with the field error', async () => {
    const failure = await failureOf(claim('john', '2015-SMIT-02'));
    expect(failure.code).toBe('BAD_REQUEST');
    expect(failure.data.fieldErrors).toEqual([{ path: 'metadata.wcaId', message: 'A WCA ID is 4 digits, 4 letters and 2 digits, e.g. 2015SMIT02.' }]);
  });

  it('refuses an unknown WCA ID, a claimed profile, a requester who has one, and a Delegate who is not one, filing nothing', async () => {
    const before = await ticketCount();
    const unknown = await failureOf(claim('john', '2099ZZZZ01'));
    expect(unknown).toMatchObject({ code: 'BAD_REQUEST', message: 'No competitor has the WCA ID 2099ZZZZ01; check it on your results page.' });
    expect(unknown.data.domain).toMatchObject({ code: 'claim_wca_id.unknown_wca_id', details: { field: 'metadata.wcaId' } });
    expect(unknown.data.fieldErrors).toEqual([{ path: 'metadata.wcaId', message: 'No competitor has the WCA ID 2099ZZZZ01; check it on your results page.' }]);

    const taken = await failureOf(claim('john', '2019LOPE01'));
    expect(taken).toMatchObject({
      code: 'CONFLICT',
      message: 'The WCA ID 2019LOPE01 is already linked to another account; if the profile is yours, contact the results team (WRT).',
    });

    const alreadyLinked = await failureOf(claim('rita', '2015SMIT02'));
    expect(alreadyLinked).toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'Your account is already linked to the WCA ID 2019LOPE01; an account can have only one competitor profile.',
    });

    const notADelegate = await failureOf(claim('john', '2015SMIT02', 'wes'));
    expect(notADelegate).toMatchObject({ code: 'BAD_REQUEST', message: 'Wes Software is not one of the Delegates; only a Delegate can confirm a WCA ID claim.' });
    expect(notADelegate.data.domain).toMatchObject({ details: { field: 'metadata.delegateUserId' } });

    const self = await failureOf(claim('dora', '2015SMIT02', 'dora'));
    expect(self.message).toBe('You cannot confirm your own claim; choose another Delegate who knows you.');
    expect(await ticketCount()).toBe(before);
  });

  it('stores the claim and assigns the named Delegate, whom only the parties see', async () => {
    const { id } = await claim('john', '2015smit02', 'dora', 'We met at Euro 2018.');
    const detail = await t.client('dora').tickets.get.query({ ticketId: id });
    expect(detail.ticket).toMatchObject({ state: 'open', status: { name: 'Requested' } });
    expect(detail.stakeholders.map((s) => [s.principal.name, s.connection, s.role])).toEqual([
      ['John Smith', 'cc', 'requester'],
      ['Dora Delegate', 'assigned', 'actioner'],
    ]);
    expect(detail.metadata).toEqual({
      personId: await personId('2015SMIT02'),
      wcaId: '2015SMIT02',
      delegateUserId: userId('dora'),
      requesterUserId: userId('john'),
      message: 'We met at Euro 2018.',
      rejectionReason: null,
      handedTo: [],
    });
    expect(detail.viewer.actingAs[0]!.actions.map((a) => [a.key, a.allowed])).toEqual([
      ['approve', true],
      ['reject', true],
      ['handOver', true],
    ]);
    expect((await failureOf(t.client('dan').tickets.get.query({ ticketId: id }))).code).toBe('NOT_FOUND');
  });
});

describe('claim-wca-id: deciding', () => {
  it('lets only the assigned Delegate approve: the account is linked and the request closes as Approved', async () => {
    const { id } = await claim('john', '2015SMIT02');
    const refusal = 'Only the Delegate this request is assigned to (Dora Delegate) can approve it.';
    const byJohn = await failureOf(t.client('john').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'approve' }));
    expect(byJohn).toMatchObject({ code: 'FORBIDDEN', message: refusal });

    // Dan, another Delegate, does not even see the request until Dora adds him in cc; then he still may not decide.
    await t.client('dora').stakeholders.add.mutate({ ticketId: id, expectedVersion: 1, principal: { kind: 'user', id: userId('dan') }, connection: 'cc', role: 'actioner' });
    const byDan = await failureOf(t.client('dan').actions.run.mutate({ ticketId: id, expectedVersion: 2, action: 'approve' }));
    expect(byDan).toMatchObject({ code: 'FORBIDDEN', message: refusal });
    expect(await personOf('john')).toBeNull();

    await t.client('dora').actions.run.mutate({ ticketId: id, expectedVersion: 2, action: 'approve' });
    expect(await personOf('john')).toBe(await personId('2015SMIT02'));
    expect((await t.client('john').tickets.get.query({ ticketId: id })).ticket).toMatchObject({ state: 'closed', status: { name: 'Approved' } });

    const logs = await logsOf(id);
    expect(logs.map((log) => log.event_type)).toEqual(['ticket.created', 'stakeholder.added', 'action.run', 'ticket.status_changed', 'ticket.state_changed']);
    expect(logs[2]).toMatchObject({
      actor_user_id: userId('dora'),
      acting_stakeholder_id: await stakeholderId(id, 'dora'),
      event: { summary: 'Linked John Smith’s account to the profile John Smith (2015SMIT02).' },
    });

    // Approved is final: the link is made, reopening would not undo it.
    const reopen = await failureOf(t.client('dora').tickets.reopen.mutate({ ticketId: id, expectedVersion: 3 }));
    expect(reopen).toMatchObject({ code: 'FORBIDDEN', message: "A ticket in 'Approved' cannot move to 'Requested'; it cannot move to any other status." });
  });

  it('rejects with the reason kept for the requester, linking nothing', async () => {
    const { id } = await claim('ben', '2016OKAF01');
    const empty = await failureOf(t.client('dora').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'reject', input: { reason: '' } }));
    expect(empty.data.fieldErrors).toEqual([{ path: 'input.reason', message: 'Say why the claim is rejected; the requester reads it.' }]);

    await t.client('dora').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'reject', input: { reason: 'I have never met this competitor.' } });
    expect((await storedClaim(id)).rejection_reason).toBe('I have never met this competitor.');
    expect(await personOf('ben')).toBeNull();
    expect((await t.client('ben').tickets.get.query({ ticketId: id })).ticket).toMatchObject({ state: 'closed', status: { name: 'Rejected' } });
    const logs = await logsOf(id);
    expect(logs.map((log) => log.event_type)).toEqual(['ticket.created', 'action.run', 'metadata.changed', 'ticket.status_changed', 'ticket.state_changed']);
    expect(logs[1]).toMatchObject({ actor_user_id: userId('dora'), event: { summary: 'Rejected the claim to WCA ID 2016OKAF01.' } });
    expect(logs[2]!.event.changes).toEqual([{ field: 'rejectionReason', label: 'rejection reason', before: null, after: 'I have never met this competitor.' }]);
  });

  it('hands over to another Delegate in one step: Dan then approves and Dora no longer can', async () => {
    const { id } = await claim('wes', '2017SOFT01');
    const dora = t.client('dora');
    const handOver = (delegate: DemoLogin, expectedVersion = 1) =>
      dora.actions.run.mutate({ ticketId: id, expectedVersion, action: 'handOver', input: { delegateUserId: userId(delegate) } });
    expect((await failureOf(handOver('dora'))).message).toBe('The request is already assigned to you; choose another Delegate to hand it to.');
    expect((await failureOf(handOver('wes'))).message).toBe('The requester cannot confirm their own claim; choose another Delegate.');
    const notADelegate = await failureOf(handOver('cat'));
    expect(notADelegate).toMatchObject({ code: 'BAD_REQUEST', message: 'Cat Competitions is not one of the Delegates; only a Delegate can confirm a WCA ID claim.' });
    // Named as a field error, so the hand-over form shows it beside the Delegate it asked for.
    expect(notADelegate.data.domain).toMatchObject({ details: { field: 'input.delegateUserId' } });
    expect(notADelegate.data.fieldErrors).toEqual([{ path: 'input.delegateUserId', message: 'Cat Competitions is not one of the Delegates; only a Delegate can confirm a WCA ID claim.' }]);
    const byRequester = await failureOf(t.client('wes').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'handOver', input: { delegateUserId: userId('dan') } }));
    expect(byRequester.message).toBe('Only the Delegate this request is assigned to (Dora Delegate) can hand it over.');

    await handOver('dan');
    expect(await storedClaim(id)).toMatchObject({ delegate_user_id: userId('dan'), handed_to: [userId('dan')] });
    const byDora = await failureOf(dora.actions.run.mutate({ ticketId: id, expectedVersion: 2, action: 'approve' }));
    expect(byDora.code).toBe('FORBIDDEN');
    expect(byDora.message).toMatch(/not act on it, because you are no longer active on it/);
    await t.client('dan').actions.run.mutate({ ticketId: id, expectedVersion: 2, action: 'approve' });
    expect(await personOf('wes')).toBe(await personId('2017SOFT01'));

    const logs = await logsOf(id);
    expect(logs.map((log) => [log.event_type, log.actor_user_id])).toEqual([
      ['ticket.created', userId('wes')],
      ['action.run', userId('dora')],
      ['metadata.changed', userId('dora')],
      ['stakeholder.added', userId('dora')],
      ['stakeholder.deactivated', userId('dora')],
      ['action.run', userId('dan')],
      ['ticket.status_changed', userId('dan')],
      ['ticket.state_changed', userId('dan')],
    ]);
    expect(logs[1]!.event.summary).toBe('Handed the request to Dan Delegate.');
    expect(logs[2]!.event.changes).toEqual([{ field: 'delegateUserId', label: 'Delegate', before: 'Dora Delegate', after: 'Dan Delegate' }]);
    expect(logs[5]!.acting_stakeholder_id).toBe(await stakeholderId(id, 'dan'));
  });

  it('refuses to approve when the profile was linked to someone else meanwhile, changing nothing', async () => {
    const { id } = await claim('cat', '2018COMP01', 'dan');
    await db().run(sql`update users set person_id = ${await personId('2018COMP01')} where id = ${userId('sam')}`);
    const refused = await failureOf(t.client('dan').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'approve' }));
    expect(refused).toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'The WCA ID 2018COMP01 was linked to another account after this request was filed; reject this request.',
    });
    expect(await personOf('cat')).toBeNull();
    expect((await t.client('dan').tickets.get.query({ ticketId: id })).ticket).toMatchObject({ state: 'open', version: 1 });
    expect((await logsOf(id)).map((log) => log.event_type)).toEqual(['ticket.created']);
  });

  it('keeps the status moves to the assigned Delegate, and Approved to the approve action', async () => {
    const { id } = await claim('ben', '2011ADMI01');
    const close = await failureOf(t.client('ben').tickets.close.mutate({ ticketId: id, expectedVersion: 1 }));
    expect(close).toMatchObject({ code: 'FORBIDDEN', message: "Only an assigned stakeholder may move this ticket from 'Requested' to 'Rejected'." });
    const detail = await t.client('dora').tickets.get.query({ ticketId: id });
    const approved = detail.lifecycle.statuses.find((s) => s.name === 'Approved')!;
    const byHand = await failureOf(t.client('dora').tickets.setStatus.mutate({ ticketId: id, expectedVersion: 1, statusId: approved.id }));
    expect(byHand.message).toBe("A ticket in 'Requested' cannot move to 'Approved'; it can move to: 'Rejected', 'Duplicate'.");
    expect(await personOf('ben')).toBeNull();
  });

  it('lets only a Delegate hand the claim on through stakeholders.*: not its requester, nor a site admin who joined', async () => {
    const { id } = await claim('ben', '2011ADMI01');
    const toDan = { ticketId: id, fromStakeholderId: await stakeholderId(id, 'dora'), to: { kind: 'user', id: userId('dan') } };
    const byRequester = await failureOf(t.client('ben').stakeholders.transfer.mutate({ ...toDan, expectedVersion: 1 }));
    expect(byRequester).toMatchObject({ code: 'FORBIDDEN', message: `Only the people working on ticket #${id} or a site admin can hand over Dora Delegate's assignment; you can add people in cc.` });
    const removed = await failureOf(t.client('ben').stakeholders.deactivate.mutate({ ticketId: id, expectedVersion: 1, stakeholderId: toDan.fromStakeholderId }));
    expect(removed.code).toBe('FORBIDDEN');

    const joined = await t.client('sam').stakeholders.join.mutate({ ticketId: id, expectedVersion: 1, role: 'actioner' });
    const byAdmin = await failureOf(t.client('sam').stakeholders.transfer.mutate({ ...toDan, expectedVersion: joined.version }));
    expect(byAdmin).toMatchObject({ code: 'FORBIDDEN', message: `Only Delegates can hand over Dora Delegate's assignment on ticket #${id}.` });
    expect((await t.client('dora').tickets.get.query({ ticketId: id })).stakeholders.filter((s) => s.connection === 'assigned' && s.isActive).map((s) => s.principal.name)).toEqual(['Dora Delegate']);
  });

  it('does not let an assignee who is not a Delegate approve, even after a plain transfer to them', async () => {
    const { id } = await claim('cat', '2016OKAF01');
    await t.client('dora').stakeholders.transfer.mutate({ ticketId: id, expectedVersion: 1, fromStakeholderId: await stakeholderId(id, 'dora'), to: { kind: 'user', id: userId('ben') } });
    const refused = await failureOf(t.client('ben').actions.run.mutate({ ticketId: id, expectedVersion: 2, action: 'approve' }));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: 'Only members of Delegates can approve a WCA ID claim.' });
    expect(await personOf('cat')).toBeNull();
  });
});

describe("claim-wca-id: refusals in the reader's language", () => {
  function claimAs(login: DemoLogin, language: string, wcaId: string, delegate: DemoLogin = 'dora') {
    return t.client(login, language).tickets.create.mutate({ type: 'claim-wca-id', title: `Claim ${wcaId}`, metadata: { wcaId, delegateUserId: userId(delegate) } });
  }

  it('says what the schema and the filing rules refuse in Spanish, beside the field too', async () => {
    const malformed = await failureOf(claimAs('john', 'es-AR, en;q=0.5', '2015-SMIT-02'));
    expect(malformed).toMatchObject({ code: 'BAD_REQUEST', message: 'Un WCA ID tiene 4 cifras, 4 letras y 2 cifras, p. ej. 2015SMIT02.' });
    expect(malformed.data.fieldErrors).toEqual([{ path: 'metadata.wcaId', message: 'Un WCA ID tiene 4 cifras, 4 letras y 2 cifras, p. ej. 2015SMIT02.' }]);

    const unknown = await failureOf(claimAs('ben', 'es', '2099ZZZZ01'));
    const sentence = 'Ningún competidor tiene el WCA ID 2099ZZZZ01; compruébalo en tu página de resultados.';
    expect(unknown).toMatchObject({ code: 'BAD_REQUEST', message: sentence });
    expect(unknown.data.fieldErrors).toEqual([{ path: 'metadata.wcaId', message: sentence }]);
    expect(unknown.data.domain).toMatchObject({ code: 'claim_wca_id.unknown_wca_id', details: { field: 'metadata.wcaId' } });

    // A rule that names no field: the answer alone.
    const alreadyLinked = await failureOf(claimAs('rita', 'es', '2016OKAF01'));
    expect(alreadyLinked).toMatchObject({ code: 'PRECONDITION_FAILED', message: 'Tu cuenta ya está vinculada al WCA ID 2019LOPE01; una cuenta solo puede tener un perfil de competidor.' });
    expect(alreadyLinked.data.domain).toMatchObject({ code: 'claim_wca_id.requester_already_linked' });
  });

  it('says what a hand-over refuses in Polish: its input schema and its rules, beside the Delegate asked for', async () => {
    const { id } = await claim('ben', '2011ADMI01');
    const handOver = (delegateUserId: number) =>
      failureOf(t.client('dora', 'pl-PL').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'handOver', input: { delegateUserId } }));
    const noDelegate = await handOver(-1);
    expect(noDelegate).toMatchObject({ code: 'BAD_REQUEST', message: 'Wybierz Delegata, któremu chcesz przekazać wniosek.' });
    expect(noDelegate.data.fieldErrors).toEqual([{ path: 'input.delegateUserId', message: 'Wybierz Delegata, któremu chcesz przekazać wniosek.' }]);

    const notADelegate = await handOver(userId('cat'));
    const sentence = 'Cat Competitions nie należy do grupy Delegates; tylko Delegat może potwierdzić wniosek o WCA ID.';
    expect(notADelegate).toMatchObject({ code: 'BAD_REQUEST', message: sentence });
    expect(notADelegate.data.fieldErrors).toEqual([{ path: 'input.delegateUserId', message: sentence }]);
    expect(notADelegate.data.domain).toMatchObject({ code: 'claim_wca_id.not_a_delegate', details: { field: 'input.delegateUserId' } });
    expect((await handOver(userId('dora'))).message).toBe('Ten wniosek jest już przypisany tobie; wybierz innego Delegata, któremu go przekażesz.');
    expect((await handOver(99_999)).message).toBe('Nie ma użytkownika nr 99999; wybierz członka grupy Delegates.');
    // The same rule for an English reader, as before; the id as given, not formatted as a number.
    const english = await failureOf(t.client('dora').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'handOver', input: { delegateUserId: 99_999 } }));
    expect(english.message).toBe('There is no user #99999; choose one of the Delegates.');
  });
});
