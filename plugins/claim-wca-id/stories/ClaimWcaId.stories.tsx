// The claim-wca-id playground in the widgets' Storybook (packages/widgets/.storybook picks up
// plugins/*/stories), fed by the plugin's own fixtures (its actions judged by their `can` rules):
// the Delegate's review in each state that matters, and the requester's page, which has no playground.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { actionFailure, playgroundStory, ticketPageFor } from '@tickets/plugin-kit/widget/testing';
import { TicketPage } from '@tickets/widgets';
import { busyStory, readOnlyPageStory, withoutPlaygroundStory } from '@tickets/widgets/playground-stories';
import { expect, fn, userEvent, within } from 'storybook/test';
import playground, { ReviewClaim } from '../src/widget/index.js';
import { claimProps, danInCc, requesterRow, viewers } from '../test/fixtures/claim-playground.js';

const LINKED_MEANWHILE = 'The profile 2015SMIT02 was linked to another account meanwhile; reject the claim.';

const meta = { title: 'Plugins/Claim WCA ID', ...playgroundStory(ReviewClaim, { ...claimProps(), runAction: fn(async () => {}) }) } satisfies Meta<typeof ReviewClaim>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Dora, the Delegate named in the claim: approving asks first, then sends `approve` with no input. */
export const Default: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Approve the claim' }));
    const question = canvas.getByRole('group', { name: /Link the account of John Smith/ });
    await userEvent.click(within(question).getByRole('button', { name: 'Yes, link the account' }));
    await expect(args.runAction).toHaveBeenCalledWith('approve', {});
  },
};

/** Dan, a Delegate in cc but not the one named: the claim read-only, and why he cannot decide, once. */
export const NotAllowed: Story = {
  args: claimProps({ viewer: viewers.dan, actingAs: danInCc }),
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('button')).toBeNull();
    await expect(canvas.getAllByText(/^Only the Delegate this request is assigned to \(Dora Delegate\) can /)[0]).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Claim of WCA ID 2015SMIT02' })).toBeVisible();
  },
};

export const Busy: Story = busyStory(['Approve the claim', 'Reject the claim', 'Hand over to another Delegate']);

/** The profile was linked to another account meanwhile: the approval is refused, in the server's words. */
export const Refused: Story = {
  args: { runAction: fn(async () => Promise.reject(actionFailure(LINKED_MEANWHILE, { code: 'CONFLICT' }))) },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Approve the claim' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Yes, link the account' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(LINKED_MEANWHILE);
  },
};

/** John, who claims the WCA ID, on the ticket page with this playground registered: no playground for him. */
export const Requester: Story = withoutPlaygroundStory(playground, claimProps({ viewer: viewers.john, actingAs: requesterRow }), async (canvas) => {
  await expect(canvas.queryByRole('button', { name: 'Approve the claim' })).toBeNull();
});

// The whole ticket page once per role, with this real playground registered, open and approved
// (closed): the Delegate's review, the requester's page (Requester above: no playground), and the
// read-only page of a viewer who may not act.

const APPROVED = claimProps({ status: 'Approved' });

/** Role "actioner" (Dora, the Delegate named), open: the claim and the decisions at hand. */
export const PageActioner: Story = {
  render: (args) => <TicketPage {...ticketPageFor(playground, args)} />,
  play: async ({ canvas, args }) => {
    const region = within(canvas.getByRole('region', { name: args.ticket.typeTitle }));
    await expect(region.getByRole('heading', { name: 'Claim of WCA ID 2015SMIT02' })).toBeVisible();
    await expect(region.getByRole('button', { name: 'Approve the claim' })).toBeEnabled();
  },
};

/** Role "actioner" (Dora), approved and closed: the claim as decided, read-only, and why nothing more can be done, once. */
export const PageActionerApproved: Story = {
  args: APPROVED,
  render: (args) => <TicketPage {...ticketPageFor(playground, args)} />,
  play: async ({ canvas, args }) => {
    const region = within(canvas.getByRole('region', { name: args.ticket.typeTitle }));
    await expect(region.queryByRole('button', { name: 'Approve the claim' })).toBeNull();
    await expect(region.getAllByText(/is closed; reopen it first\./)).toHaveLength(1);
  },
};

/** Role "requester" (John), approved: his page, with no playground, as when it was open. */
export const PageRequesterApproved: Story = withoutPlaygroundStory(playground, claimProps({ status: 'Approved', viewer: viewers.john, actingAs: requesterRow }));

/** A site admin who has not joined the ticket: the page to read, no playground, no controls. */
export const PageSiteAdmin: Story = readOnlyPageStory(playground);

/** A stakeholder no longer active (a Delegate it was handed away from), on the approved ticket: the same read-only page. */
export const PageInactiveStakeholder: Story = readOnlyPageStory(playground, APPROVED);
