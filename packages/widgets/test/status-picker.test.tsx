import { render, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { StatusPicker } from '../src/components/StatusPicker.js';
import { ACTING_AS_WRT, status, STATUSES } from '../src/fixtures/index.js';

describe('StatusPicker', () => {
  it('offers only the moves the viewer may make, grouped by category, and calls back', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    // Ana for WRT on an In progress ticket: To do, Done, Won't do, Duplicate (not triage, not the current one).
    render(<StatusPicker statuses={STATUSES} currentStatusId={status('In progress').id} allowedStatusIds={[2, ...ACTING_AS_WRT.allowedStatusIds]} onSelect={onSelect} />);

    const toggle = screen.getByRole('button', { name: 'Change status' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const panel = screen.getByRole('group', { name: 'Move to status' });
    const options = within(panel).getAllByRole('button').map((button) => button.textContent);
    expect(options).toEqual(['To do', 'Done', "Won't do", 'Duplicate']);
    expect(within(panel).queryByRole('button', { name: 'Needs triage' })).toBeNull();
    expect(within(panel).queryByRole('button', { name: 'In progress' })).toBeNull();
    // Grouped by category, in lifecycle order.
    expect(within(panel).getByRole('group', { name: 'To do' })).toBeInTheDocument();
    expect(within(within(panel).getByRole('group', { name: 'Canceled' })).getAllByRole('button').map((button) => button.textContent)).toEqual(["Won't do", 'Duplicate']);
    // Focus moves into the choices.
    expect(within(panel).getByRole('button', { name: 'To do' })).toHaveFocus();

    await user.click(within(panel).getByRole('button', { name: 'Done' }));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(3);
    expect(screen.queryByRole('group', { name: 'Move to status' })).toBeNull();
    expect(toggle).toHaveFocus();
  });

  it("shows each status's meaning under its name and reads it with the choice, not in a tooltip keyboards never reach", async () => {
    const user = userEvent.setup();
    const statuses = STATUSES.map((candidate) => (candidate.id === 3 ? { ...candidate, description: 'The change is in the profile.' } : candidate));
    render(<StatusPicker statuses={statuses} currentStatusId={1} allowedStatusIds={[2, 3]} onSelect={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Change status' }));
    const done = screen.getByRole('button', { name: 'Done' });
    expect(done).toHaveAccessibleDescription('The change is in the profile.');
    expect(done).not.toHaveAttribute('title');
    expect(screen.getByText('The change is in the profile.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'In progress' })).not.toHaveAttribute('aria-describedby');
  });

  it('closes on Escape and gives focus back', async () => {
    const user = userEvent.setup();
    render(<StatusPicker statuses={STATUSES} currentStatusId={1} allowedStatusIds={[2, 3]} onSelect={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Change status' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Move to status' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Change status' })).toHaveFocus();
  });

  it('shows nothing when the viewer may make no move', () => {
    const { container } = render(<StatusPicker statuses={STATUSES} currentStatusId={2} allowedStatusIds={[2]} onSelect={() => {}} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('is disabled while a change is on its way', () => {
    render(<StatusPicker statuses={STATUSES} currentStatusId={2} allowedStatusIds={[3]} onSelect={() => {}} busy />);
    expect(screen.getByRole('button', { name: 'Change status' })).toBeDisabled();
  });
});
