import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StatusSettings } from '../src/components/StatusSettings.js';
import { ConnectedStatusSettings } from '../src/connected/ConnectedStatusSettings.js';
import { apiError, customStatusSettings, runningMigration, systemStatusSettings } from '../src/fixtures/index.js';
import { renderConnected } from './render.js';

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name: new RegExp(`^${name} \\(`) });
}

function statusNames(category: string): string[] {
  const list = within(section(category)).queryByRole('list');
  return list ? within(list).getAllByRole('img').map((badge) => badge.textContent ?? '') : [];
}

function calls(api: { calls: { path: string; input: unknown }[] }, path: string) {
  return api.calls.filter((call) => call.path === path).map((call) => call.input);
}

describe('StatusSettings', () => {
  it('groups the statuses by the five categories, with usage, origin and defaults', () => {
    render(<StatusSettings settings={customStatusSettings({ canAdminister: false })} />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Triage (open)',
      'To do (open)',
      'In progress (open)',
      'Done (closed)',
      'Canceled (closed)',
    ]);
    expect(statusNames('In progress')).toEqual(['In progress', 'Blocked']);
    expect(statusNames('Canceled')).toEqual(["Won't do", 'Duplicate']);
    const blocked = screen.getByRole('img', { name: 'Status: Blocked (in progress)' }).closest('li')!;
    expect(blocked).toHaveTextContent('12 tickets');
    expect(blocked).toHaveTextContent('Custom');
    const applied = screen.getByRole('img', { name: 'Status: Applied (done)' }).closest('li')!;
    expect(applied).toHaveTextContent('0 tickets');
    expect(applied).toHaveTextContent('default closed of Edit person');
    expect(applied).toHaveTextContent('The change is in the database.');
    expect(screen.getByRole('img', { name: 'Status: To do (to do)' }).closest('li')).toHaveTextContent('Custom (copied from a system status)');
  });

  it('is read-only, and says so, for a viewer who is not a namespace admin', () => {
    const noop = () => Promise.resolve();
    render(<StatusSettings settings={customStatusSettings({ canAdminister: false })} onCreate={noop} onUpdate={noop} onReorder={noop} onRemove={noop} />);
    expect(screen.getByText('You can see these statuses, but only a namespace admin (a site admin of this site) can change them.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Edit/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Add a status/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
  });

  it('marks system-defined statuses and warns an admin that the first change converts the namespace', () => {
    const noop = () => Promise.resolve();
    render(<StatusSettings settings={systemStatusSettings()} onCreate={noop} onUpdate={noop} onReorder={noop} onRemove={noop} />);
    expect(screen.getByText(/Your first change to a system-defined status .* copies every system-defined status/)).toBeInTheDocument();
    expect(screen.getAllByText('System-defined')).toHaveLength(5);
    expect(section('Triage')).toHaveTextContent('No statuses in this category.');
  });

  it('does not say the site uses only system-defined statuses beside statuses marked Custom', () => {
    const system = systemStatusSettings({ canAdminister: false });
    const { rerender } = render(<StatusSettings settings={system} />);
    expect(screen.getByText(/This site uses the system-defined statuses\./)).toBeInTheDocument();
    const typeOwn = { ...system.statuses[0]!, id: 2001, name: 'Under review', systemDefined: false, systemOrigin: null, lifecycleIds: [] };
    rerender(<StatusSettings settings={{ ...system, statuses: [...system.statuses, typeOwn] }} />);
    expect(screen.queryByText(/This site uses the system-defined statuses\./)).toBeNull();
    expect(screen.getByText(/the statuses marked Custom are this site's own/)).toBeInTheDocument();
    expect(screen.getAllByText('Custom')).toHaveLength(1);
  });

  it('shows a running migration as a progress bar with its figures in words', () => {
    render(<StatusSettings settings={customStatusSettings()} migrations={[runningMigration()]} />);
    const bar = screen.getByRole('progressbar', { name: 'Moving tickets: 3,400 of 10,000' });
    expect(bar).toHaveAttribute('value', '3400');
    expect(bar).toHaveAttribute('max', '10000');
    expect(screen.getByText(/Because status 'Blocked' was removed: Blocked → In progress/)).toBeInTheDocument();
  });

  it('names a target removed since as it was, and says it was removed', () => {
    const migration = runningMigration();
    const mapping = { ...migration.mappings[0]!, to: { id: 1011, name: 'Reviewing', category: 'in_progress' as const }, targetRemoved: true };
    render(<StatusSettings settings={customStatusSettings()} migrations={[{ ...migration, mappings: [mapping] }]} />);
    expect(screen.getByText(/Because status 'Blocked' was removed: Blocked → Reviewing \(since removed\)\./)).toBeInTheDocument();
  });

  it('has loading and error states', async () => {
    const user = userEvent.setup();
    let retried = 0;
    const { rerender } = render(<StatusSettings loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the statuses…');
    rerender(<StatusSettings error={apiError('INTERNAL_SERVER_ERROR', 'Something went wrong on our side and nothing was changed.')} onRetry={() => (retried += 1)} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong on our side');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retried).toBe(1);
  });
});

describe('ConnectedStatusSettings', () => {
  it('adds a status to a category', async () => {
    const user = userEvent.setup();
    const { api } = renderConnected(<ConnectedStatusSettings />);
    await screen.findByRole('region', { name: /^Triage/ });
    await user.click(within(section('Triage')).getByRole('button', { name: 'Add a status to Triage' }));
    const form = screen.getByRole('form', { name: 'Add a status to Triage' });
    expect(within(form).getByLabelText('Name')).toHaveFocus();
    await user.type(within(form).getByLabelText('Name'), 'Waiting on WST');
    await user.clear(within(form).getByLabelText('Colour (#rrggbb)'));
    await user.type(within(form).getByLabelText('Colour (#rrggbb)'), '#6666C4');
    // It joins the default lifecycle unless the admin unticks it, so tickets can move to it at once.
    const lifecycles = api.statuses.settings.lifecycles;
    const defaultLifecycle = lifecycles.find((l) => l.isDefault)!;
    const choice = within(form).getByRole('group', { name: 'Use it in these lifecycles' });
    for (const lifecycle of lifecycles) {
      expect((within(choice).getByRole('checkbox', { name: new RegExp(`^${lifecycle.name}`) }) as HTMLInputElement).checked).toBe(lifecycle.isDefault);
    }
    await user.click(within(form).getByRole('button', { name: 'Add status' }));
    await waitFor(() => expect(statusNames('Triage')).toEqual(['Needs triage', 'Waiting on WST']));
    expect(calls(api, 'statuses.create')).toEqual([{ name: 'Waiting on WST', color: '#6666C4', category: 'triage', lifecycleIds: [defaultLifecycle.id] }]);
    const added = api.statuses.settings.statuses.find((s) => s.name === 'Waiting on WST')!;
    expect(added.color).toBe('#6666c4');
    expect(added.lifecycleIds).toEqual([defaultLifecycle.id]);
    expect(api.statuses.settings.lifecycles.find((l) => l.isDefault)?.statusIds).toContain(added.id);
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.getByRole('button', { name: 'Add a status to Triage' })).toHaveFocus();
  });

  it('shows the API’s refusal next to the form and keeps it open (a taken name, the limit)', async () => {
    const user = userEvent.setup();
    renderConnected(<ConnectedStatusSettings />);
    await user.click(await screen.findByRole('button', { name: 'Add a status to Done' }));
    const form = screen.getByRole('form', { name: 'Add a status to Done' });
    await user.type(within(form).getByLabelText('Name'), 'blocked');
    await user.click(within(form).getByRole('button', { name: 'Add status' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent("This namespace already has a status named 'Blocked' (names are compared ignoring case). Choose another name.");
    expect(within(form).getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByLabelText('Name')).toHaveValue('blocked');

    await user.clear(within(form).getByLabelText('Colour (#rrggbb)'));
    await user.type(within(form).getByLabelText('Colour (#rrggbb)'), 'green');
    await user.click(within(form).getByRole('button', { name: 'Add status' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('A colour must be written as #rrggbb, for example #1f75cb.');
  });

  it('renames, recolours and describes a status, sending only what changed', async () => {
    const user = userEvent.setup();
    const { api } = renderConnected(<ConnectedStatusSettings />);
    await user.click(await screen.findByRole('button', { name: 'Edit ‘Blocked’' }));
    const form = screen.getByRole('form', { name: 'Edit status ‘Blocked’' });
    await user.clear(within(form).getByLabelText('Name'));
    await user.type(within(form).getByLabelText('Name'), 'On hold');
    await user.type(within(form).getByLabelText('Description (optional)'), 'Waiting for another team.');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(statusNames('In progress')).toEqual(['In progress', 'On hold']));
    expect(screen.getByText('Waiting for another team.')).toBeInTheDocument();
    expect(calls(api, 'statuses.update')).toEqual([{ statusId: 1008, name: 'On hold', description: 'Waiting for another team.' }]);
    expect(screen.getByRole('button', { name: 'Edit ‘On hold’' })).toHaveFocus();
  });

  it('converts a namespace on system-defined statuses at the first edit, after saying so', async () => {
    const user = userEvent.setup();
    const { api } = renderConnected(<ConnectedStatusSettings pollIntervalMs={5} />, { statusSettings: systemStatusSettings() });
    await user.click(await screen.findByRole('button', { name: 'Edit ‘To do’' }));
    const form = screen.getByRole('form', { name: 'Edit status ‘To do’' });
    expect(form).toHaveTextContent('Saving first copies every system-defined status as this site’s own custom status');
    await user.clear(within(form).getByLabelText('Name'));
    await user.type(within(form).getByLabelText('Name'), 'Open');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    const converted = await screen.findByText(/This site now uses its own custom statuses/);
    // Good news, said politely and in green: not a warning.
    expect(converted.closest('.tk-notice')).toHaveClass('tk-notice-success');
    expect(converted.closest('.tk-notice')).toHaveAttribute('role', 'status');
    await waitFor(() => expect(statusNames('To do')).toEqual(['Open']));
    expect(screen.queryByText('System-defined')).toBeNull();
    expect(api.statuses.settings.usesCustomStatuses).toBe(true);
    // The tickets follow their copies in a migration, shown until it is done.
    expect(await screen.findByText('Moved 61 tickets.')).toBeInTheDocument();
  });

  it('reorders within a category with Move up / Move down, keeping focus on the moved status', async () => {
    const user = userEvent.setup();
    const { api } = renderConnected(<ConnectedStatusSettings />);
    await user.click(await screen.findByRole('button', { name: 'Move up ‘Blocked’' }));
    await waitFor(() => expect(statusNames('In progress')).toEqual(['Blocked', 'In progress']));
    expect(calls(api, 'statuses.reorder')).toEqual([{ statusIds: [1008, 1002] }]);
    // At the top it cannot go further up: focus moves to its "Move down".
    await waitFor(() => expect(screen.getByRole('button', { name: 'Move down ‘Blocked’' })).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Move up ‘Blocked’' })).toBeDisabled();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(statusNames('In progress')).toEqual(['In progress', 'Blocked']));
    expect(calls(api, 'statuses.reorder').at(-1)).toEqual({ statusIds: [1002, 1008] });
  });

  it('removes a status in use after asking where its tickets go, then shows the migration until done', async () => {
    const user = userEvent.setup();
    const { api } = renderConnected(<ConnectedStatusSettings pollIntervalMs={5} />, { migrationStep: 5 });
    await user.click(await screen.findByRole('button', { name: 'Remove ‘Blocked’' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove status ‘Blocked’?' });
    const target = within(dialog).getByRole('combobox', { name: 'Move its 12 tickets to…' });
    // Only open statuses that both lifecycles holding 'Blocked' (Default, Edit person) also hold.
    expect(within(target).getAllByRole('option').map((option) => option.textContent)).toEqual(['Choose a status…', 'To do (To do)', 'In progress (In progress)']);
    await user.selectOptions(target, 'In progress (In progress)');
    await user.click(within(dialog).getByRole('button', { name: 'Remove status' }));
    await waitFor(() => expect(statusNames('In progress')).toEqual(['In progress']));
    expect(calls(api, 'statuses.remove')).toEqual([{ statusId: 1008, mapping: 1002 }]);
    expect(screen.getByRole('img', { name: 'Status: In progress (in progress)' }).closest('li')).toHaveTextContent('17 tickets');
    expect(await screen.findByRole('progressbar', { name: /Moving tickets: (5|10) of 12/ })).toBeInTheDocument();
    expect(await screen.findByText('Moved 12 tickets.')).toBeInTheDocument();
  });

  it('says once, under where the tickets go, that it must be chosen, also when a new default is asked for too', async () => {
    const user = userEvent.setup();
    renderConnected(<ConnectedStatusSettings />);
    await user.click(await screen.findByRole('button', { name: 'Remove ‘To do’' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove status ‘To do’?' });
    const target = within(dialog).getByRole('combobox', { name: /^Move its \d+ tickets? to…$/ });
    expect(within(dialog).getByRole('combobox', { name: /^New default open status/ })).not.toHaveAttribute('aria-invalid');
    await user.click(within(dialog).getByRole('button', { name: 'Remove status' }));
    expect(within(dialog).getAllByRole('alert').map((alert) => alert.textContent)).toEqual([expect.stringMatching(/^Choose the status its \d+ tickets? move to\.$/)]);
    expect(target).toHaveAccessibleDescription(within(dialog).getByRole('alert').textContent!);
  });

  it('asks for a new default when the removed status is one and nothing takes its place', async () => {
    const user = userEvent.setup();
    const { api } = renderConnected(<ConnectedStatusSettings />);
    await user.click(await screen.findByRole('button', { name: 'Remove ‘Applied’' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove status ‘Applied’?' });
    expect(dialog).toHaveTextContent('No ticket uses it.');
    const successor = within(dialog).getByRole('combobox', { name: /^New default closed status/ });
    // Done is not in Edit person: only the statuses both lifecycles hold that may close a ticket.
    expect(within(successor).getAllByRole('option').map((option) => option.textContent)).toEqual(["Won't do (Canceled)", 'Duplicate (Canceled)']);
    await user.click(within(dialog).getByRole('button', { name: 'Remove status' }));
    await waitFor(() => expect(statusNames('Done')).toEqual(['Done']));
    expect(calls(api, 'statuses.remove')).toEqual([{ statusId: 1009, newDefaults: { closed: 1004 } }]);
    expect(api.statuses.settings.lifecycles.find((l) => l.name === 'Edit person')?.defaults.closed).toBe(1004);
  });

  it('Escape closes the removal dialog and gives focus back', async () => {
    const user = userEvent.setup();
    renderConnected(<ConnectedStatusSettings />);
    await user.click(await screen.findByRole('button', { name: 'Remove ‘Blocked’' }));
    expect(screen.getByRole('heading', { name: 'Remove status ‘Blocked’?' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove ‘Blocked’' })).toHaveFocus());
  });

  it('polls migrations.get while a migration runs, and stops when it is done', async () => {
    const settings = { ...customStatusSettings(), migrations: [runningMigration()] };
    const { api } = renderConnected(<ConnectedStatusSettings pollIntervalMs={5} />, { statusSettings: settings, migrationStep: 3300 });
    expect(await screen.findByRole('progressbar', { name: 'Moving tickets: 3,400 of 10,000' })).toBeInTheDocument();
    expect(await screen.findByRole('progressbar', { name: 'Moving tickets: 6,700 of 10,000' })).toBeInTheDocument();
    expect(await screen.findByText('Moved 10,000 tickets.')).toBeInTheDocument();
    const polls = calls(api, 'migrations.get').length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls(api, 'migrations.get')).toHaveLength(polls);
  });

  it('reloads after every refusal, and says so above when the status is gone', async () => {
    const user = userEvent.setup();
    const { api } = renderConnected(<ConnectedStatusSettings />);
    await user.click(await screen.findByRole('button', { name: 'Edit ‘Blocked’' }));
    // Someone else removes 'Blocked' meanwhile.
    api.statuses.changeElsewhere((settings) => ({ ...settings, statuses: settings.statuses.filter((s) => s.id !== 1008) }));
    const form = screen.getByRole('form', { name: 'Edit status ‘Blocked’' });
    await user.type(within(form).getByLabelText('Name'), '!');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    // What the user waits for: the refusal, said above the statuses once they have been reloaded.
    expect(await screen.findByRole('alert')).toHaveTextContent('Status #1008 does not exist in this namespace. The statuses have been reloaded.');
    // Its row (and the form) went with that reload.
    expect(statusNames('In progress')).toEqual(['In progress']);
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('says when the progress of moving tickets cannot be read, and keeps asking until it can', async () => {
    const settings = { ...customStatusSettings(), migrations: [runningMigration()] };
    const { api } = renderConnected(<ConnectedStatusSettings pollIntervalMs={5} />, { statusSettings: settings, migrationStep: 3300 });
    api.failNext('migrations.get', apiError('INTERNAL_SERVER_ERROR', 'Something went wrong on our side and nothing was changed.'));
    const failure = await screen.findByRole('alert');
    expect(failure).toHaveTextContent('The progress of moving tickets could not be read: Something went wrong on our side and nothing was changed.');
    expect(failure).toHaveTextContent('The figures shown may be out of date');
    // The last figures stay, and the page asks again by itself.
    expect(screen.getByRole('progressbar', { name: 'Moving tickets: 3,400 of 10,000' })).toBeInTheDocument();
    expect(await screen.findByText('Moved 10,000 tickets.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers "Try again" when the progress cannot be read', async () => {
    const user = userEvent.setup();
    const settings = { ...customStatusSettings(), migrations: [runningMigration()] };
    const { api } = renderConnected(<ConnectedStatusSettings pollIntervalMs={60_000} />, { statusSettings: settings, migrationStep: 3300 });
    api.failNext('migrations.get', apiError('SERVICE_UNAVAILABLE', 'The database cannot be reached right now. Nothing was changed; try again in a moment.'));
    const failure = await screen.findByRole('alert');
    await user.click(within(failure).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('progressbar', { name: 'Moving tickets: 6,700 of 10,000' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks before adding a status converts a namespace on system-defined statuses', async () => {
    const user = userEvent.setup();
    const { api } = renderConnected(<ConnectedStatusSettings pollIntervalMs={5} />, { statusSettings: systemStatusSettings() });
    expect(await screen.findByText(/Your first change to a system-defined status \(.*adding a status to the system-defined lifecycle\)/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a status to In progress' }));
    const form = screen.getByRole('form', { name: 'Add a status to In progress' });
    const warning = 'Adding it first copies every system-defined status as this site’s own custom status (tickets follow them). There is no way back.';
    // It joins the system-defined lifecycle by default: that converts the namespace, so the form says so.
    expect(form).toHaveTextContent(warning);
    const choice = within(form).getByRole('group', { name: 'Use it in these lifecycles' });
    await user.click(within(choice).getByRole('checkbox', { name: /^Default/ }));
    expect(form).not.toHaveTextContent(warning);
    await user.click(within(choice).getByRole('checkbox', { name: /^Default/ }));
    expect(form).toHaveTextContent(warning);
    await user.type(within(form).getByLabelText('Name'), 'Blocked');
    await user.click(within(form).getByRole('button', { name: 'Add status' }));
    const converted = await screen.findByText(/This site now uses its own custom statuses/);
    // Good news, said politely and in green: not a warning.
    expect(converted.closest('.tk-notice')).toHaveClass('tk-notice-success');
    expect(converted.closest('.tk-notice')).toHaveAttribute('role', 'status');
    expect(api.statuses.settings.usesCustomStatuses).toBe(true);
  });

  it('moves no ticket until the admin chooses where they go: nothing is pre-selected', async () => {
    const user = userEvent.setup();
    const { api } = renderConnected(<ConnectedStatusSettings />);
    await user.click(await screen.findByRole('button', { name: 'Remove ‘Blocked’' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove status ‘Blocked’?' });
    const target = within(dialog).getByRole('combobox', { name: 'Move its 12 tickets to…' });
    expect(target).toHaveValue('');
    expect(within(target).getByRole('option', { name: 'Choose a status…' })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Remove status' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose the status its 12 tickets move to.');
    expect(target).toHaveAttribute('aria-invalid', 'true');
    expect(target).toHaveFocus();
    expect(calls(api, 'statuses.remove')).toEqual([]);
    expect(statusNames('In progress')).toEqual(['In progress', 'Blocked']);

    await user.selectOptions(target, 'To do (To do)');
    expect(within(dialog).queryByRole('alert')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Remove status' }));
    await waitFor(() => expect(calls(api, 'statuses.remove')).toEqual([{ statusId: 1008, mapping: 1001 }]));
  });

  it('shows a failed load with "Try again"', async () => {
    const user = userEvent.setup();
    const { api } = renderConnected(<ConnectedStatusSettings />);
    api.failNext('statuses.list', apiError('INTERNAL_SERVER_ERROR', 'Something went wrong on our side and nothing was changed.'));
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: /^Triage/ })).toBeInTheDocument();
  });
});
