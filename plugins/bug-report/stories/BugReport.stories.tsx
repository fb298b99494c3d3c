// The playground's tests: the widgets' Storybook (which picks up plugins/*/stories) runs each story
// in Chromium with its `play` and an axe check (`pnpm --filter @tickets/widgets test:storybook`, part
// of `pnpm test`). WST's review in each state that matters, and the reporter's view; each scene is
// built from the type's own definition, so the reasons shown are its `can`'s.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { actionFailure, playgroundStory, teamScene, ticketPageFor } from '@tickets/plugin-kit/widget/testing';
import { TicketPage } from '@tickets/widgets';
import { readOnlyPageStory } from '@tickets/widgets/playground-stories';
import { expect, fn, userEvent, within } from 'storybook/test';
import ticketType, { BugReportStored, TEAM } from '../src/index.js';
import playground, { BugReportReview } from '../src/widget/index.js';

const PAGE = 'https://www.worldcubeassociation.org/results/rankings/333/single';
const NOTE = 'Reproduced on Firefox.';

/** Ticket #42, filed by Rita, seen by Wes of WST or, with `requester`, by Rita. */
function scene({ status = 'Reported', note = null, requester = false }: { status?: string; note?: string | null; requester?: boolean } = {}) {
  const metadata = BugReportStored.parse({ page: PAGE, description: 'The rankings page shows a 404 instead of the 3x3x3 single rankings.', note });
  return teamScene(ticketType, { team: TEAM, metadata, status, requester, ticket: { title: 'Rankings page broken' } });
}

const meta = { title: 'Plugins/Report a bug', ...playgroundStory(BugReportReview, { ...scene(), runAction: fn(async () => {}) }) } satisfies Meta<typeof BugReportReview>;

export default meta;
type Story = StoryObj<typeof meta>;

const form = (canvas: ReturnType<typeof within>) => ({
  note: canvas.getByRole('textbox', { name: 'Note (optional)' }),
  confirm: canvas.getByRole('button', { name: 'Confirm the bug' }),
  markFixed: canvas.getByRole('button', { name: 'Mark as fixed' }),
});

/** Reported, on WST's ticket page: the report, then confirming it with a note (trimmed), which empties the box. */
export const Default: Story = {
  render: (args) => <TicketPage {...ticketPageFor(playground, args)} />,
  play: async ({ canvas, args }) => {
    const review = within(canvas.getByRole('region', { name: args.ticket.typeTitle }));
    const { note, confirm, markFixed } = form(review);
    await expect(review.getByRole('link', { name: PAGE })).toHaveAttribute('href', PAGE);
    await expect(review.getByText('The rankings page shows a 404 instead of the 3x3x3 single rankings.')).toBeVisible();
    await expect(review.getByText('No note yet.')).toBeVisible();
    await expect(confirm).toHaveClass('tk-primary');
    await expect(markFixed).not.toHaveClass('tk-primary');
    await userEvent.type(note, `  ${NOTE}  `);
    await userEvent.click(confirm);
    await expect(args.runAction).toHaveBeenCalledTimes(1);
    await expect(args.runAction).toHaveBeenCalledWith('confirm', { note: NOTE });
    await expect(await review.findByRole('status')).toHaveTextContent('Confirmed the bug.');
    await expect(note).toHaveValue('');
  },
};

/** Confirmed, with the team's note: marking it fixed without a note keeps the note. */
export const Confirmed: Story = {
  args: scene({ status: 'Confirmed', note: NOTE }),
  play: async ({ canvas, args }) => {
    const { note, markFixed } = form(canvas);
    await expect(canvas.getByText(NOTE)).toBeVisible();
    await expect(note).toHaveAccessibleDescription(expect.stringContaining('Leave it empty to keep the current note.'));
    await expect(markFixed).toHaveClass('tk-primary');
    await userEvent.click(markFixed);
    await expect(args.runAction).toHaveBeenCalledTimes(1);
    await expect(args.runAction).toHaveBeenCalledWith('markFixed', {});
    await expect(await canvas.findByRole('status')).toHaveTextContent('Marked the bug as fixed.');
  },
};

/** Someone outside WST: every control is greyed out, each button with its own reason. */
export const NotAllowed: Story = {
  args: { actions: scene({ requester: true }).actions },
  play: async ({ canvas }) => {
    const { note, confirm, markFixed } = form(canvas);
    await expect(note).toBeDisabled();
    await expect(confirm).toBeDisabled();
    await expect(confirm).toHaveAccessibleDescription('Only members of WST can confirm a bug.');
    await expect(markFixed).toHaveAccessibleDescription('Only members of WST can mark a bug as fixed.');
  },
};

/** Fixed, so closed: the reason to reopen it first is said once, for both buttons. */
export const Closed: Story = {
  args: scene({ status: 'Fixed', note: 'Fixed in the release of 6 January.' }),
  play: async ({ canvas }) => {
    const { confirm, markFixed } = form(canvas);
    const reason = 'Ticket #42 is closed; reopen it first.';
    for (const button of [confirm, markFixed]) await expect(button).toHaveAccessibleDescription(reason);
    await expect(canvas.getAllByText(reason)).toHaveLength(1);
  },
};

/** A change to the ticket is on its way: nothing else can be sent meanwhile. */
export const Busy: Story = {
  args: { busy: true },
  play: async ({ canvas, args }) => {
    const { note, confirm, markFixed } = form(canvas);
    for (const control of [note, confirm, markFixed]) await expect(control).toBeDisabled();
    await userEvent.click(confirm);
    await expect(args.runAction).not.toHaveBeenCalled();
  },
};

/** The server refused the note: said next to it, and the note stays to be shortened. */
export const Refused: Story = {
  args: { runAction: fn(async () => Promise.reject(actionFailure("The input of 'Confirm the bug' is not valid.", { fieldErrors: [{ path: 'input.note', message: 'A note can be at most 500 characters long.' }] }))) },
  play: async ({ canvas }) => {
    const { note, confirm } = form(canvas);
    await userEvent.type(note, 'A very long note.');
    await userEvent.click(confirm);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('A note can be at most 500 characters long.');
    await expect(note).toHaveAttribute('aria-invalid', 'true');
    await expect(note).toHaveAccessibleDescription(expect.stringContaining('A note can be at most 500 characters long.'));
    await expect(note).toHaveValue('A very long note.');
    await expect(canvas.queryByRole('status')).toBeNull();
  },
};

/** Any other refusal, in the server's words, under the buttons. */
export const Forbidden: Story = {
  args: { runAction: fn(async () => Promise.reject(actionFailure('Only members of WST can confirm a bug.', { code: 'FORBIDDEN', domainCode: 'action.not_allowed' }))) },
  play: async ({ canvas }) => {
    await userEvent.click(form(canvas).confirm);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Only members of WST can confirm a bug.');
    await expect(form(canvas).note).not.toHaveAttribute('aria-invalid');
  },
};

/** A report filed before the schema took http(s) pages only: its address is never a link. */
export const NotAWebPage: Story = {
  args: { metadata: { ...scene().metadata, page: 'javascript:alert(1)' } },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('link')).toBeNull();
    await expect(canvas.getByText('javascript:alert(1) (not a web link; not opened)')).toBeVisible();
  },
};

/** Rita, who reported it, on her ticket page: her report and the team's note, nothing to press. */
export const Requester: Story = {
  args: scene({ status: 'Confirmed', note: NOTE, requester: true }),
  render: (args) => <TicketPage {...ticketPageFor(playground, args)} />,
  play: async ({ canvas, args }) => {
    const report = within(canvas.getByRole('region', { name: args.ticket.typeTitle }));
    await expect(report.getByRole('link', { name: PAGE })).toBeVisible();
    await expect(report.getByText(NOTE)).toBeVisible();
    await expect(report.queryByRole('button')).toBeNull();
    await expect(report.queryByRole('textbox')).toBeNull();
    await expect(canvas.getByRole('form', { name: 'Add a comment' })).toBeVisible();
  },
};

// The whole ticket page once per role, with this real playground registered, open and fixed
// (closed): WST's review (Default above, and below once fixed), Rita's report (Requester above, and
// below once fixed), and the read-only page of a viewer who may not act.

const FIXED = { status: 'Fixed', note: 'Fixed in the release of 6 January.' };
const CLOSED_REASON = 'Ticket #42 is closed; reopen it first.';

/** Role "actioner" (WST), fixed and closed: the report and the note, the decisions greyed out, the reason said once. */
export const PageActionerFixed: Story = {
  args: scene(FIXED),
  render: (args) => <TicketPage {...ticketPageFor(playground, args)} />,
  play: async ({ canvas, args }) => {
    const review = within(canvas.getByRole('region', { name: args.ticket.typeTitle }));
    await expect(review.getByText(FIXED.note)).toBeVisible();
    for (const button of [form(review).confirm, form(review).markFixed]) await expect(button).toBeDisabled();
    await expect(review.getAllByText(CLOSED_REASON)).toHaveLength(1);
  },
};

/** Role "requester" (Rita), fixed and closed: her report and the team's note, nothing to press. */
export const PageRequesterFixed: Story = {
  args: scene({ ...FIXED, requester: true }),
  render: (args) => <TicketPage {...ticketPageFor(playground, args)} />,
  play: async ({ canvas, args }) => {
    const report = within(canvas.getByRole('region', { name: args.ticket.typeTitle }));
    await expect(report.getByText(FIXED.note)).toBeVisible();
    await expect(report.queryByRole('button')).toBeNull();
  },
};

/** A site admin who has not joined the ticket: the page to read, no playground, no controls. */
export const PageSiteAdmin: Story = readOnlyPageStory(playground);

/** A stakeholder no longer active (a former WST assignee), on the fixed ticket: the same read-only page. */
export const PageInactiveStakeholder: Story = readOnlyPageStory(playground, scene(FIXED));
