import { sql } from '@tickets/plugin-kit/server';
import { failureOf, sqlOf, startTestApi } from '@tickets/server/testing';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import server from '../src/server/index.js';

const t = await startTestApi({}, [server]);
const db = () => sqlOf(t.api.services.orm.em.fork());
const report = { page: 'https://www.worldcubeassociation.org/results', description: 'The results page shows a 404.' };

describe('bug-report: through the API, on a real database', () => {
  it('goes Reported → Confirmed → Fixed through WST’s actions, storing the note and logging each step', async () => {
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'bug-report', title: 'Results page broken', metadata: report });
    const wes = t.client('wes');
    expect((await wes.tickets.get.query({ ticketId: id })).ticket.status.name).toBe('Reported');

    await wes.actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'confirm', input: { note: 'Reproduced on Firefox.' } });
    expect((await wes.tickets.get.query({ ticketId: id })).ticket).toMatchObject({ state: 'open', status: { name: 'Confirmed' } });
    await wes.actions.run.mutate({ ticketId: id, expectedVersion: 2, action: 'markFixed', input: {} });
    expect((await t.client('rita').tickets.get.query({ ticketId: id })).ticket).toMatchObject({ state: 'closed', status: { name: 'Fixed' } });

    const row = await db().one(sql`select m.note from tickets t join tickets_bug_report m on m.id = t.metadata_id where t.id = ${id}`, z.object({ note: z.string() }));
    expect(row.note).toBe('Reproduced on Firefox.');
    const logs = await db().rows(sql`select event_type from ticket_logs where ticket_id = ${id} order by id`, z.object({ event_type: z.string() }));
    expect(logs.map((log) => log.event_type)).toEqual([
      'ticket.created',
      'action.run',
      'metadata.changed',
      'ticket.status_changed',
      'action.run',
      'ticket.status_changed',
      'ticket.state_changed',
    ]);
  });

  it('assigns WST, refuses the requester naming who may act, and keeps the requester from moving the status', async () => {
    // An http page is a web page too.
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'bug-report', title: 'Blank page', metadata: { ...report, page: 'http://example.org/results' } });
    const detail = await t.client('rita').tickets.get.query({ ticketId: id });
    expect(detail.stakeholders.map((s) => [s.principal.kind, s.principal.name, s.connection, s.role])).toEqual([
      ['user', 'Rita Lopes', 'cc', 'requester'],
      ['group', 'WST', 'assigned', 'actioner'],
    ]);
    const refused = await failureOf(t.client('rita').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'confirm', input: {} }));
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe('Only members of WST can confirm a bug.');
    const fixed = detail.lifecycle.statuses.find((s) => s.name === 'Fixed')!;
    const move = await failureOf(t.client('rita').tickets.setStatus.mutate({ ticketId: id, expectedVersion: 1, statusId: fixed.id }));
    expect(move.code).toBe('FORBIDDEN');
  });

  it('refuses a page that is no web address (http or https) and a description too short, with the field errors', async () => {
    for (const page of ['the results page', 'javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd']) {
      const failure = await failureOf(t.client('rita').tickets.create.mutate({ type: 'bug-report', title: 'x', metadata: { page, description: 'broken' } }));
      expect(failure.data.fieldErrors).toEqual([
        { path: 'metadata.page', message: 'Paste the address of the page where it happens.' },
        { path: 'metadata.description', message: 'Describe what happens in a sentence or two.' },
      ]);
    }
  });

  it("says what its schemas refuse in the reader's language, beside the field and as the answer", async () => {
    const spanish = await failureOf(t.client('rita', 'es-AR, en;q=0.5').tickets.create.mutate({ type: 'bug-report', title: 'x', metadata: { ...report, page: 'la página de resultados' } }));
    expect(spanish).toMatchObject({ code: 'BAD_REQUEST', message: 'Pega la dirección de la página donde ocurre.' });
    expect(spanish.data.fieldErrors).toEqual([{ path: 'metadata.page', message: 'Pega la dirección de la página donde ocurre.' }]);
    // Two fields: each beside its field, the answer naming them.
    const polish = await failureOf(t.client('rita', 'pl-PL').tickets.create.mutate({ type: 'bug-report', title: 'x', metadata: { page: 'strona wyników', description: 'psuje się' } }));
    expect(polish.data.fieldErrors).toEqual([
      { path: 'metadata.page', message: 'Wklej adres strony, na której to się dzieje.' },
      { path: 'metadata.description', message: 'Opisz w zdaniu lub dwóch, co się dzieje.' },
    ]);
    expect(polish.message).toBe('metadata.page: Wklej adres strony, na której to się dzieje. metadata.description: Opisz w zdaniu lub dwóch, co się dzieje.');
    // An action's input too.
    const { id } = await t.client('rita').tickets.create.mutate({ type: 'bug-report', title: 'Notes', metadata: report });
    const note = await failureOf(t.client('wes', 'es').actions.run.mutate({ ticketId: id, expectedVersion: 1, action: 'confirm', input: { note: 'x'.repeat(501) } }));
    expect(note.data.fieldErrors).toEqual([{ path: 'input.note', message: 'Una nota puede tener como máximo 500 caracteres.' }]);
  });
});
