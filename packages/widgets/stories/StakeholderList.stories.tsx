import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { StakeholderList, type StakeholderListProps } from '../src/components/StakeholderList.js';
import { ACTING_AS_WRT, searchDirectory, STAKEHOLDERS, ticketDetailActingAsSeveral } from '../src/fixtures/index.js';

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
    onSearch: fn(async (query: string) => searchDirectory(query)),
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

/**
 * Adding someone by name: typing asks the directory, the list shows each match with what it is
 * (a person, a team's long name), arrows and Enter choose, and the choice is what is assigned.
 */
export const AddByName: Story = {
  play: async ({ args, canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Add people' }));
    const who = canvas.getByRole('combobox', { name: 'Person or group' });
    await userEvent.type(who, 'del');
    const matches = await canvas.findByRole('listbox', { name: 'Person or group' });
    await expect(within(matches).getAllByRole('option').map((option) => option.textContent)).toEqual(['Dora Delegate person', 'Delegates WCA Delegates']);
    await expect(canvas.getByRole('status')).toHaveTextContent('2 matches');
    await userEvent.keyboard('{ArrowDown}');
    await expect(who).toHaveAttribute('aria-activedescendant', within(matches).getAllByRole('option')[1]!.id);
    await userEvent.keyboard('{Enter}');
    await expect(who).toHaveValue('Delegates');
    await userEvent.click(canvas.getByRole('button', { name: 'Assign' }));
    await expect(args.onAdd).toHaveBeenCalledWith({ principal: { kind: 'group', id: 4 }, connection: 'assigned', role: 'actioner' }, 'Delegates');
  },
};

/** A name nobody has: the field says so, and Assign says to choose from the list. */
export const NoOneByThatName: Story = {
  play: async ({ args, canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Add people' }));
    await userEvent.type(canvas.getByRole('combobox', { name: 'Person or group' }), 'zebra');
    await expect(await canvas.findByText('No person or group is called “zebra”.')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Assign' }));
    await expect(canvas.getByRole('alert')).toHaveTextContent('Type a name and choose a person or group from the list.');
    await expect(args.onAdd).not.toHaveBeenCalled();
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
  play: async ({ args, canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: "Hand over WRT's assignment" }));
    await userEvent.type(canvas.getByRole('combobox', { name: "Hand over WRT's assignment to" }), 'ana');
    await userEvent.click(await canvas.findByRole('option', { name: 'Ana Kowalska person' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Hand over' }));
    await expect(args.onHandOver).toHaveBeenCalledWith(12, { kind: 'user', id: 3 }, 'Ana Kowalska');
  },
};

/** Nobody active any more (everyone handed over or removed). */
export const NobodyActive: Story = {
  args: { stakeholders: STAKEHOLDERS.map((stakeholder) => ({ ...stakeholder, isActive: false })), actingAs: [], actingAsId: null },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Nobody is active on this ticket.')).toBeVisible();
  },
};
