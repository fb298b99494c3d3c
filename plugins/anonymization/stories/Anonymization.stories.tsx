// The anonymization playground in the widgets' Storybook (packages/widgets/.storybook picks up
// plugins/*/stories), fed by the plugin's own fixtures: the results team's review in each state
// that matters, and the requester's page, which has no playground.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { actionFailure, playgroundStory } from '@tickets/plugin-kit/widget/testing';
import { busyStory, withoutPlaygroundStory } from '@tickets/widgets/playground-stories';
import { expect, fn, userEvent, within } from 'storybook/test';
import playground, { AnonymizationReview } from '../src/widget/index.js';
import { scene, storedFixture } from '../test/widget/playground-data.js';

const CLOSED = 'Ticket #4 is closed; reopen it first.';
const PROFILE_LINK_CHANGED =
  "The account of user #9 is now linked to person #2, but the preview was taken when it was linked to person #1; run 'Refresh the preview', check it, then anonymize.";

const meta = { title: 'Plugins/Anonymization', ...playgroundStory(AnonymizationReview, { ...scene(), runAction: fn(async () => {}) }) } satisfies Meta<typeof AnonymizationReview>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every action allowed: refreshing the preview sends `refreshPreview` with no input. */
export const Default: Story = {
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('table', { name: 'What will be anonymized' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Refresh preview' }));
    await expect(args.runAction).toHaveBeenCalledWith('refreshPreview', {});
    await expect(await canvas.findByRole('status')).toHaveTextContent('The preview was refreshed.');
  },
};

/** Scope "account only": the profile stays as it is. */
export const AccountOnly: Story = {
  args: { metadata: storedFixture({ scope: 'account' }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Anonymize the account only' })).toBeVisible();
  },
};

/** The ticket is closed: every action is greyed out, with the reason said once. */
export const NotAllowed: Story = {
  args: scene({ closed: true, refused: { refreshPreview: CLOSED, anonymize: CLOSED, reject: CLOSED } }),
  play: async ({ canvas }) => {
    for (const name of ['Refresh preview', 'Anonymize…', 'Reject…']) await expect(canvas.getByRole('button', { name })).toHaveAccessibleDescription(CLOSED);
  },
};

export const Busy: Story = busyStory(['Refresh preview', 'Anonymize…', 'Reject…']);

/** The account was linked to another profile since the preview: anonymizing is refused, said in the confirmation. */
export const Refused: Story = {
  args: { runAction: fn(async () => Promise.reject(actionFailure(PROFILE_LINK_CHANGED, { code: 'PRECONDITION_FAILED', domainCode: 'anonymization.profile_link_changed' }))) },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Anonymize…' }));
    const dialog = canvas.getByRole('alertdialog', { name: 'Anonymize this account and competitor profile?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yes, anonymize' }));
    await expect(await within(dialog).findByText(PROFILE_LINK_CHANGED)).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Yes, anonymize' })).toBeEnabled();
  },
};

/** The person who asked to be forgotten, on the ticket page with this playground registered: no playground for them. */
export const Requester: Story = withoutPlaygroundStory(playground, scene({ requester: true }));
