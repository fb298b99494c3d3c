// The edit-person playground in the widgets' Storybook (packages/widgets/.storybook picks up
// plugins/*/stories), fed by the plugin's own fixtures: the results team's review in each state
// that matters, and the requester's ticket page, where her request is read-only.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { actionFailure, playgroundStory, readOnlyTicketPageFor, ticketPageFor } from '@tickets/plugin-kit/widget/testing';
import { TicketPage } from '@tickets/widgets';
import { busyStory } from '@tickets/widgets/playground-stories';
import { expect, fn, userEvent, within } from 'storybook/test';
import playground, { ReviewChange } from '../src/widget/index.js';
import { scene, storedMetadata } from '../test/playground-fixtures.js';

const OUT_OF_SYNC =
  "The profile is out of sync with this request: it changed since the old values were taken (the name is now 'Rita L. Lopes', not 'Rita Lopes'). Sync the old values first, check the request again, then apply it.";
const CLOSED = 'Ticket #42 is closed; reopen it first.';

const meta = { title: 'Plugins/Edit person', ...playgroundStory(ReviewChange, { ...scene(), runAction: fn(async () => {}) }) } satisfies Meta<typeof ReviewChange>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every action allowed: applying as a fix sends `applyAsFix` with no input. */
export const Default: Story = {
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('table', { name: 'Requested fields' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Apply as fix' }));
    await expect(args.runAction).toHaveBeenCalledWith('applyAsFix', {});
  },
};

/** The ticket is closed: the request read-only, and why nothing can be done, said once. */
export const NotAllowed: Story = {
  args: scene({ refused: Object.fromEntries(['addField', 'editField', 'dropField', 'syncOldValues', 'applyAsFix', 'applyAsUpdate', 'reject'].map((key) => [key, CLOSED])) }),
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText(CLOSED)).toHaveLength(1);
    await expect(canvas.queryByRole('button')).toBeNull();
    await expect(canvas.getByRole('table', { name: 'Requested fields' })).toBeVisible();
  },
};

export const Busy: Story = busyStory(['Apply as fix', 'Apply as update', 'Sync old values']);

/** The profile changed since filing: applying is refused (`edit_person.out_of_sync`), with "Sync old values" at hand. */
export const OutOfSync: Story = {
  args: { runAction: fn(async () => Promise.reject(actionFailure(OUT_OF_SYNC, { code: 'PRECONDITION_FAILED', domainCode: 'edit_person.out_of_sync' }))) },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Apply as fix' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Out of sync.');
    await expect(within(alert).getByRole('button', { name: 'Sync old values' })).toBeEnabled();
  },
};

/** Rita, who filed the request, on the ticket page with this playground registered: her request, read-only. */
export const Requester: Story = {
  args: scene({ requester: true }),
  render: (args) => <TicketPage {...ticketPageFor(playground, args)} />,
  play: async ({ canvas, args }) => {
    const region = canvas.getByRole('region', { name: args.ticket.typeTitle });
    await expect(within(region).getByRole('table', { name: 'Requested fields' })).toBeVisible();
    await expect(within(region).getByRole('link', { name: 'https://example.org/passport.pdf' })).toBeVisible();
    await expect(within(region).queryByRole('button')).toBeNull();
  },
};

// The whole ticket page once per role, with this real playground registered: the page picks the
// view for the role the viewer acts in (the results team's review, Rita's read-only summary), or
// none for a viewer who can only read (a site admin who has not joined, a stakeholder no longer
// active), open and once applied (closed).

const CLOSED_REFUSALS = Object.fromEntries(['addField', 'editField', 'dropField', 'syncOldValues', 'applyAsFix', 'applyAsUpdate', 'reject', 'withdraw'].map((key) => [key, CLOSED]));
const APPLIED = { status: 'Applied', metadata: storedMetadata({ appliedAs: 'fix' }), refused: CLOSED_REFUSALS };

/** Role "actioner" (WRT), open: the review on the page, its actions at hand. */
export const PageActioner: Story = {
  render: (args) => <TicketPage {...ticketPageFor(playground, args)} />,
  play: async ({ canvas, args }) => {
    const region = within(canvas.getByRole('region', { name: args.ticket.typeTitle }));
    await expect(region.getByRole('table', { name: 'Requested fields' })).toBeVisible();
    await userEvent.click(region.getByRole('button', { name: 'Apply as fix' }));
    await expect(args.runAction).toHaveBeenCalledWith('applyAsFix', {});
  },
};

/** Role "actioner" (WRT), applied and closed: what was done, read-only, and why nothing more can be done, once. */
export const PageActionerApplied: Story = {
  args: scene(APPLIED),
  render: (args) => <TicketPage {...ticketPageFor(playground, args)} />,
  play: async ({ canvas, args }) => {
    const region = within(canvas.getByRole('region', { name: args.ticket.typeTitle }));
    await expect(region.getByText('Applied as a fix: the profile was corrected.')).toBeVisible();
    await expect(region.queryByRole('button', { name: 'Apply as fix' })).toBeNull();
    await expect(region.getAllByText(CLOSED)).toHaveLength(1);
  },
};

/** Role "requester" (Rita), applied and closed: her request, read-only, and that it was applied. */
export const PageRequesterApplied: Story = {
  args: scene({ ...APPLIED, requester: true }),
  render: (args) => <TicketPage {...ticketPageFor(playground, args)} />,
  play: async ({ canvas, args }) => {
    const region = within(canvas.getByRole('region', { name: args.ticket.typeTitle }));
    await expect(region.getByText('Applied: your profile was changed.')).toBeVisible();
    await expect(region.queryByRole('button')).toBeNull();
  },
};

/** A site admin who has not joined the ticket: the page to read, no playground, no controls. */
export const PageSiteAdmin: Story = {
  render: (args) => <TicketPage {...readOnlyTicketPageFor(playground, args)} />,
  play: async ({ canvas, args }) => {
    await expect(canvas.getByText('You can read this ticket but not act on it.')).toBeVisible();
    await expect(canvas.queryByRole('region', { name: args.ticket.typeTitle })).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Apply as fix' })).toBeNull();
  },
};

/** A stakeholder no longer active (a former assignee), on the applied ticket: the same read-only page. */
export const PageInactiveStakeholder: Story = {
  args: scene(APPLIED),
  render: (args) => <TicketPage {...readOnlyTicketPageFor(playground, args)} />,
  play: async ({ canvas, args }) => {
    await expect(canvas.getByText('You can read this ticket but not act on it.')).toBeVisible();
    await expect(canvas.queryByRole('region', { name: args.ticket.typeTitle })).toBeNull();
  },
};
