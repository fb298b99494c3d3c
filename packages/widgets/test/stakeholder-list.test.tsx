import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StakeholderList } from '../src/components/StakeholderList.js';
import { ACTING_AS_ANA, ACTING_AS_WRT, searchDirectory, STAKEHOLDERS } from '../src/fixtures/index.js';

const search = vi.fn(async (query: string) => searchDirectory(query));

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

  it('assigns and adds in cc someone found by name, and says what is missing', async () => {
    const user = userEvent.setup();
    const onAdd = vi.fn();
    render(<StakeholderList stakeholders={STAKEHOLDERS} actingAs={[ACTING_AS_WRT]} actingAsId={12} onAdd={onAdd} onSearch={search} />);
    // Ana acts for WRT: the team is hers, not her.
    expect(within(lists().active.getAllByRole('listitem')[1]!).getByText('your team')).toBeInTheDocument();
    expect(screen.queryByText('you')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Add people' }));
    const form = screen.getByRole('form', { name: 'Add people' });
    await user.click(within(form).getByRole('button', { name: 'Assign' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Type a name and choose a person or group from the list.');
    expect(onAdd).not.toHaveBeenCalled();

    // Typing finds the team by its long name; Enter chooses the match, it does not submit the form.
    const who = within(form).getByRole('combobox', { name: 'Person or group' });
    await user.type(who, 'softw');
    expect(await within(form).findByRole('option', { name: 'WST WCA Software Team' })).toBeInTheDocument();
    expect(within(form).getByRole('status')).toHaveTextContent('1 match; use the arrow keys to choose.');
    await user.keyboard('{Enter}');
    expect(who).toHaveValue('WST');
    expect(onAdd).not.toHaveBeenCalled();
    await user.click(within(form).getByRole('button', { name: 'Assign' }));
    expect(onAdd).toHaveBeenLastCalledWith({ principal: { kind: 'group', id: 2 }, connection: 'assigned', role: 'actioner' }, 'WST');

    await user.click(screen.getByRole('button', { name: 'Add people' }));
    const again = screen.getByRole('form', { name: 'Add people' });
    await user.type(within(again).getByRole('combobox', { name: 'Person or group' }), 'del');
    const matches = await within(again).findByRole('listbox', { name: 'Person or group' });
    expect(within(matches).getAllByRole('option').map((option) => option.textContent)).toEqual(['Dora Delegate person', 'Delegates WCA Delegates']);
    await user.keyboard('{ArrowDown}{Enter}');
    await user.selectOptions(within(again).getByRole('combobox', { name: 'Role' }), 'requester');
    await user.click(within(again).getByRole('button', { name: 'Add in cc' }));
    expect(onAdd).toHaveBeenLastCalledWith({ principal: { kind: 'group', id: 4 }, connection: 'cc', role: 'requester' }, 'Delegates');
  });

  it('hands an assignment over and removes a stakeholder', async () => {
    const user = userEvent.setup();
    const onHandOver = vi.fn();
    const onDeactivate = vi.fn();
    render(<StakeholderList stakeholders={STAKEHOLDERS} actingAs={[ACTING_AS_WRT]} actingAsId={12} onHandOver={onHandOver} onDeactivate={onDeactivate} onSearch={search} />);
    // Only active assignments can be handed over; past ones have no buttons.
    expect(screen.getAllByRole('button', { name: /^Hand over/ })).toHaveLength(1);
    expect(lists().past.queryByRole('button')).toBeNull();

    await user.click(screen.getByRole('button', { name: "Hand over WRT's assignment" }));
    await user.type(screen.getByRole('combobox', { name: "Hand over WRT's assignment to" }), 'zzz');
    expect(await screen.findByText('No person or group is called “zzz”.')).toBeInTheDocument();
    await user.clear(screen.getByRole('combobox', { name: "Hand over WRT's assignment to" }));
    await user.type(screen.getByRole('combobox', { name: "Hand over WRT's assignment to" }), 'ana k');
    await user.click(await screen.findByRole('option', { name: 'Ana Kowalska person' }));
    await user.click(screen.getByRole('button', { name: 'Hand over' }));
    expect(onHandOver).toHaveBeenCalledExactlyOnceWith(12, { kind: 'user', id: 3 }, 'Ana Kowalska');

    await user.click(screen.getByRole('button', { name: 'Remove Rita Lopes' }));
    expect(onDeactivate).toHaveBeenCalledExactlyOnceWith(11);
  });

  it('offers someone not working on the ticket only adding in cc, as the server says: no Assign, Hand over or Remove', async () => {
    const user = userEvent.setup();
    const onAdd = vi.fn();
    render(<StakeholderList stakeholders={STAKEHOLDERS} actingAs={[ACTING_AS_WRT, ACTING_AS_ANA]} actingAsId={14} onAdd={onAdd} onHandOver={vi.fn()} onDeactivate={vi.fn()} onSearch={search} />);
    expect(screen.queryByRole('button', { name: /^Hand over/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Add people' }));
    const form = screen.getByRole('form', { name: 'Add people' });
    expect(within(form).queryByRole('button', { name: 'Assign' })).toBeNull();
    await user.type(within(form).getByRole('combobox', { name: 'Person or group' }), 'ben');
    await user.click(await within(form).findByRole('option', { name: 'Ben Okafor person' }));
    await user.click(within(form).getByRole('button', { name: 'Add in cc' }));
    expect(onAdd).toHaveBeenCalledExactlyOnceWith({ principal: { kind: 'user', id: 4 }, connection: 'cc', role: 'actioner' }, 'Ben Okafor');
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
