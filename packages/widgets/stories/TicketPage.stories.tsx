import type { Meta, StoryObj } from '@storybook/react-vite';
import { definePlayground, isActionFailure, type PlaygroundProps } from '@tickets/plugin-kit/widget';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CONFLICT_MESSAGE } from '../src/api/errors.js';
import { ConnectedTicketPage } from '../src/connected/ConnectedTicketPage.js';
import { apiError, PEOPLE, ticketDetailActingAsSeveral, ticketDetailMovable, ticketDetailReadOnly } from '../src/fixtures/index.js';
import { fakeApi, loadedApi, NEVER, withFakeApi } from './support.js';

/** What an edit-person ticket stores (see the fixtures' `ticketDetail().metadata`). */
interface EditPersonMetadata {
  field: string;
  from: string;
  to: string;
}

/** A small playground for edit-person tickets, as a plugin would register it: the actioner's review. */
function ReviewChange({ ticket, metadata, actions, runAction, busy }: PlaygroundProps<EditPersonMetadata>) {
  const [outcome, setOutcome] = useState<string | null>(null);
  return (
    <div className="tk-form">
      <p>
        Change <span className="tk-strong">{metadata.field}</span> from {metadata.from} to {metadata.to} (ticket #{ticket.id}, as {ticket.actingAs.name}).
      </p>
      <div className="tk-row">
        {actions.map((action) => (
          <button
            key={action.key}
            type="button"
            className="tk-button"
            disabled={!action.allowed || busy}
            title={action.reason ?? action.description ?? undefined}
            onClick={() =>
              runAction(action.key, {}).then(
                () => setOutcome(`${action.title}: done.`),
                (error: unknown) => setOutcome(isActionFailure(error) ? error.message : 'Something went wrong.'),
              )
            }
          >
            {action.title}
          </button>
        ))}
      </div>
      {outcome && <p role="status">{outcome}</p>}
    </div>
  );
}

const editPerson = definePlayground<EditPersonMetadata>({ type: 'edit-person', views: { actioner: ReviewChange, requester: null } });

const meta = {
  title: 'Widgets/TicketPage',
  component: ConnectedTicketPage,
  args: { ticketId: 12, headingLevel: 2 },
  loaders: [fakeApi()],
  decorators: [withFakeApi],
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof ConnectedTicketPage>;

export default meta;
type Story = StoryObj<typeof meta>;

const TITLE = 'Correct my date of birth';

/** Ticket #12 over the fake API, without a playground for its type. */
export const WithoutPlayground: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: TITLE })).toBeVisible();
    await expect(await canvas.findByRole('article', { name: 'Comment by Ana Kowalska on behalf of WRT' })).toBeVisible();
    await expect(canvas.queryByRole('region', { name: 'Edit person' })).toBeNull();
  },
};

/** With the edit-person playground registered: the actioner's review, running an action. */
export const WithPlayground: Story = {
  args: { playgrounds: [editPerson] },
  play: async (context) => {
    const { canvas } = context;
    const { api } = loadedApi(context);
    const playground = await canvas.findByRole('region', { name: 'Edit person' });
    await expect(playground).toHaveTextContent('Change dateOfBirth from 1998-04-21 to 1998-04-12');
    await expect(within(playground).getByRole('button', { name: 'Refresh old values' })).toBeDisabled();
    await userEvent.click(within(playground).getByRole('button', { name: 'Apply as a fix' }));
    await expect(await within(playground).findByRole('status')).toHaveTextContent('Apply as a fix: done.');
    await expect(api.calls.find((call) => call.path === 'actions.run')?.input).toMatchObject({ ticketId: 12, action: 'applyAsFix', actingAs: 12 });
  },
};

/** The ticket is on its way. */
export const Loading: Story = {
  loaders: [fakeApi({ latencyMs: NEVER })],
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading ticket #12…');
  },
};

/** The API failed: said in its words, with "Try again". */
export const LoadError: Story = {
  loaders: [fakeApi({}, (api) => api.failNext('tickets.get', apiError('INTERNAL_SERVER_ERROR', 'The ticket service is not answering. Try again in a minute.')))],
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The ticket service is not answering.');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByRole('heading', { name: TITLE })).toBeVisible();
  },
};

/** A ticket that does not exist, or the viewer may not see. */
export const NotFound: Story = {
  args: { ticketId: 99 },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Ticket #99 does not exist, or you may not see it.');
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
  },
};

/** Someone else changed the ticket meanwhile: the change is refused, the page reloads and says so. */
export const Conflict: Story = {
  play: async (context) => {
    const { canvas } = context;
    const { api } = loadedApi(context);
    await canvas.findByRole('article', { name: 'Comment by Ana Kowalska on behalf of WRT' });
    api.changeElsewhere();
    await userEvent.click(canvas.getByRole('button', { name: 'Change status' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Done' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(CONFLICT_MESSAGE);
    await expect(canvas.getByRole('img', { name: 'Status: In progress (in progress)' })).toBeVisible();
    await waitFor(() => expect(api.calls.filter((call) => call.path === 'tickets.get')).toHaveLength(2));
  },
};

/** Ana matches WRT and herself: she chooses whom she acts as. */
export const ActingAsSeveral: Story = {
  loaders: [fakeApi({ detail: ticketDetailActingAsSeveral() })],
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('combobox', { name: 'Act as' })).toBeVisible();
  },
};

/** Ben, no longer active, may read but not act. */
export const ReadOnly: Story = {
  loaders: [fakeApi({ detail: ticketDetailReadOnly() })],
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('You can read this ticket but not act on it.')).toBeVisible();
    await expect(canvas.queryByRole('button', { name: 'Change status' })).toBeNull();
  },
};

/** Ana, working on it, moves it to another type: what that type needs is asked for, a missing answer said beside its box. */
export const MoveToAnotherType: Story = {
  loaders: [fakeApi({ detail: ticketDetailMovable() })],
  play: async (context) => {
    const { canvas } = context;
    const { api } = loadedApi(context);
    await userEvent.click(await canvas.findByRole('button', { name: 'Move to another type…' }));
    const form = canvas.getByRole('form', { name: 'Move to another type' });
    await expect(within(form).getByRole('combobox', { name: 'New type' })).toHaveValue('claim-wca-id');
    await userEvent.click(within(form).getByRole('button', { name: 'Move' }));
    const box = within(form).getByRole('textbox', { name: 'WCA ID' });
    await waitFor(() => expect(box).toHaveAccessibleDescription('As on the competitor’s results page, e.g. 2019LOPE01. Give the wca id.'));
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(box, '2019LOPE01');
    await userEvent.click(within(form).getByRole('button', { name: 'Move' }));
    await expect(await canvas.findByText('What the Edit person ticket held')).toBeVisible();
    await expect(api.calls.filter((call) => call.path === 'tickets.changeType').at(-1)?.input).toMatchObject({ ticketId: 12, type: 'claim-wca-id', given: { wcaId: '2019LOPE01' }, actingAs: 12 });
  },
};

/**
 * Two people on one ticket: Ben has it open, then starts writing a comment — Ana reads it above the
 * comment box and does not answer twice. Ana's own writing is told to the API, and that she stopped once she sends.
 */
export const SomeoneElseIsWriting: Story = {
  loaders: [fakeApi({ present: [{ userId: PEOPLE.ben.id, name: PEOPLE.ben.name, activity: 'viewing' }] })],
  play: async (context) => {
    const { canvas } = context;
    const { api } = loadedApi(context);
    await expect(await canvas.findByText('Ben Okafor is viewing this ticket.')).toBeVisible();
    api.showPresence([{ userId: PEOPLE.ben.id, name: PEOPLE.ben.name, activity: 'writing' }]);
    await expect(await canvas.findByText('Ben Okafor is writing a comment.')).toBeVisible();
    await expect(canvas.queryByText('Ben Okafor is viewing this ticket.')).toBeNull();

    await userEvent.type(canvas.getByRole('textbox', { name: 'Comment' }), 'Ben, go ahead.');
    await waitFor(() => expect(api.calls.filter((call) => call.path === 'tickets.writing').at(-1)?.input).toEqual({ ticketId: 12, writing: true }));
    await userEvent.click(canvas.getByRole('button', { name: /^Comment/ }));
    await waitFor(() => expect(api.calls.filter((call) => call.path === 'tickets.writing').at(-1)?.input).toEqual({ ticketId: 12, writing: false }));
  },
};

/** The viewer's session ended while the page was open: it says it no longer follows the ticket, and why. */
export const LiveUpdatesEnded: Story = {
  play: async (context) => {
    const { canvas } = context;
    const { api } = loadedApi(context);
    await canvas.findByRole('heading', { name: TITLE });
    await waitFor(() => expect(api.calls.some((call) => call.path === 'tickets.events')).toBe(true));
    api.endLive('session_ended', 'Your session has ended; reload the page to follow this ticket again.');
    await expect(await canvas.findByText('Your session has ended; reload the page to follow this ticket again.')).toBeVisible();
  },
};

/** In Spanish (the toolbar's Language, or `lang="es"` on the element): the page's own words; the type's playground and the log's sentences follow in later steps of issue #18. */
export const InSpanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: TITLE })).toBeVisible();
    await expect(await canvas.findByRole('region', { name: 'Personas' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Cambiar situación' })).toBeVisible();
    await expect(canvas.getByRole('form', { name: 'Añadir un comentario' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Comentar en nombre de WRT' })).toBeDisabled();
  },
};

/** In Polish. */
export const InPolish: Story = {
  globals: { locale: 'pl' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: TITLE })).toBeVisible();
    await expect(await canvas.findByRole('region', { name: 'Osoby' })).toBeVisible();
    await expect(canvas.getByText('Otwarte')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Zmień status' }));
    await expect(canvas.getByRole('group', { name: 'Przenieś do statusu' })).toBeVisible();
  },
};
