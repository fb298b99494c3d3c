// The bug-report playground in the widgets' Storybook (packages/widgets/.storybook picks up
// plugins/*/stories): WST's review in each state that matters, fed by the plugin's own fixtures
// (its zod schema, its lifecycle, its actions' `can`), and the requester's page, where the report
// is shown read-only. `pnpm storybook` shows it; `pnpm --filter @tickets/widgets test:storybook` tests it.
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ActingAsChoice, TicketDetail } from '@tickets/widgets';
import { TicketPage } from '@tickets/widgets';
import { TIMELINE, ticketDetail } from '@tickets/widgets/fixtures';
import { expect, fn, userEvent, within } from 'storybook/test';
import playground, { BugReportReview } from '../src/widget/index.js';
import { actionFailure, actionViews, AS_REQUESTER, STAKEHOLDERS, STATUSES, storedMetadata, ticket, ticketIn } from '../test/playground-fixtures.js';

const CLOSED = 'Ticket #42 is closed; reopen it first.';
const NOTE_TOO_LONG = 'A note can be at most 500 characters long.';

/**
 * WST's (the actioner's) view of a bug report, as the ticket page shows it: in the playground's
 * section, inside the widgets' styles. The `Requester` story shows the reporter's ticket page,
 * where the same report is read-only.
 */
const meta = {
  title: 'Plugins/Report a bug',
  component: BugReportReview,
  args: { ticket, metadata: storedMetadata(), actions: actionViews(), runAction: fn(async () => {}), busy: false },
  render: (args) => (
    <div className="tk-page">
      <h2 className="tk-title">{args.ticket.title}</h2>
      <section className="tk-section tk-playground" aria-label={args.ticket.typeTitle}>
        <BugReportReview {...args} />
      </section>
    </div>
  ),
} satisfies Meta<typeof BugReportReview>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Reported: WST confirms it with a note, sent with the `confirm` action. */
export const Default: Story = {
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('link', { name: storedMetadata().page })).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: 'Note (optional)' }), 'Reproduced on Firefox.');
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm the bug' }));
    await expect(args.runAction).toHaveBeenCalledOnce();
    await expect(args.runAction).toHaveBeenCalledWith('confirm', { note: 'Reproduced on Firefox.' });
    await expect(await canvas.findByRole('status')).toHaveTextContent('Confirmed the bug.');
  },
};

/** Confirmed, with the team's note: marking it fixed without a note keeps the note. */
export const Confirmed: Story = {
  args: { ticket: ticketIn('Confirmed'), metadata: storedMetadata({ note: 'Reproduced on Firefox.' }), actions: actionViews({ status: 'Confirmed' }) },
  play: async ({ canvas, args }) => {
    await expect(canvas.getByText('Reproduced on Firefox.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Mark as fixed' }));
    await expect(args.runAction).toHaveBeenCalledOnce();
    await expect(args.runAction).toHaveBeenCalledWith('markFixed', {});
  },
};

/** Someone outside WST acting as an actioner: every control is greyed out, each button with its reason. */
export const NotAllowed: Story = {
  args: { actions: actionViews({ member: false }) },
  play: async ({ canvas }) => {
    const confirm = canvas.getByRole('button', { name: 'Confirm the bug' });
    await expect(confirm).toBeDisabled();
    await expect(confirm).toHaveAccessibleDescription('Only members of WST can confirm a bug.');
    await expect(canvas.getByRole('button', { name: 'Mark as fixed' })).toHaveAccessibleDescription('Only members of WST can mark a bug as fixed.');
    await expect(canvas.getByRole('textbox', { name: 'Note (optional)' })).toBeDisabled();
  },
};

/** Fixed, so closed: the reason to reopen it first is said once, for both buttons. */
export const Closed: Story = {
  args: { ticket: ticketIn('Fixed'), metadata: storedMetadata({ note: 'Fixed in the release of 6 January.' }), actions: actionViews({ status: 'Fixed' }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Mark as fixed' })).toHaveAccessibleDescription(CLOSED);
    await expect(canvas.getAllByText(CLOSED)).toHaveLength(1);
  },
};

/** A change to the ticket is on its way: nothing else can be sent meanwhile. */
export const Busy: Story = {
  args: { busy: true },
  play: async ({ canvas }) => {
    for (const name of ['Confirm the bug', 'Mark as fixed']) await expect(canvas.getByRole('button', { name })).toBeDisabled();
    await expect(canvas.getByRole('textbox', { name: 'Note (optional)' })).toBeDisabled();
  },
};

/** The server refused the note: said next to it, and the note stays to be shortened. */
export const Refused: Story = {
  args: {
    runAction: fn(async () => {
      throw actionFailure('BAD_REQUEST', "The input of 'Confirm the bug' is not valid.", [{ path: 'input.note', message: NOTE_TOO_LONG }]);
    }),
  },
  play: async ({ canvas, args }) => {
    const note = canvas.getByRole('textbox', { name: 'Note (optional)' });
    await userEvent.type(note, 'A very long note.');
    await userEvent.click(canvas.getByRole('button', { name: 'Confirm the bug' }));
    await expect(args.runAction).toHaveBeenCalledWith('confirm', { note: 'A very long note.' });
    await expect(await canvas.findByRole('alert')).toHaveTextContent(NOTE_TOO_LONG);
    await expect(note).toHaveAccessibleDescription(expect.stringContaining(NOTE_TOO_LONG));
    await expect(note).toHaveValue('A very long note.');
  },
};

const requester: ActingAsChoice = { ...AS_REQUESTER, allowedStatusIds: [], actions: actionViews({ status: 'Confirmed', member: false }), stakeholderChanges: { add: ['cc'], handOver: [], deactivate: [] } };

function requesterDetail(): TicketDetail {
  const base = ticketDetail();
  const shown = ticketIn('Confirmed', AS_REQUESTER);
  return {
    ...base,
    ticket: { ...base.ticket, id: shown.id, type: playground.type, typeTitle: shown.typeTitle, title: shown.title, state: shown.state, status: shown.status },
    stakeholders: [...STAKEHOLDERS],
    lifecycle: { id: 7, name: shown.typeTitle, statuses: [...STATUSES] },
    metadata: storedMetadata({ note: 'Reproduced on Firefox.' }),
    viewer: { canAct: true, actingAs: [requester] },
  };
}

/** Rita, who reported it, on the widgets' ticket page with this playground registered: her report and the team's note, nothing to press. */
export const Requester: Story = {
  render: (args) => (
    <TicketPage
      detail={requesterDetail()}
      timeline={TIMELINE}
      actingAsId={requester.stakeholderId}
      playgrounds={[playground]}
      headingLevel={2}
      runAction={args.runAction}
      onActingAsChange={fn()}
      onSetStatus={fn()}
      onComment={fn()}
      onAddStakeholder={fn()}
      onHandOver={fn()}
      onDeactivate={fn()}
    />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: ticket.title })).toBeVisible();
    const report = canvas.getByRole('region', { name: ticket.typeTitle });
    await expect(within(report).getByText('Reproduced on Firefox.')).toBeVisible();
    await expect(within(report).queryByRole('button')).toBeNull();
    await expect(within(report).queryByRole('textbox')).toBeNull();
    await expect(canvas.getByRole('form', { name: 'Add a comment' })).toBeVisible();
  },
};
