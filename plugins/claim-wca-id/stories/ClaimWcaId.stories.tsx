// The claim-wca-id playground in the widgets' Storybook (packages/widgets/.storybook picks up
// plugins/*/stories): the Delegate's review in each state that matters, fed by the plugin's own
// fixtures (its zod schema, its actions judged by their `can` rules), and the requester's page,
// which has no playground.
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ActingAsChoice, TicketDetail } from '@tickets/widgets';
import { TicketPage } from '@tickets/widgets';
import { TIMELINE, ticketDetail } from '@tickets/widgets/fixtures';
import { expect, fn, userEvent, within } from 'storybook/test';
import playground, { ReviewClaim } from '../src/widget/index.js';
import { actionFailure, claimProps, danInCc, doraRow, requesterRow, viewers } from '../test/fixtures/claim-playground.js';

const LINKED_MEANWHILE = 'The profile 2015SMIT02 was linked to another account meanwhile; reject the claim.';

/**
 * The Delegate's (actioner's) review of a claim, as the ticket page shows it: in the playground's
 * section, inside the widgets' styles. The requester has no playground: the `Requester` story
 * shows their ticket page without one.
 */
const meta = {
  title: 'Plugins/Claim WCA ID',
  component: ReviewClaim,
  args: { ...claimProps(), runAction: fn(async () => {}), busy: false },
  render: (args) => (
    <div className="tk-page">
      <h2 className="tk-title">{args.ticket.title}</h2>
      <section className="tk-section tk-playground" aria-label={args.ticket.typeTitle}>
        <ReviewClaim {...args} />
      </section>
    </div>
  ),
} satisfies Meta<typeof ReviewClaim>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Dora, the Delegate named in the claim: approving asks first, then sends `approve` with no input. */
export const Default: Story = {
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Approve the claim' }));
    const question = canvas.getByRole('group', { name: /Link the account of John Smith/ });
    await userEvent.click(within(question).getByRole('button', { name: 'Yes, link the account' }));
    await expect(args.runAction).toHaveBeenCalledOnce();
    await expect(args.runAction).toHaveBeenCalledWith('approve', {});
  },
};

/** Dan, a Delegate in cc but not the one named: every decision is greyed out, with the reason. */
export const NotAllowed: Story = {
  args: claimProps({ viewer: viewers.dan, actingAs: danInCc }),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Approve the claim' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Reject the claim' })).toHaveAccessibleDescription(
      `Only the Delegate this request is assigned to (${doraRow.principal.name}) can reject it.`,
    );
  },
};

/** A change to the ticket is on its way: nothing else can be sent meanwhile. */
export const Busy: Story = {
  args: { busy: true },
  play: async ({ canvas }) => {
    for (const name of ['Approve the claim', 'Reject the claim', 'Hand over to another Delegate']) await expect(canvas.getByRole('button', { name })).toBeDisabled();
  },
};

/** The profile was linked to another account meanwhile: the approval is refused, in the server's words. */
export const Refused: Story = {
  args: {
    runAction: fn(async () => {
      throw actionFailure(LINKED_MEANWHILE, [], 'CONFLICT');
    }),
  },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Approve the claim' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Yes, link the account' }));
    await expect(args.runAction).toHaveBeenCalledWith('approve', {});
    await expect(await canvas.findByRole('alert')).toHaveTextContent(LINKED_MEANWHILE);
  },
};

const requester: ActingAsChoice = {
  stakeholderId: requesterRow.id,
  name: requesterRow.principal.name,
  connection: requesterRow.connection,
  role: 'requester',
  allowedStatusIds: [],
  actions: [],
  stakeholderChanges: { add: ['cc'], handOver: [], deactivate: [] },
};

function requesterDetail(): TicketDetail {
  const base = ticketDetail();
  const { ticket, metadata } = claimProps();
  return {
    ...base,
    ticket: { ...base.ticket, id: ticket.id, type: playground.type, typeTitle: ticket.typeTitle, title: ticket.title },
    stakeholders: [requesterRow, doraRow, danInCc],
    metadata,
    viewer: { canAct: true, actingAs: [requester] },
  };
}

/** John, who claims the WCA ID, on the widgets' ticket page with this playground registered: no playground for him. */
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
    await expect(canvas.queryByRole('button', { name: 'Approve the claim' })).toBeNull();
  },
};
