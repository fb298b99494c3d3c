// The anonymization playground in the widgets' Storybook (packages/widgets/.storybook picks up
// plugins/*/stories): the results team's review in each state that matters, fed by the plugin's
// own fixtures (its zod schema, its actions), and the requester's page, which has no playground.
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ActingAsChoice, TicketDetail } from '@tickets/widgets';
import { TicketPage } from '@tickets/widgets';
import { STAKEHOLDERS, TIMELINE, ticketDetail } from '@tickets/widgets/fixtures';
import { expect, fn, userEvent, within } from 'storybook/test';
import playground, { AnonymizationReview } from '../src/widget/index.js';
import { actionFailure, actionsFixture, storedFixture, ticketFixture } from '../test/widget/playground-data.js';

const CLOSED = 'Ticket #4 is closed; reopen it first.';
const PROFILE_LINK_CHANGED =
  "The account of user #9 is now linked to person #2, but the preview was taken when it was linked to person #1; run 'Refresh the preview', check it, then anonymize.";

/**
 * The results team's (actioner's) review of an anonymization request, as the ticket page shows it:
 * in the playground's section, inside the widgets' styles. The requester has no playground: the
 * `Requester` story shows their ticket page without one.
 */
const meta = {
  title: 'Plugins/Anonymization',
  component: AnonymizationReview,
  args: { ticket: ticketFixture(), metadata: storedFixture(), actions: actionsFixture(), runAction: fn(async () => {}), busy: false },
  render: (args) => (
    <div className="tk-page">
      <h2 className="tk-title">{args.ticket.title}</h2>
      <section className="tk-section tk-playground" aria-label={args.ticket.typeTitle}>
        <AnonymizationReview {...args} />
      </section>
    </div>
  ),
} satisfies Meta<typeof AnonymizationReview>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every action allowed: refreshing the preview sends `refreshPreview` with no input. */
export const Default: Story = {
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('table', { name: 'What will be anonymized' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Refresh preview' }));
    await expect(args.runAction).toHaveBeenCalledOnce();
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
  args: { ticket: ticketFixture('closed'), actions: actionsFixture({ refreshPreview: CLOSED, anonymize: CLOSED, reject: CLOSED }) },
  play: async ({ canvas }) => {
    for (const name of ['Refresh preview', 'Anonymize…', 'Reject…']) {
      const button = canvas.getByRole('button', { name });
      await expect(button).toBeDisabled();
      await expect(button).toHaveAccessibleDescription(CLOSED);
    }
  },
};

/** A change to the ticket is on its way: nothing else can be sent meanwhile. */
export const Busy: Story = {
  args: { busy: true },
  play: async ({ canvas }) => {
    for (const name of ['Refresh preview', 'Anonymize…', 'Reject…']) await expect(canvas.getByRole('button', { name })).toBeDisabled();
  },
};

/** The account was linked to another profile since the preview: anonymizing is refused, said in the confirmation. */
export const Refused: Story = {
  args: {
    runAction: fn(async (key: string) => {
      if (key === 'anonymize') throw actionFailure(PROFILE_LINK_CHANGED, 'PRECONDITION_FAILED', [], 'anonymization.profile_link_changed');
    }),
  },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Anonymize…' }));
    const dialog = canvas.getByRole('alertdialog', { name: 'Anonymize this account and competitor profile?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Yes, anonymize' }));
    await expect(args.runAction).toHaveBeenCalledOnce();
    await expect(args.runAction).toHaveBeenCalledWith('anonymize', {});
    await expect(await within(dialog).findByText(PROFILE_LINK_CHANGED)).toBeVisible();
    await expect(within(dialog).getByRole('button', { name: 'Yes, anonymize' })).toBeEnabled();
  },
};

const requester: ActingAsChoice = { stakeholderId: 11, name: 'Rita Lopes', connection: 'cc', role: 'requester', allowedStatusIds: [], actions: [], stakeholderChanges: { add: ['cc'], handOver: [], deactivate: [] } };

function requesterDetail(): TicketDetail {
  const base = ticketDetail();
  const ticket = ticketFixture();
  return {
    ...base,
    ticket: { ...base.ticket, id: ticket.id, type: playground.type, typeTitle: ticket.typeTitle, title: ticket.title },
    stakeholders: [...STAKEHOLDERS],
    metadata: storedFixture(),
    viewer: { canAct: true, actingAs: [requester] },
  };
}

/** The person who asked to be forgotten, on the widgets' ticket page with this playground registered: no playground for them. */
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
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('heading', { name: args.ticket.title })).toBeVisible();
    await expect(canvas.getByRole('form', { name: 'Add a comment' })).toBeVisible();
    await expect(canvas.queryByRole('region', { name: args.ticket.typeTitle })).toBeNull();
    await expect(canvas.queryByRole('table', { name: 'What will be anonymized' })).toBeNull();
  },
};
