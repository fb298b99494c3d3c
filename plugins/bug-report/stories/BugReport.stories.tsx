// The bug-report playground in the widgets' Storybook (packages/widgets/.storybook picks up
// plugins/*/stories), fed by the plugin's own fixtures: WST's review in each state that matters, and
// the reporter's ticket page, where the report is read-only.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { actionFailure, playgroundStory, ticketPageFor } from '@tickets/plugin-kit/widget/testing';
import { TicketPage } from '@tickets/widgets';
import { expect, fn, userEvent, within } from 'storybook/test';
import playground, { BugReportReview } from '../src/widget/index.js';
import { PAGE, scene } from '../test/playground-fixtures.js';

const NOTE_TOO_LONG = 'A note can be at most 500 characters long.';

const meta = { title: 'Plugins/Report a bug', ...playgroundStory(BugReportReview, { ...scene(), runAction: fn(async () => {}) }) } satisfies Meta<typeof BugReportReview>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Reported: WST confirms it with a note, sent with the `confirm` action. */
export const Default: Story = {
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('link', { name: PAGE })).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: 'Note (optional)' }), 'Reproduced on Firefox.');
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm the bug' }));
    await expect(args.runAction).toHaveBeenCalledWith('confirm', { note: 'Reproduced on Firefox.' });
    await expect(await canvas.findByRole('status')).toHaveTextContent('Confirmed the bug.');
  },
};

/** Confirmed, with the team's note: marking it fixed without a note keeps the note. */
export const Confirmed: Story = {
  args: scene({ status: 'Confirmed', note: 'Reproduced on Firefox.' }),
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Mark as fixed' }));
    await expect(args.runAction).toHaveBeenCalledWith('markFixed', {});
  },
};

/** Someone outside WST: every control is greyed out, each button with its reason. */
export const NotAllowed: Story = {
  args: { actions: scene({ member: false }).actions },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Confirm the bug' })).toHaveAccessibleDescription('Only members of WST can confirm a bug.');
    await expect(canvas.getByRole('textbox', { name: 'Note (optional)' })).toBeDisabled();
  },
};

/** Fixed, so closed: the reason to reopen it first is said once, for both buttons. */
export const Closed: Story = {
  args: scene({ status: 'Fixed', note: 'Fixed in the release of 6 January.' }),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText('Ticket #42 is closed; reopen it first.')).toHaveLength(1);
  },
};

/** A change to the ticket is on its way: nothing else can be sent meanwhile. */
export const Busy: Story = {
  args: { busy: true },
  play: async ({ canvas }) => {
    for (const name of ['Confirm the bug', 'Mark as fixed']) await expect(canvas.getByRole('button', { name })).toBeDisabled();
  },
};

/** The server refused the note: said next to it, and the note stays to be shortened. */
export const Refused: Story = {
  args: { runAction: fn(async () => Promise.reject(actionFailure("The input of 'Confirm the bug' is not valid.", { fieldErrors: [{ path: 'input.note', message: NOTE_TOO_LONG }] }))) },
  play: async ({ canvas }) => {
    const note = canvas.getByRole('textbox', { name: 'Note (optional)' });
    await userEvent.type(note, 'A very long note.');
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm the bug' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(NOTE_TOO_LONG);
    await expect(note).toHaveValue('A very long note.');
  },
};

/** Rita, who reported it, on the ticket page with this playground registered: her report and the team's note, nothing to press. */
export const Requester: Story = {
  args: scene({ status: 'Confirmed', member: false, note: 'Reproduced on Firefox.' }),
  render: (args) => <TicketPage {...ticketPageFor(playground, args)} />,
  play: async ({ canvas, args }) => {
    const report = canvas.getByRole('region', { name: args.ticket.typeTitle });
    await expect(within(report).getByText('Reproduced on Firefox.')).toBeVisible();
    await expect(within(report).queryByRole('button')).toBeNull();
    await expect(canvas.getByRole('form', { name: 'Add a comment' })).toBeVisible();
  },
};
