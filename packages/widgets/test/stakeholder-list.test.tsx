import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StakeholderList } from '../src/components/StakeholderList.js';
import { ACTING_AS_ANA, ACTING_AS_WRT, STAKEHOLDERS } from '../src/fixtures/index.js';

function lists() {
  const [active, past] = screen.getAllByRole('list');
  return { active: within(active!), past: within(past!) };
}

describe('StakeholderList', () => {
  it('shows active and past stakeholders, read-only for someone who cannot act', () => {
    render(<StakeholderList stakeholders={STAKEHOLDERS} />);
    const { active, past } = lists();
    expect(active.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Rita Lopesasked for this · kept informed', 'WRTteam · works on this · responsible for it']);
    expect(past.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Ben Okaforworks on this · responsible for it']);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('assigns and adds in cc by kind and id, and says what is missing', async () => {
    const user = userEvent.setup();
    const onAdd = vi.fn();
    render(<StakeholderList stakeholders={STAKEHOLDERS} actingAs={[ACTING_AS_WRT]} actingAsId={12} onAdd={onAdd} />);
    // Ana acts for WRT: the team is hers, not her.
    expect(within(lists().active.getAllByRole('listitem')[1]!).getByText('your team')).toBeInTheDocument();
    expect(screen.queryByText('you')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Add people' }));
    const form = screen.getByRole('form', { name: 'Add people' });
    await user.click(within(form).getByRole('button', { name: 'Assign' }));
    expect(within(form).getByRole('alert')).toHaveTextContent("Give the person's id, a whole number.");
    expect(onAdd).not.toHaveBeenCalled();

    await user.selectOptions(within(form).getByRole('combobox', { name: 'Kind' }), 'group');
    await user.type(within(form).getByRole('textbox', { name: 'Group id' }), '2');
    await user.click(within(form).getByRole('button', { name: 'Assign' }));
    expect(onAdd).toHaveBeenLastCalledWith({ principal: { kind: 'group', id: 2 }, connection: 'assigned', role: 'actioner' });

    await user.click(screen.getByRole('button', { name: 'Add people' }));
    const again = screen.getByRole('form', { name: 'Add people' });
    await user.type(within(again).getByRole('textbox', { name: 'User id' }), '9');
    await user.selectOptions(within(again).getByRole('combobox', { name: 'Role' }), 'requester');
    await user.click(within(again).getByRole('button', { name: 'Add in cc' }));
    expect(onAdd).toHaveBeenLastCalledWith({ principal: { kind: 'user', id: 9 }, connection: 'cc', role: 'requester' });
  });

  it('hands an assignment over and removes a stakeholder', async () => {
    const user = userEvent.setup();
    const onHandOver = vi.fn();
    const onDeactivate = vi.fn();
    render(<StakeholderList stakeholders={STAKEHOLDERS} actingAs={[ACTING_AS_WRT]} actingAsId={12} onHandOver={onHandOver} onDeactivate={onDeactivate} />);
    // Only active assignments can be handed over; past ones have no buttons.
    expect(screen.getAllByRole('button', { name: /^Hand over/ })).toHaveLength(1);
    expect(lists().past.queryByRole('button')).toBeNull();

    await user.click(screen.getByRole('button', { name: "Hand over WRT's assignment" }));
    const fields = screen.getByRole('group', { name: "Hand over WRT's assignment to" });
    await user.selectOptions(within(fields).getByRole('combobox', { name: 'Kind' }), 'group');
    await user.type(within(fields).getByRole('textbox', { name: 'Group id' }), '2');
    await user.click(screen.getByRole('button', { name: 'Hand over' }));
    expect(onHandOver).toHaveBeenCalledExactlyOnceWith(12, { kind: 'group', id: 2 });

    await user.click(screen.getByRole('button', { name: 'Remove Rita Lopes' }));
    expect(onDeactivate).toHaveBeenCalledExactlyOnceWith(11);
  });

  it('offers someone not working on the ticket only adding in cc, as the server says: no Assign, Hand over or Remove', async () => {
    const user = userEvent.setup();
    const onAdd = vi.fn();
    render(<StakeholderList stakeholders={STAKEHOLDERS} actingAs={[ACTING_AS_WRT, ACTING_AS_ANA]} actingAsId={14} onAdd={onAdd} onHandOver={vi.fn()} onDeactivate={vi.fn()} />);
    expect(screen.queryByRole('button', { name: /^Hand over/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Add people' }));
    const form = screen.getByRole('form', { name: 'Add people' });
    expect(within(form).queryByRole('button', { name: 'Assign' })).toBeNull();
    await user.type(within(form).getByRole('textbox', { name: 'User id' }), '9');
    await user.click(within(form).getByRole('button', { name: 'Add in cc' }));
    expect(onAdd).toHaveBeenCalledExactlyOnceWith({ principal: { kind: 'user', id: 9 }, connection: 'cc', role: 'actioner' });
  });

  it('lets a viewer who matches several stakeholders choose whom they act as', async () => {
    const user = userEvent.setup();
    const onActingAsChange = vi.fn();
    render(<StakeholderList stakeholders={STAKEHOLDERS} actingAs={[ACTING_AS_WRT, ACTING_AS_ANA]} actingAsId={12} onActingAsChange={onActingAsChange} />);
    const select = screen.getByRole('combobox', { name: 'Act as' });
    expect(select).toHaveValue('12');
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['WRT (assigned, actioner)', 'Ana Kowalska (cc, actioner)']);
    await user.selectOptions(select, '14');
    expect(onActingAsChange).toHaveBeenCalledWith(14);
  });
});
