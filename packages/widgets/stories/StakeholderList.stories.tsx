import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { StakeholderList, type StakeholderListProps } from '../src/components/StakeholderList.js';
import { ACTING_AS_WRT, STAKEHOLDERS, ticketDetailActingAsSeveral } from '../src/fixtures/index.js';

const several = ticketDetailActingAsSeveral();

const meta = {
  title: 'Widgets/StakeholderList',
  component: StakeholderList,
  args: {
    stakeholders: STAKEHOLDERS,
    actingAs: [ACTING_AS_WRT],
    actingAsId: ACTING_AS_WRT.stakeholderId,
    onAdd: fn(),
    onHandOver: fn(),
    onDeactivate: fn(),
    busy: false,
  },
} satisfies Meta<typeof StakeholderList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Active and past people on ticket #12, as WRT: assign, add in cc, hand over, remove. */
export const ActiveAndPast: Story = {
  play: async ({ canvas }) => {
    const [active, past] = canvas.getAllByRole('list');
    await expect(within(active!).getAllByRole('listitem')).toHaveLength(2);
    await expect(within(past!).getByText('Ben Okafor')).toBeVisible();
    await expect(canvas.getByRole('button', { name: "Hand over WRT's assignment" })).toBeVisible();
  },
};

/** Someone who may read the ticket but not act: no buttons. */
export const ReadOnly: Story = {
  args: { actingAs: [], actingAsId: null, onAdd: undefined, onHandOver: undefined, onDeactivate: undefined },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};

/** Ana matches two stakeholders (WRT and herself): she chooses whom she acts as. */
export const SeveralToActAs: Story = {
  args: { stakeholders: several.stakeholders, actingAs: several.viewer.actingAs, onActingAsChange: fn() },
  render: function Render(args: StakeholderListProps) {
    const [actingAsId, setActingAsId] = useState(args.actingAsId ?? null);
    return (
      <StakeholderList
        {...args}
        actingAsId={actingAsId}
        onActingAsChange={(id) => {
          args.onActingAsChange?.(id);
          setActingAsId(id);
        }}
      />
    );
  },
  play: async ({ args, canvas }) => {
    const actAs = canvas.getByRole('combobox', { name: 'Act as' });
    await expect(actAs).toHaveValue(String(ACTING_AS_WRT.stakeholderId));
    await userEvent.selectOptions(actAs, 'Ana Kowalska (cc, actioner)');
    await expect(args.onActingAsChange).toHaveBeenCalledWith(14);
    await expect(actAs).toHaveValue('14');
  },
};

/** The hand-over form, open. */
export const HandingOver: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: "Hand over WRT's assignment" }));
    await expect(canvas.getByRole('group', { name: "Hand over WRT's assignment to" })).toBeVisible();
  },
};

/** Nobody active any more (everyone handed over or removed). */
export const NobodyActive: Story = {
  args: { stakeholders: STAKEHOLDERS.map((stakeholder) => ({ ...stakeholder, isActive: false })), actingAs: [], actingAsId: null },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Nobody is active on this ticket.')).toBeVisible();
  },
};
