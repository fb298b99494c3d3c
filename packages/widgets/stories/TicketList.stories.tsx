import type { Meta, StoryObj } from '@storybook/react-vite';
import type { TicketListItem } from '../src/api/types.js';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ConnectedTicketList } from '../src/connected/ConnectedTicketList.js';
import { apiError, LIST_ITEMS, listItem, PEOPLE, STATUSES } from '../src/fixtures/index.js';
import { fakeApi, loadedApi, NEVER, withFakeApi } from './support.js';

const meta = {
  title: 'Widgets/TicketList',
  component: ConnectedTicketList,
  args: { pageSize: 25, onOpen: fn() },
  loaders: [fakeApi()],
  decorators: [withFakeApi],
} satisfies Meta<typeof ConnectedTicketList>;

export default meta;
type Story = StoryObj<typeof meta>;

const TYPES = [
  { type: 'edit-person', typeTitle: 'Edit person' },
  { type: 'anonymization', typeTitle: 'Anonymization' },
  { type: 'contact', typeTitle: 'Contact' },
  { type: 'claim-wca-id', typeTitle: 'Claim WCA ID' },
];

/** Sixty tickets in every status and type, newest first. */
const MANY: readonly TicketListItem[] = Array.from({ length: 60 }, (_, index) => {
  const view = STATUSES[index % STATUSES.length]!;
  const id = 100 - index;
  return listItem(id, {
    ...TYPES[index % TYPES.length],
    title: index % 7 === 0 ? `Please merge my two profiles and correct the spelling of my name in every result since 2005 (request ${id})` : `Request ${id}`,
    status: view,
    state: view.state,
    closedAt: view.state === 'closed' ? '2026-11-22T10:00:00.000Z' : null,
    assignees: index % 2 ? [PEOPLE.wrt] : [PEOPLE.wst, PEOPLE.ana],
  });
});

/** The three fixture tickets; choosing one sends `onOpen`. */
export const Default: Story = {
  play: async ({ args, canvas }) => {
    await expect(await canvas.findByText('Showing 3 of 3 tickets')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: LIST_ITEMS[0]!.title }));
    await expect(args.onOpen).toHaveBeenCalledWith(LIST_ITEMS[0]!.id);
  },
};

/** Titles link to the host's ticket page. */
export const WithLinks: Story = {
  args: { ticketHref: (id) => `/tickets/${id}`, onOpen: undefined },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('link', { name: LIST_ITEMS[0]!.title })).toHaveAttribute('href', '/tickets/12');
  },
};

export const Empty: Story = {
  loaders: [fakeApi({ list: [] })],
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('There are no tickets for you yet: the tickets you file, and those your teams work on, will show here.')).toBeVisible();
  },
};

/** Filters that match nothing. */
export const NoMatch: Story = {
  args: { initialFilters: { types: ['claim-wca-id'] } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('No tickets match these filters. Change or clear them to see more.')).toBeVisible();
  },
};

/** Sixty tickets, ten a page: "Load more" adds the next page. */
export const ManyWithPaging: Story = {
  args: { pageSize: 10 },
  loaders: [fakeApi({ list: MANY })],
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Showing 10 of 60 tickets')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Load more' }));
    await expect(await canvas.findByText('Showing 20 of 60 tickets')).toBeVisible();
  },
};

/** More tickets than the API counts: the total says "1,000+", and paging still reaches them all. */
export const BeyondTheCount: Story = {
  args: { pageSize: 25 },
  loaders: [fakeApi({ list: Array.from({ length: 1_200 }, (_, index) => listItem(2_000 - index, { title: `Request ${2_000 - index}` })) })],
  play: async ({ canvas }) => {
    const count = await canvas.findByText('Showing 25 of 1,000+ tickets');
    await expect(count).toBeVisible();
    await expect(count).toHaveAttribute('title', 'More than 1,000 tickets match; the count stops there.');
  },
};

/** Filtering the many by state goes back to the API. */
export const FilterByState: Story = {
  args: { pageSize: 10 },
  loaders: [fakeApi({ list: MANY })],
  play: async (context) => {
    const { canvas } = context;
    const { api } = loadedApi(context);
    await canvas.findByText('Showing 10 of 60 tickets');
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'State' }), 'closed');
    const closed = MANY.filter((item) => item.state === 'closed').length;
    await expect(await canvas.findByText(`Showing 10 of ${closed} tickets`)).toBeVisible();
    await waitFor(() => expect(api.calls.at(-1)?.input).toMatchObject({ state: 'closed' }));
  },
};

/** The filters offer every type and status the API counts (tickets.listChoices), not only those of the ten loaded. */
export const FiltersFromTheServer: Story = {
  args: { pageSize: 10 },
  loaders: [fakeApi({ list: MANY })],
  play: async ({ canvas }) => {
    await canvas.findByText('Showing 10 of 60 tickets');
    const type = canvas.getByRole('combobox', { name: 'Type' });
    await waitFor(() => expect(within(type).getAllByRole('option').map((option) => option.textContent)).toEqual(['Any type', 'Anonymization (15)', 'Claim WCA ID (15)', 'Contact (15)', 'Edit person (15)']));
  },
};

/** A search (sent on Enter) and the order by status: triage first, what is done last. */
export const SearchAndSortByStatus: Story = {
  args: { pageSize: 10 },
  loaders: [fakeApi({ list: MANY })],
  play: async ({ canvas }) => {
    await canvas.findByText('Showing 10 of 60 tickets');
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search titles and comments' }), 'merge profiles{Enter}');
    const merged = MANY.filter((item) => item.title.startsWith('Please merge')).length;
    await expect(await canvas.findByText(`Showing ${merged} of ${merged} tickets`)).toBeVisible();
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Sort by' }), 'Status');
    await expect(canvas.getByRole('combobox', { name: 'Sort by' })).toHaveValue('status');
  },
};

export const Loading: Story = {
  loaders: [fakeApi({ latencyMs: NEVER })],
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading tickets…');
  },
};

export const LoadError: Story = {
  loaders: [fakeApi({}, (api) => api.failNext('tickets.list', apiError('INTERNAL_SERVER_ERROR', 'The ticket service is not answering. Try again in a minute.')))],
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The ticket service is not answering.');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByText('Showing 3 of 3 tickets')).toBeVisible();
  },
};

/** A token the API refuses: what the site must do, and no "Try again" that cannot help. */
export const RefusedToken: Story = {
  loaders: [fakeApi({}, (api) => api.failNext('tickets.list', apiError('UNAUTHORIZED', 'The token could not be read; it is malformed.')))],
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('the site must give the widget a valid token');
    await expect(canvas.queryByRole('button', { name: 'Try again' })).toBeNull();
  },
};

/** Something other than the API answered (a proxy's error page): said so, and worth another try. */
export const NotTheApi: Story = {
  loaders: [fakeApi({}, (api) => api.failNext('tickets.list', Object.assign(new Error('Unexpected token <'), { cause: new SyntaxError('Unexpected token <') })))],
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('alert')).toHaveTextContent('Something other than the ticket service answered');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByText('Showing 3 of 3 tickets')).toBeVisible();
  },
};

/** The host page names the list itself ("Your requests"), or gives it none when it has its own heading. */
export const HostHeading: Story = {
  args: { heading: 'Your requests' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Your requests' })).toBeVisible();
    await expect(canvas.queryByRole('heading', { name: 'Tickets' })).toBeNull();
  },
};

/** In Polish (the toolbar's Language, or `lang="pl"` on the element): three plural forms, system statuses translated, custom ones as written. */
export const InPolish: Story = {
  loaders: [fakeApi({ list: MANY })],
  args: { pageSize: 22 },
  globals: { locale: 'pl' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Wyświetlono 22 z 60 zgłoszeń')).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Zgłoszenia' })).toBeVisible();
    await expect(canvas.getByRole('combobox', { name: 'Stan' })).toBeVisible();
    await expect(canvas.getAllByRole('img', { name: 'Status: Do zrobienia (do zrobienia)' }).length).toBeGreaterThan(0);
  },
};

/** In Spanish. */
export const InSpanish: Story = {
  loaders: [fakeApi({ list: MANY.slice(0, 1) })],
  globals: { locale: 'es' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Se muestra 1 de 1 ticket')).toBeVisible();
    await expect(canvas.getByRole('checkbox', { name: 'Míos' })).not.toBeChecked();
  },
};

/** The pseudo-locale: every word longer and accented, so a label that would be cut off shows here first. */
export const Pseudo: Story = {
  globals: { locale: 'en-XA' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: /^Tíçkéţš|^Tíçkétš/ })).toBeVisible();
  },
};
