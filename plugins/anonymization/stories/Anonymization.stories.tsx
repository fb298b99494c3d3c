// The anonymization playground in the widgets' Storybook (packages/widgets/.storybook picks up
// plugins/*/stories), fed by the plugin's own fixtures: the results team's review in each state
// that matters, and the requester's page, which has no playground.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { actionFailure, playgroundStory, ticketPageFor } from '@tickets/plugin-kit/widget/testing';
import { TicketPage } from '@tickets/widgets';
import { busyStory, readOnlyPageStory, withoutPlaygroundStory } from '@tickets/widgets/playground-stories';
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

// The whole ticket page once per role, with this real playground registered, open and anonymized
// (closed): the results team's review, the requester's page (Requester above: no playground), and
// the read-only page of a viewer who may not act.

const ANONYMIZED_AT = '2026-11-24T08:00:00.000Z';
const ANONYMIZED = scene({ closed: true, metadata: storedFixture({ anonymizedAt: ANONYMIZED_AT }), refused: { refreshPreview: CLOSED, anonymize: CLOSED, reject: CLOSED } });

/** Role "actioner" (WRT), open: what will be anonymized, and the actions at hand. */
export const PageActioner: Story = {
  render: (args) => <TicketPage {...ticketPageFor(playground, args)} />,
  play: async ({ canvas, args }) => {
    const region = within(canvas.getByRole('region', { name: args.ticket.typeTitle }));
    await expect(region.getByRole('table', { name: 'What will be anonymized' })).toBeVisible();
    await userEvent.click(region.getByRole('button', { name: 'Refresh preview' }));
    await expect(args.runAction).toHaveBeenCalledWith('refreshPreview', {});
  },
};

/** Role "actioner" (WRT), anonymized and closed: when it was done, the actions greyed out with the reason. */
export const PageActionerAnonymized: Story = {
  args: ANONYMIZED,
  render: (args) => <TicketPage {...ticketPageFor(playground, args)} />,
  play: async ({ canvas, args }) => {
    const region = within(canvas.getByRole('region', { name: args.ticket.typeTitle }));
    await expect(region.getByText('The ticket is closed as done.', { exact: false })).toBeVisible();
    await expect(region.getByRole('button', { name: 'Anonymize…' })).toBeDisabled();
    await expect(region.getByRole('button', { name: 'Anonymize…' })).toHaveAccessibleDescription(CLOSED);
  },
};

/** Role "requester" (Rita), anonymized: her page, with no playground, as when it was open. */
export const PageRequesterAnonymized: Story = withoutPlaygroundStory(playground, scene({ requester: true, closed: true, metadata: storedFixture({ anonymizedAt: ANONYMIZED_AT }) }));

/** A site admin who has not joined the ticket: the page to read, no playground, no controls. */
export const PageSiteAdmin: Story = readOnlyPageStory(playground);

/** A stakeholder no longer active (a former assignee), on the anonymized ticket: the same read-only page. */
export const PageInactiveStakeholder: Story = readOnlyPageStory(playground, ANONYMIZED);
