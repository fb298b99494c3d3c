// The edit-person playground in the widgets' Storybook (packages/widgets/.storybook picks up
// plugins/*/stories): the results team's review in each state that matters, fed by the plugin's
// own fixtures (its zod schema, its actions), and the requester's page, which has no playground.
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ActingAsChoice, TicketDetail } from '@tickets/widgets';
import { TicketPage } from '@tickets/widgets';
import { STAKEHOLDERS, TIMELINE, ticketDetail } from '@tickets/widgets/fixtures';
import { expect, fn, userEvent, within } from 'storybook/test';
import playground, { ReviewChange } from '../src/widget/index.js';
import { actionFailure, actionViews, storedMetadata, ticket } from '../test/playground-fixtures.js';

const OUT_OF_SYNC =
  "The profile is out of sync with this request: it changed since the old values were taken (the name is now 'Rita L. Lopes', not 'Rita Lopes'). Sync the old values first, check the request again, then apply it.";
const CLOSED = 'Ticket #42 is closed; reopen it first.';

/**
 * The results team's (actioner's) review of an edit-person request, as the ticket page shows it:
 * in the playground's section, inside the widgets' styles. The requester has no playground: the
 * `Requester` story shows their ticket page without one.
 */
const meta = {
  title: 'Plugins/Edit person',
  component: ReviewChange,
  args: { ticket, metadata: storedMetadata(), actions: actionViews(), runAction: fn(async () => {}), busy: false },
  render: (args) => (
    <div className="tk-page">
      <h2 className="tk-title">{args.ticket.title}</h2>
      <section className="tk-section tk-playground" aria-label={args.ticket.typeTitle}>
        <ReviewChange {...args} />
      </section>
    </div>
  ),
} satisfies Meta<typeof ReviewChange>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every action allowed: applying as a fix sends `applyAsFix` with no input. */
export const Default: Story = {
  play: async ({ canvas, args }) => {
    await expect(canvas.getByRole('table', { name: 'Requested fields' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Apply as fix' }));
    await expect(args.runAction).toHaveBeenCalledOnce();
    await expect(args.runAction).toHaveBeenCalledWith('applyAsFix', {});
  },
};

/** The ticket is closed: every control is greyed out and points at the reason. */
export const NotAllowed: Story = {
  args: {
    actions: actionViews({ addField: CLOSED, editField: CLOSED, dropField: CLOSED, syncOldValues: CLOSED, applyAsFix: CLOSED, applyAsUpdate: CLOSED, reject: CLOSED }),
  },
  play: async ({ canvas }) => {
    const apply = canvas.getByRole('button', { name: 'Apply as fix' });
    await expect(apply).toBeDisabled();
    await expect(apply).toHaveAccessibleDescription(expect.stringContaining(CLOSED));
  },
};

/** A change to the ticket is on its way: nothing else can be sent meanwhile. */
export const Busy: Story = {
  args: { busy: true },
  play: async ({ canvas }) => {
    for (const name of ['Apply as fix', 'Apply as update', 'Sync old values']) await expect(canvas.getByRole('button', { name })).toBeDisabled();
  },
};

/** The profile changed since filing: applying is refused (`edit_person.out_of_sync`), with "Sync old values" at hand. */
export const OutOfSync: Story = {
  args: {
    runAction: fn(async (key: string) => {
      if (key === 'applyAsFix' || key === 'applyAsUpdate') throw actionFailure('PRECONDITION_FAILED', OUT_OF_SYNC, [], 'edit_person.out_of_sync');
    }),
  },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Apply as fix' }));
    await expect(args.runAction).toHaveBeenCalledOnce();
    await expect(args.runAction).toHaveBeenCalledWith('applyAsFix', {});
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Out of sync.');
    await expect(within(alert).getByRole('button', { name: 'Sync old values' })).toBeEnabled();
  },
};

const requester: ActingAsChoice = { stakeholderId: 11, name: 'Rita Lopes', connection: 'cc', role: 'requester', allowedStatusIds: [], actions: [], stakeholderChanges: { add: ['cc'], handOver: [], deactivate: [] } };

function requesterDetail(): TicketDetail {
  const base = ticketDetail();
  return {
    ...base,
    ticket: { ...base.ticket, id: ticket.id, type: playground.type, typeTitle: ticket.typeTitle, title: ticket.title },
    stakeholders: [...STAKEHOLDERS],
    metadata: storedMetadata(),
    viewer: { canAct: true, actingAs: [requester] },
  };
}

/** Rita, who filed the request, on the widgets' ticket page with this playground registered: her request, read-only. */
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
    await expect(canvas.getByRole('form', { name: 'Add a comment' })).toBeVisible();
    const region = canvas.getByRole('region', { name: ticket.typeTitle });
    await expect(within(region).getByRole('table', { name: 'Requested fields' })).toBeVisible();
    await expect(within(region).getByRole('link', { name: 'https://example.org/passport.pdf' })).toBeVisible();
    await expect(within(region).queryByRole('button')).toBeNull();
  },
};
