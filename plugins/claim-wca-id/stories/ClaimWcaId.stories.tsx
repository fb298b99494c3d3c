// The claim-wca-id playground in the widgets' Storybook (packages/widgets/.storybook picks up
// plugins/*/stories), fed by the plugin's own fixtures (its actions judged by their `can` rules):
// the Delegate's review in each state that matters, and the requester's page, which has no playground.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { actionFailure, playgroundStory } from '@tickets/plugin-kit/widget/testing';
import { busyStory, withoutPlaygroundStory } from '@tickets/widgets/playground-stories';
import { expect, fn, userEvent, within } from 'storybook/test';
import playground, { ReviewClaim } from '../src/widget/index.js';
import { claimProps, danInCc, doraRow, requesterRow, viewers } from '../test/fixtures/claim-playground.js';

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

/** Dan, a Delegate in cc but not the one named: every decision is greyed out, with the reason. */
export const NotAllowed: Story = {
  args: claimProps({ viewer: viewers.dan, actingAs: danInCc }),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Approve the claim' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Reject the claim' })).toHaveAccessibleDescription(`Only the Delegate this request is assigned to (${doraRow.principal.name}) can reject it.`);
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
