// The results-posting workflow through the whole API on a real database, with the demo directory:
// Dora delegates Porto Open 2026, Dan delegates Warsaw Spring 2026, Olga organises Porto (no
// Delegate), Ana and Ben are in the results team (WRT).
import { sql } from '@tickets/plugin-kit/server';
import { type DemoLogin, failureOf, sqlOf, startTestApi } from '@tickets/server/testing';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import server from '../src/server/index.js';

const t = await startTestApi({}, [server]);
const db = () => sqlOf(t.api.services.orm.em.fork());
const PORTO = 1;

/** Dora submits Porto's results; the ticket as she then sees it. */
async function doraSubmits(newcomers: string[] = ['Maria Newcomer', 'Rita Lopes']) {
  const { id } = await t.client('dora').tickets.create.mutate({
    type: 'competition-result',
    title: 'Porto Open 2026 results',
    metadata: { competitionId: PORTO, results: 412, scrambles: 36, newcomers },
  });
  return id;
}

async function detail(login: DemoLogin, ticketId: number) {
  return t.client(login).tickets.get.query({ ticketId });
}

/** The id of the active stakeholder of this name, as `login` sees the ticket. */
async function stakeholder(login: DemoLogin, ticketId: number, name: string) {
  const found = (await detail(login, ticketId)).stakeholders.find((s) => s.isActive && s.principal.name === name);
  if (!found) throw new Error(`No active stakeholder ${name} on ticket #${ticketId}`);
  return found.id;
}

/** Runs an action as `login` acting for the stakeholder named `as`, at the ticket's current version; as a reader of `language` when given. */
async function run(login: DemoLogin, ticketId: number, as: string, action: string, input: Record<string, unknown> = {}, language?: string) {
  const current = await detail(login, ticketId);
  return t.client(login, language).actions.run.mutate({ ticketId, expectedVersion: current.ticket.version, actingAs: await stakeholder(login, ticketId, as), action, input });
}

const postings = (ticketId: number) =>
  db().rows(sql`select step, submission from competition_result_postings where ticket_id = ${ticketId} order by id`, z.object({ step: z.string(), submission: z.number() }));

describe('competition-result: submitting', () => {
  it("starts with the Delegate, the competition and WRT; only the competition's Delegates and WRT see it", async () => {
    const id = await doraSubmits();
    const { stakeholders, ticket } = await detail('dora', id);
    expect(stakeholders.map((s) => [s.principal.kind, s.principal.name, s.connection, s.role])).toEqual([
      ['user', 'Dora Delegate', 'cc', 'requester'],
      ['group', 'WRT', 'assigned', 'actioner'],
      ['competition', 'Porto Open 2026', 'cc', 'requester'],
    ]);
    expect(ticket.status.name).toBe('Submitted');
    await expect(detail('ben', id)).resolves.toBeTruthy();
    for (const outsider of ['dan', 'olga'] as const) expect((await failureOf(detail(outsider, id))).code).toBe('NOT_FOUND');
  });

  it("mails the competition's Delegates, never another competition's", async () => {
    const id = await doraSubmits();
    const received = `ticket:${id}:received`;
    // The outbox writer runs after the commit: wait until it has written this ticket's mails.
    for (;;) {
      const pending = await db().one(sql`select count(*)::int as n from ticket_logs where ticket_id = ${id} and mail_pending is not null`, z.object({ n: z.number() }));
      if (pending.n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const rows = await db().rows(sql`select recipient, cc from mail_outbox where event_key = ${received}`, z.object({ recipient: z.string(), cc: z.array(z.object({ address: z.string() })) }));
    // Dora filed it and delegates the competition: one mail to her, the results team in cc.
    expect(rows.map((row) => [row.recipient, row.cc.map((box) => box.address)])).toEqual([['dora@example.org', ['results@example.org']]]);
  });

  it("refuses a Delegate submitting another competition's results, on the field", async () => {
    const failure = await failureOf(
      t.client('dan').tickets.create.mutate({ type: 'competition-result', title: 'Not mine', metadata: { competitionId: PORTO, results: 10, scrambles: 1 } }),
    );
    expect(failure.code).toBe('FORBIDDEN');
    expect(failure.data.fieldErrors).toEqual([{ path: 'metadata.competitionId', message: 'Only a Delegate of the competition can submit its results.' }]);
  });

  it('refuses to move the status by hand: only the posting actions move it', async () => {
    const id = await doraSubmits();
    const current = await detail('ana', id);
    const posted = current.lifecycle.statuses.find((s) => s.name === 'Posted')!;
    const failure = await failureOf(t.client('ana').tickets.setStatus.mutate({ ticketId: id, expectedVersion: current.ticket.version, statusId: posted.id }));
    expect(failure.code).toBe('FORBIDDEN');
    expect((await detail('ana', id)).ticket.status.name).toBe('Submitted');
  });
});

describe('competition-result: posting', () => {
  it('goes from Submitted to Posted through every step in order, by the member who holds the lock', async () => {
    const id = await doraSubmits();
    await run('ana', id, 'WRT', 'lockForPosting');
    const locked = await detail('ben', id);
    expect(locked.ticket.status.name).toBe('Locked for posting');
    expect(locked.stakeholders.filter((s) => s.isActive && s.connection === 'assigned').map((s) => s.principal.name)).toEqual(['WRT', 'Ana Kowalska']);

    // Ben sees who holds it and may not work on it.
    const refused = await failureOf(run('ben', id, 'WRT', 'verifyWarnings'));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe('Ana Kowalska holds this competition for posting; take it over first.');
    // Steps go in order.
    const early = await failureOf(run('ana', id, 'Ana Kowalska', 'post'));
    expect(early.message).toBe('"Verify the warnings" comes first.');

    const statuses: string[] = [];
    for (const step of ['verifyWarnings', 'mergeInboxResults', 'mergeInboxScrambles', 'verifyNewcomers', 'createWcaIds', 'post']) {
      await run('ana', id, 'Ana Kowalska', step);
      statuses.push((await detail('ana', id)).ticket.status.name);
    }
    expect(statuses).toEqual(['Warnings verified', 'Inbox results merged', 'Inbox scrambles merged', 'Newcomers verified', 'WCA IDs created', 'Posted']);
    const done = await detail('dora', id);
    expect(done.ticket.state).toBe('closed');
    expect(done.metadata).toMatchObject({ wcaIds: [`${new Date().getUTCFullYear()}NEWC01`, `${new Date().getUTCFullYear()}LOPE02`], lock: null });
    expect((await postings(id)).map((row) => row.step)).toEqual(['merge-results', 'merge-scrambles', 'create-wca-ids', 'post']);
    const summaries = await db().rows(
      sql`select event->>'summary' as summary from ticket_logs where ticket_id = ${id} and event_type = 'action.run' order by id`,
      z.object({ summary: z.string() }),
    );
    expect(summaries.map((row) => row.summary)).toContain('Verified 2 newcomers; check Rita Lopes: the name is in the database already.');
  });

  it('skips the newcomer steps when there are none', async () => {
    const id = await doraSubmits([]);
    await run('ana', id, 'WRT', 'lockForPosting');
    for (const step of ['verifyWarnings', 'mergeInboxResults', 'mergeInboxScrambles']) await run('ana', id, 'Ana Kowalska', step);
    const skipped = await failureOf(run('ana', id, 'Ana Kowalska', 'createWcaIds'));
    expect(skipped.message).toBe('This submission has no newcomers; the step does not apply.');
    await run('ana', id, 'Ana Kowalska', 'post');
    expect((await detail('ana', id)).ticket.status.name).toBe('Posted');
  });

  it('lets another member take over only by a logged hand-over', async () => {
    const id = await doraSubmits();
    await run('ana', id, 'WRT', 'lockForPosting');
    await run('ben', id, 'WRT', 'takeOver');
    const after = await detail('ben', id);
    expect(after.metadata).toMatchObject({ lock: { userId: 4, name: 'Ben Okafor' } });
    expect(after.stakeholders.filter((s) => s.principal.kind === 'user' && s.connection === 'assigned').map((s) => [s.principal.name, s.isActive])).toEqual([
      ['Ana Kowalska', false],
      ['Ben Okafor', true],
    ]);
    const events = await db().rows(sql`select event_type from ticket_logs where ticket_id = ${id} order by id`, z.object({ event_type: z.string() }));
    expect(events.map((e) => e.event_type).slice(-3)).toEqual(['action.run', 'stakeholder.added', 'stakeholder.deactivated']);
    expect((await failureOf(run('ana', id, 'WRT', 'verifyWarnings'))).message).toBe('Ben Okafor holds this competition for posting; take it over first.');
    await run('ben', id, 'Ben Okafor', 'verifyWarnings');
  });

  it("aborts with a reason, and only the competition's Delegates submit again", async () => {
    const id = await doraSubmits();
    await run('ana', id, 'WRT', 'lockForPosting');
    await run('ana', id, 'Ana Kowalska', 'abort', { reason: 'The 3x3 round 2 results are missing.' });
    const aborted = await detail('dora', id);
    expect(aborted.ticket).toMatchObject({ state: 'closed', status: { name: 'Aborted' } });

    expect((await failureOf(run('ben', id, 'WRT', 'resubmit', { results: 420, scrambles: 36, newcomers: [] }))).message).toBe(
      "Only the competition's Delegates can submit its results again.",
    );
    await run('dora', id, 'Porto Open 2026', 'resubmit', { results: 420, scrambles: 36, newcomers: [] });
    const again = await detail('dora', id);
    expect(again.ticket).toMatchObject({ state: 'open', status: { name: 'Submitted' } });
    expect(again.metadata).toMatchObject({ submissions: 2, results: 420, done: [], lock: null, abortReason: null });
    expect((await failureOf(detail('dan', id))).code).toBe('NOT_FOUND');
  });
});

describe("competition-result: refusing in the reader's language", () => {
  it('says what its schema refuses of a field in Spanish and Polish, and in English as before', async () => {
    const metadata = { competitionId: PORTO, results: 0, scrambles: 36 };
    const spanish = await failureOf(t.client('dora', 'es-ES').tickets.create.mutate({ type: 'competition-result', title: 'Porto', metadata }));
    expect(spanish).toMatchObject({ code: 'BAD_REQUEST', message: 'Envía al menos un resultado.' });
    expect(spanish.data['fieldErrors']).toEqual([{ path: 'metadata.results', message: 'Envía al menos un resultado.' }]);
    const polish = await failureOf(t.client('dora', 'pl').tickets.create.mutate({ type: 'competition-result', title: 'Porto', metadata: { ...metadata, results: 100_001 } }));
    expect(polish).toMatchObject({ code: 'BAD_REQUEST', message: 'Zawody mogą mieć co najwyżej 100\u00a0000 wyników.' });
    expect(polish.data['fieldErrors']).toEqual([{ path: 'metadata.results', message: 'Zawody mogą mieć co najwyżej 100\u00a0000 wyników.' }]);
    const english = await failureOf(t.client('dora').tickets.create.mutate({ type: 'competition-result', title: 'Porto', metadata }));
    expect(english.data['fieldErrors']).toEqual([{ path: 'metadata.results', message: 'Submit at least one result.' }]);

    // An action's input too: aborting without saying why.
    const id = await doraSubmits();
    await run('ana', id, 'WRT', 'lockForPosting');
    const why = 'Napisz w jednym zdaniu, dlaczego publikacja zostaje zatrzymana; Delegaci przeczytają je, żeby poprawić przesłane wyniki.';
    const abort = await failureOf(run('ana', id, 'Ana Kowalska', 'abort', { reason: 'Bo tak.' }, 'pl-PL'));
    expect(abort).toMatchObject({ code: 'BAD_REQUEST', message: why });
    expect(abort.data['fieldErrors']).toEqual([{ path: 'input.reason', message: why }]);
  });

  it('says its own rules in Spanish and Polish, beside the field, with the same code', async () => {
    const notMine = { type: 'competition-result', title: 'Not mine', metadata: { competitionId: PORTO, results: 10, scrambles: 1 } };
    const spanish = await failureOf(t.client('dan', 'es').tickets.create.mutate(notMine));
    expect(spanish).toMatchObject({ code: 'FORBIDDEN', message: 'Solo los Delegados de la competición pueden enviar sus resultados.' });
    expect(spanish.data['fieldErrors']).toEqual([{ path: 'metadata.competitionId', message: 'Solo los Delegados de la competición pueden enviar sus resultados.' }]);
    expect(spanish.data['domain']).toMatchObject({ code: 'competition_result.not_a_delegate' });
    const polish = await failureOf(t.client('dan', 'pl').tickets.create.mutate(notMine));
    expect(polish).toMatchObject({ code: 'FORBIDDEN', message: 'Tylko Delegaci zawodów mogą przesłać ich wyniki.' });
    expect(polish.data['fieldErrors']).toEqual([{ path: 'metadata.competitionId', message: 'Tylko Delegaci zawodów mogą przesłać ich wyniki.' }]);

    // A site admin may file for any competition, but not one that does not exist; the id is said as written.
    const unknown = { type: 'competition-result', title: 'Nowhere', metadata: { competitionId: 12_345, results: 10, scrambles: 1 } };
    const missing = await failureOf(t.client('sam', 'es').tickets.create.mutate(unknown));
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: 'No existe la competición n.º 12345.' });
    expect(missing.data['fieldErrors']).toEqual([{ path: 'metadata.competitionId', message: 'No existe la competición n.º 12345.' }]);
    expect((await failureOf(t.client('sam', 'pl').tickets.create.mutate(unknown))).message).toBe('Nie ma zawodów nr 12345.');
    expect((await failureOf(t.client('sam').tickets.create.mutate(unknown))).message).toBe('There is no competition #12345.');
  });

  it('refuses locking a competition someone else holds in Polish', async () => {
    const id = await doraSubmits();
    await run('ana', id, 'WRT', 'lockForPosting');
    const refused = await failureOf(run('ben', id, 'WRT', 'lockForPosting', {}, 'pl'));
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: 'Zawody są już zablokowane.' });
  });
});
