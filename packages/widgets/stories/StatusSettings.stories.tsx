import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ConnectedStatusSettings } from '../src/connected/ConnectedStatusSettings.js';
import { apiError, customStatusSettings, longNameStatusSettings, manyStatusSettings, runningMigration, systemStatusSettings } from '../src/fixtures/index.js';
import { fakeApi, loadedApi, NEVER, withFakeApi } from './support.js';

// The status settings element's widget over the in-memory API, whose status procedures decide with
// the domain's own rules: every refusal below is the API's own sentence.
const meta = {
  title: 'Widgets/StatusSettings',
  component: ConnectedStatusSettings,
  args: { headingLevel: 2, pollIntervalMs: 100 },
  loaders: [fakeApi()],
  decorators: [withFakeApi],
} satisfies Meta<typeof ConnectedStatusSettings>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The names in one category's list, in order. */
async function namesIn(canvas: ReturnType<typeof within>, category: string): Promise<string[]> {
  const section = await canvas.findByRole('region', { name: new RegExp(`^${category} \\(`) });
  const list = within(section).queryByRole('list');
  return list ? within(list).getAllByRole('img').map((badge) => badge.textContent ?? '') : [];
}

/** A namespace with custom statuses: the copies of the system ones, four of its own, two lifecycles. */
export const CustomStatuses: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('img', { name: 'Status: Blocked (in progress)' })).toBeVisible();
    await expect(await namesIn(canvas, 'In progress')).toEqual(['In progress', 'Blocked']);
    await expect(canvas.getByText('9 of at most 70 statuses.', { exact: false })).toBeVisible();
  },
};

/** Nothing customised yet: the five system-defined statuses, and what the first change will do. */
export const SystemStatusesOnly: Story = {
  loaders: [fakeApi({ statusSettings: systemStatusSettings() })],
  play: async ({ canvas }) => {
    await expect(await canvas.findAllByText('System-defined')).toHaveLength(5);
    await expect(canvas.getByText(/Your first change to a system-defined status/)).toBeVisible();
  },
};

/** Sixty-eight statuses, two short of the limit of 70; the default lifecycle at its limit of 30. */
export const ManyStatuses: Story = {
  loaders: [fakeApi({ statusSettings: manyStatusSettings() })],
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('68 of at most 70 statuses.', { exact: false })).toBeVisible();
    await expect(canvas.getAllByText('in no lifecycle yet').length).toBe(68 - 30);
  },
};

/** At the limit of 70: "Add a status" is off, and says why. */
export const AtTheLimit: Story = {
  loaders: [fakeApi({ statusSettings: manyStatusSettings(70) })],
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Add a status to Triage' })).toBeDisabled();
    await expect(canvas.getAllByText('This site has the maximum of 70 statuses; remove one to add another.')).toHaveLength(5);
  },
};

/** Names of 32 characters and descriptions of 128 wrap rather than overflow. */
export const LongNames: Story = {
  loaders: [fakeApi({ statusSettings: longNameStatusSettings() })],
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('img', { name: 'Status: Blocked by another team’s review (in progress)' })).toBeVisible();
  },
};

/** Someone who is not a namespace admin sees everything and can change nothing, and is told so. */
export const ReadOnlyViewer: Story = {
  loaders: [fakeApi({ statusSettings: customStatusSettings({ canAdminister: false }) })],
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/only a namespace admin \(a site admin of this site\) can change them/)).toBeVisible();
    await expect(canvas.queryByRole('button', { name: /^Edit/ })).toBeNull();
    await expect(canvas.queryByRole('button', { name: /^Add a status/ })).toBeNull();
  },
};

/** A migration is rewriting 10,000 tickets (held at 3,400 here, so the picture stays still). */
export const RunningMigration: Story = {
  loaders: [fakeApi({ statusSettings: { ...customStatusSettings(), migrations: [runningMigration()] }, migrationStep: 0 })],
  play: async ({ canvas }) => {
    const bar = await canvas.findByRole('progressbar', { name: 'Moving tickets: 3,400 of 10,000' });
    await expect(bar).toHaveAttribute('value', '3400');
  },
};

export const Loading: Story = {
  loaders: [fakeApi({ latencyMs: NEVER })],
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading the statuses…');
  },
};

export const LoadError: Story = {
  loaders: [fakeApi({}, (api) => api.failNext('statuses.list', apiError('SERVICE_UNAVAILABLE', 'The ticket database cannot be reached right now; nothing was changed. Try again in a moment.')))],
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The ticket database cannot be reached right now');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByRole('img', { name: 'Status: Blocked (in progress)' })).toBeVisible();
  },
};

/** Adds "Waiting on WST" to Triage from the keyboard-usable form; it joins the default lifecycle. */
export const AddStatus: Story = {
  play: async (context) => {
    const { canvas } = context;
    const { api } = loadedApi(context);
    await userEvent.click(await canvas.findByRole('button', { name: 'Add a status to Triage' }));
    const form = canvas.getByRole('form', { name: 'Add a status to Triage' });
    await userEvent.type(within(form).getByLabelText('Name'), 'Waiting on WST');
    const defaultLifecycle = api.statuses.settings.lifecycles.find((lifecycle) => lifecycle.isDefault)!;
    await expect(within(form).getByRole('checkbox', { name: new RegExp(`^${defaultLifecycle.name}`) })).toBeChecked();
    await userEvent.click(within(form).getByRole('button', { name: 'Add status' }));
    await waitFor(async () => expect(await namesIn(canvas, 'Triage')).toEqual(['Needs triage', 'Waiting on WST']));
    await expect(api.calls.filter((call) => call.path === 'statuses.create').map((call) => call.input)).toEqual([
      { name: 'Waiting on WST', color: '#737278', category: 'triage', lifecycleIds: [defaultLifecycle.id] },
    ]);
  },
};

/** A name already taken (ignoring case): the API's words next to the form, which stays open. */
export const AddNameTaken: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Add a status to Done' }));
    const form = canvas.getByRole('form', { name: 'Add a status to Done' });
    await userEvent.type(within(form).getByLabelText('Name'), 'BLOCKED');
    await userEvent.click(within(form).getByRole('button', { name: 'Add status' }));
    await expect(await within(form).findByRole('alert')).toHaveTextContent("This namespace already has a status named 'Blocked'");
    await expect(within(form).getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
  },
};

/** Renames and recolours 'Blocked'. */
export const RenameStatus: Story = {
  play: async (context) => {
    const { canvas } = context;
    const { api } = loadedApi(context);
    await userEvent.click(await canvas.findByRole('button', { name: 'Edit ‘Blocked’' }));
    const form = canvas.getByRole('form', { name: 'Edit status ‘Blocked’' });
    await userEvent.clear(within(form).getByLabelText('Name'));
    await userEvent.type(within(form).getByLabelText('Name'), 'On hold');
    await userEvent.clear(within(form).getByLabelText('Colour (#rrggbb)'));
    await userEvent.type(within(form).getByLabelText('Colour (#rrggbb)'), '#8f4700');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await namesIn(canvas, 'In progress')).toEqual(['In progress', 'On hold']));
    await expect(api.statuses.settings.statuses.find((status) => status.id === 1008)).toMatchObject({ name: 'On hold', color: '#8f4700' });
  },
};

/** The first edit of a system-defined status converts the namespace; the page says so and shows the tickets following. */
export const ConvertOnFirstEdit: Story = {
  loaders: [fakeApi({ statusSettings: systemStatusSettings() })],
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Edit ‘To do’' }));
    const form = canvas.getByRole('form', { name: 'Edit status ‘To do’' });
    await expect(form).toHaveTextContent('Saving first copies every system-defined status');
    await userEvent.clear(within(form).getByLabelText('Name'));
    await userEvent.type(within(form).getByLabelText('Name'), 'Open');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await expect(await canvas.findByText(/This site now uses its own custom statuses/)).toBeVisible();
    await expect(await canvas.findByText('Moved 61 tickets.')).toBeVisible();
  },
};

/** Adding a status to the system-defined lifecycle converts the namespace: the form says so before it is sent. */
export const ConvertOnFirstAdd: Story = {
  loaders: [fakeApi({ statusSettings: systemStatusSettings() })],
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Add a status to In progress' }));
    const form = canvas.getByRole('form', { name: 'Add a status to In progress' });
    await expect(form).toHaveTextContent('Adding it first copies every system-defined status');
  },
};

/** The progress could not be read (held there: the page keeps asking); the last figures stay, with why. */
export const MigrationProgressUnreadable: Story = {
  loaders: [
    fakeApi({ statusSettings: { ...customStatusSettings(), migrations: [runningMigration()] }, migrationStep: 0 }, (api) =>
      api.failNext('migrations.get', apiError('INTERNAL_SERVER_ERROR', 'Something went wrong on our side and nothing was changed.')),
    ),
  ],
  args: { pollIntervalMs: 60_000 },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The progress of moving tickets could not be read');
    await expect(canvas.getByRole('progressbar', { name: 'Moving tickets: 3,400 of 10,000' })).toBeVisible();
  },
};

/** Move up / Move down from the keyboard; focus stays with the moved status. */
export const Reorder: Story = {
  play: async ({ canvas }) => {
    const moveUp = await canvas.findByRole('button', { name: 'Move up ‘Waiting for proof’' });
    moveUp.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(async () => expect(await namesIn(canvas, 'To do')).toEqual(['Waiting for proof', 'To do']));
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Move down ‘Waiting for proof’' })).toHaveFocus());
  },
};

/** Removing 'Blocked' (12 tickets): "Move its 12 tickets to…", then the migration's progress until done. */
export const RemoveWithMapping: Story = {
  loaders: [fakeApi({ migrationStep: 5 })],
  play: async (context) => {
    const { canvas } = context;
    const { api } = loadedApi(context);
    await userEvent.click(await canvas.findByRole('button', { name: 'Remove ‘Blocked’' }));
    const dialog = canvas.getByRole('dialog', { name: 'Remove status ‘Blocked’?' });
    const target = within(dialog).getByRole('combobox', { name: 'Move its 12 tickets to…' });
    await expect(within(target).getAllByRole('option').map((option) => option.textContent)).toEqual(['Choose a status…', 'To do (To do)', 'In progress (In progress)']);
    // Nothing is pre-selected: removing before choosing only asks for the choice.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove status' }));
    await expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose the status its 12 tickets move to.');
    await userEvent.selectOptions(target, 'In progress (In progress)');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove status' }));
    await waitFor(async () => expect(await namesIn(canvas, 'In progress')).toEqual(['In progress']));
    await expect(await canvas.findByRole('progressbar', { name: /Moving tickets: (5|10) of 12/ })).toBeVisible();
    await expect(await canvas.findByText('Moved 12 tickets.')).toBeVisible();
    await expect(api.calls.filter((call) => call.path === 'statuses.remove').map((call) => call.input)).toEqual([{ statusId: 1008, mapping: 1002 }]);
  },
};

/** The removal dialog while it asks, for the picture (and axe): a default with no successor in the mapping. */
export const RemoveDialogOpen: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Remove ‘Applied’' }));
    const dialog = canvas.getByRole('dialog', { name: 'Remove status ‘Applied’?' });
    await expect(within(dialog).getByRole('combobox', { name: /^New default closed status/ })).toHaveValue('1004');
  },
};

/** Someone else removed 'Blocked' meanwhile: the refusal in words, and the statuses reloaded. */
export const Conflict: Story = {
  play: async (context) => {
    const { canvas } = context;
    const { api } = loadedApi(context);
    await userEvent.click(await canvas.findByRole('button', { name: 'Edit ‘Blocked’' }));
    api.statuses.changeElsewhere((settings) => ({ ...settings, statuses: settings.statuses.filter((status) => status.id !== 1008) }));
    const form = canvas.getByRole('form', { name: 'Edit status ‘Blocked’' });
    await userEvent.type(within(form).getByLabelText('Name'), '!');
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await namesIn(canvas, 'In progress')).toEqual(['In progress']));
    await expect(canvas.getByRole('alert')).toHaveTextContent('Status #1008 does not exist in this namespace. The statuses have been reloaded.');
  },
};

/**
 * In Polish: the settings' words and plurals (2 and 4 "zgłoszenia", 12 "zgłoszeń"), the categories
 * in Polish, and the custom statuses as the namespace named them (its copies too).
 */
export const InPolish: Story = {
  globals: { locale: 'pl' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('9 z maksymalnie 70 statusów.', { exact: false })).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Statusy' })).toBeVisible();
    await expect(await namesIn(canvas, 'W toku')).toEqual(['In progress', 'Blocked']);
    await expect(canvas.getByRole('img', { name: 'Status: Needs triage (selekcja)' }).closest('li')).toHaveTextContent('2 zgłoszenia');
    await userEvent.click(canvas.getByRole('button', { name: 'Usuń „Blocked”' }));
    const dialog = canvas.getByRole('dialog', { name: 'Usunąć status „Blocked”?' });
    const target = within(dialog).getByRole('combobox', { name: 'Przenieś jego 12 zgłoszeń do…' });
    await expect(within(target).getAllByRole('option').map((option) => option.textContent)).toEqual(['Wybierz status…', 'To do (Do zrobienia)', 'In progress (W toku)']);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Usuń status' }));
    await expect(within(dialog).getByRole('alert')).toHaveTextContent('Wybierz status, do którego trafi jego 12 zgłoszeń.');
  },
};

/** In Spanish, on the system-defined statuses: their names in Spanish, "su 1 ticket" and "sus 12 tickets". */
export const InSpanish: Story = {
  loaders: [fakeApi({ statusSettings: systemStatusSettings() })],
  globals: { locale: 'es' },
  play: async ({ canvas }) => {
    await expect(await canvas.findAllByText('Definido por el sistema')).toHaveLength(5);
    await expect(canvas.getByRole('heading', { name: 'Estados' })).toBeVisible();
    await expect(canvas.getByText('5 de un máximo de 70 estados.', { exact: false })).toBeVisible();
    await expect(await namesIn(canvas, 'Cancelado')).toEqual(['No se hará', 'Duplicado']);
    await userEvent.click(canvas.getByRole('button', { name: 'Quitar «Duplicado»' }));
    const one = canvas.getByRole('dialog', { name: '¿Quitar el estado «Duplicado»?' });
    await expect(within(one).getByRole('combobox', { name: 'Mover su 1 ticket a…' })).toBeVisible();
    await expect(one).toHaveTextContent('Al quitarlo, primero se copian todos los estados definidos por el sistema');
    await userEvent.click(within(one).getByRole('button', { name: 'Cancelar' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Quitar «Por hacer»' }));
    const twelve = canvas.getByRole('dialog', { name: '¿Quitar el estado «Por hacer»?' });
    await userEvent.click(within(twelve).getByRole('button', { name: 'Quitar estado' }));
    await expect(within(twelve).getByRole('alert')).toHaveTextContent('Elige el estado al que pasan sus 12 tickets.');
  },
};
