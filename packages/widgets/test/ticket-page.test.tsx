import { definePlayground, isActionFailure, LanguageProvider, loadMessages, type PlaygroundProps } from '@tickets/plugin-kit/widget';
import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CONFLICT_MESSAGE } from '../src/api/errors.js';
import { ConnectedTicketPage } from '../src/connected/ConnectedTicketPage.js';
import { CORE_BUNDLES } from '../src/i18n/core-bundles.js';
import { apiError, createFakeApi, status, ticketDetail, ticketDetailActingAsSeveral, ticketDetailReadOnly } from '../src/fixtures/index.js';
import { renderConnected } from './render.js';

async function openedPage(options: Parameters<typeof renderConnected>[1] = {}, props: Partial<Parameters<typeof ConnectedTicketPage>[0]> = {}) {
  const rendered = renderConnected(<ConnectedTicketPage ticketId={12} {...props} />, options);
  await screen.findByRole('heading', { name: 'Correct my date of birth' });
  await screen.findByRole('article', { name: 'Comment by Ana Kowalska on behalf of WRT' });
  return rendered;
}

describe('ConnectedTicketPage', () => {
  it('says it is loading, then shows the ticket, its timeline and its people', async () => {
    renderConnected(<ConnectedTicketPage ticketId={12} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading ticket #12…');
    expect(await screen.findByRole('heading', { level: 2, name: 'Correct my date of birth' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Status: In progress (in progress)' })).toBeInTheDocument();
    expect(screen.getByText('#12 · Edit person')).toBeInTheDocument();
    // "Opened by Rita Lopes 3 minutes ago", never "… on 3 minutes ago": the time reads relative.
    expect(screen.getByText(/^Opened by Rita Lopes/)).not.toHaveTextContent(/Opened by Rita Lopes on /);
    expect(await screen.findByText('Ana Kowalska changed the status from To do to In progress on behalf of WRT.')).toBeInTheDocument();
    // The timeline names the type by its title, as the page does, not by its key.
    expect(screen.getByText("Rita Lopes created this Edit person ticket 'Correct my date of birth' with status To do.")).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'People' })).toHaveTextContent('WRT');
    expect(screen.getByRole('button', { name: 'Comment on behalf of WRT' })).toBeInTheDocument();
  });

  it('says in words when the ticket is missing or hidden', async () => {
    renderConnected(<ConnectedTicketPage ticketId={99} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Ticket #99 does not exist, or you may not see it.');
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('moves the status at once, sending the version it holds and whom the viewer acts as', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({ latencyMs: 30 });
    await openedPage({ api });
    await user.click(screen.getByRole('button', { name: 'Change status' }));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    // Shown before the server answers.
    expect(screen.getByRole('img', { name: 'Status: Done (done)' })).toBeInTheDocument();
    expect(screen.getByText('Closed')).toBeInTheDocument();
    await screen.findByText('Ana Kowalska changed the status from In progress to Done and closed the ticket on behalf of WRT.');
    expect(api.calls.find((call) => call.path === 'tickets.setStatus')?.input).toEqual({ ticketId: 12, expectedVersion: 4, actingAs: 12, statusId: 3 });
    expect(api.detail.ticket.version).toBe(5);
  });

  it('on CONFLICT reloads the ticket and says so in words', async () => {
    const user = userEvent.setup();
    const api = createFakeApi();
    await openedPage({ api });
    api.changeElsewhere();
    await user.click(screen.getByRole('button', { name: 'Change status' }));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(CONFLICT_MESSAGE);
    expect(CONFLICT_MESSAGE).toBe('Someone else changed this ticket; it has been reloaded. Your change was not saved.');
    // Rolled back to what the server has, and reloaded: the next change goes out with the new version.
    expect(screen.getByRole('img', { name: 'Status: In progress (in progress)' })).toBeInTheDocument();
    await waitFor(() => expect(api.calls.filter((call) => call.path === 'tickets.get')).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    await user.click(screen.getByRole('button', { name: 'Change status' }));
    await user.click(screen.getByRole('button', { name: 'Done' }));
    await screen.findByText('Ana Kowalska changed the status from In progress to Done and closed the ticket on behalf of WRT.');
    expect(api.calls.filter((call) => call.path === 'tickets.setStatus').map((call) => (call.input as { expectedVersion: number }).expectedVersion)).toEqual([4, 5]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says a conflict in the reader’s language, not in English', async () => {
    await loadMessages(CORE_BUNDLES, ['es']);
    const user = userEvent.setup();
    const api = createFakeApi();
    renderConnected(
      <LanguageProvider wanted={['es']} locale="es">
        <ConnectedTicketPage ticketId={12} />
      </LanguageProvider>,
      { api },
    );
    await screen.findByRole('heading', { name: 'Correct my date of birth' });
    api.changeElsewhere();
    await user.click(screen.getByRole('button', { name: 'Cambiar situación' }));
    await user.click(screen.getByRole('button', { name: 'Hecho' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Otra persona cambió este ticket; se ha vuelto a cargar. Tu cambio no se guardó.');
  });

  it('shows another refusal in the server’s words and keeps what was typed', async () => {
    const user = userEvent.setup();
    const api = createFakeApi();
    await openedPage({ api });
    api.failNext('comments.add', apiError('FORBIDDEN', 'WRT is no longer active on this ticket; only active stakeholders can act.'));
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Done.');
    await user.click(screen.getByRole('button', { name: 'Comment on behalf of WRT' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('WRT is no longer active on this ticket; only active stakeholders can act.');
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue('Done.');
    expect(screen.queryByText('Done.', { selector: 'p' })).toBeNull();
  });

  it('adds a comment on behalf of the chosen stakeholder', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({ detail: ticketDetailActingAsSeveral(), latencyMs: 20 });
    await openedPage({ api });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Act as' }), '14');
    // Speaking for herself: no "on behalf of".
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'I will check the *results* too.');
    await user.click(screen.getByRole('button', { name: 'Comment' }));
    // Shown at once, marked as sending.
    const pending = await screen.findByRole('article', { name: 'Comment by Ana Kowalska' });
    expect(pending).toHaveTextContent('sending…');
    await waitFor(() => expect(screen.getByRole('article', { name: 'Comment by Ana Kowalska' })).not.toHaveTextContent('sending…'));
    expect(screen.getByRole('article', { name: 'Comment by Ana Kowalska' }).querySelector('em')).toHaveTextContent('results');
    expect(api.calls.find((call) => call.path === 'comments.add')?.input).toMatchObject({ actingAs: 14, body: 'I will check the *results* too.' });
    expect(screen.getByRole('textbox', { name: 'Comment' })).toHaveValue('');
  });

  it('removes and hands over people optimistically', async () => {
    const user = userEvent.setup();
    const api = createFakeApi();
    await openedPage({ api });
    const people = screen.getByRole('region', { name: 'People' });
    const active = () => within(people).getAllByRole('list')[0]!;
    const past = () => within(people).getAllByRole('list')[1]!;

    await user.click(within(people).getByRole('button', { name: 'Remove Rita Lopes' }));
    expect(past()).toHaveTextContent('Rita Lopes');
    await waitFor(() => expect(api.calls.filter((call) => call.path === 'tickets.get')).toHaveLength(2));
    expect(api.calls.find((call) => call.path === 'stakeholders.deactivate')?.input).toEqual({ ticketId: 12, expectedVersion: 4, actingAs: 12, stakeholderId: 11 });

    await user.click(within(people).getByRole('button', { name: "Hand over WRT's assignment" }));
    await user.type(within(people).getByRole('combobox', { name: "Hand over WRT's assignment to" }), 'wst');
    await user.click(await within(people).findByRole('option', { name: 'WST WCA Software Team' }));
    await user.click(within(people).getByRole('button', { name: 'Hand over' }));
    // The new assignee is active at once, by the name chosen; WRT's assignment is kept, inactive, under "Past".
    expect(active()).toHaveTextContent('WSTteam · works on this · responsible for it');
    expect(api.calls.find((call) => call.path === 'stakeholders.candidates')?.input).toEqual({ ticketId: 12, actingAs: 12, query: 'wst' });
    expect(past()).toHaveTextContent('WRT');
    expect(api.calls.find((call) => call.path === 'stakeholders.transfer')?.input).toEqual({ ticketId: 12, expectedVersion: 5, actingAs: 12, fromStakeholderId: 12, to: { kind: 'group', id: 2 } });
    // No longer acting for WRT, Ana may now only read.
    expect(await screen.findByText('You can read this ticket but not act on it.')).toBeInTheDocument();
  });

  it('shows no comment box or status choice to a viewer who cannot act', async () => {
    renderConnected(<ConnectedTicketPage ticketId={12} />, { detail: ticketDetailReadOnly() });
    await screen.findByRole('heading', { name: 'Correct my date of birth' });
    expect(screen.getByText('You can read this ticket but not act on it.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Change status' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add people' })).toBeNull();
  });
});

describe('playgrounds on the ticket page', () => {
  function ActionerView({ ticket, metadata, actions, runAction, busy }: PlaygroundProps<{ field: string; to: string }>) {
    const [failure, setFailure] = useState<string | null>(null);
    return (
      <div>
        <p>
          Change {metadata.field} to {metadata.to} for ticket #{ticket.id} as {ticket.actingAs.name}
        </p>
        {actions.map((action) => (
          <button
            key={action.key}
            type="button"
            disabled={!action.allowed || busy}
            title={action.reason ?? undefined}
            onClick={() => runAction(action.key, { note: 'checked' }).catch((error: unknown) => setFailure(isActionFailure(error) ? `${error.code}: ${error.message}` : 'unknown'))}
          >
            {action.title}
          </button>
        ))}
        {failure && <p>{failure}</p>}
      </div>
    );
  }
  const editPerson = definePlayground<{ field: string; to: string }>({ type: 'edit-person', views: { actioner: ActionerView, requester: null } });

  it('shows the type’s view for the viewer’s role, with its metadata and actions, and runs an action', async () => {
    const user = userEvent.setup();
    const api = createFakeApi();
    await openedPage({ api }, { playgrounds: [editPerson] });
    const playground = screen.getByRole('region', { name: 'Edit person' });
    expect(playground).toHaveTextContent('Change dateOfBirth to 1998-04-12 for ticket #12 as WRT');
    expect(within(playground).getByRole('button', { name: 'Refresh old values' })).toBeDisabled();
    await user.click(within(playground).getByRole('button', { name: 'Apply as a fix' }));
    await screen.findByText("Ana Kowalska ran 'Apply as a fix' on behalf of WRT.");
    expect(api.calls.find((call) => call.path === 'actions.run')?.input).toEqual({ ticketId: 12, expectedVersion: 4, actingAs: 12, action: 'applyAsFix', input: { note: 'checked' } });
  });

  it('hands the playground the refusal with its code and field errors', async () => {
    const user = userEvent.setup();
    const api = createFakeApi();
    await openedPage({ api }, { playgrounds: [editPerson] });
    api.failNext('actions.run', apiError('BAD_REQUEST', 'Give a note.', { fieldErrors: [{ path: 'input.note', message: 'Give a note.' }] }));
    await user.click(screen.getByRole('button', { name: 'Apply as a fix' }));
    expect(await screen.findByText('BAD_REQUEST: Give a note.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Give a note.');
  });

  it('shows nothing for a role without a view', async () => {
    const detail = ticketDetail();
    const asRequester = { ...detail, viewer: { ...detail.viewer, canAct: true, actingAs: [{ ...detail.viewer.actingAs[0]!, role: 'requester' as const }] } };
    await openedPage({ detail: asRequester }, { playgrounds: [editPerson] });
    expect(screen.queryByRole('region', { name: 'Edit person' })).toBeNull();
  });

  it('keeps the page working when a plugin’s view throws', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = definePlayground({
      type: 'edit-person',
      views: {
        actioner: () => {
          throw new Error('plugin bug');
        },
      },
    });
    await openedPage({}, { playgrounds: [broken] });
    expect(screen.getByRole('alert')).toHaveTextContent('The Edit person part of this page could not be shown. The rest of the ticket works as usual.');
    expect(screen.getByRole('button', { name: 'Comment on behalf of WRT' })).toBeInTheDocument();
    errors.mockRestore();
  });

  it('uses the lifecycle of the fixture', () => {
    expect(status('Done').state).toBe('closed');
  });
});
