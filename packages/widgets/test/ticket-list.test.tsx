import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TicketList } from '../src/components/TicketList.js';
import { ConnectedTicketList } from '../src/connected/ConnectedTicketList.js';
import { apiError, LIST_ITEMS, listItem, status } from '../src/fixtures/index.js';
import { renderConnected } from './render.js';

const noop = () => {};

describe('TicketList', () => {
  it('lists tickets with their status, type, assignees and a link to each', () => {
    render(<TicketList items={LIST_ITEMS} total={3} filters={{}} onFiltersChange={noop} ticketHref={(id) => `/tickets/${id}`} />);
    const rows = within(screen.getAllByRole('list')[0]!).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByRole('link', { name: 'Correct my date of birth' })).toHaveAttribute('href', '/tickets/12');
    expect(within(rows[0]!).getByRole('img', { name: 'Status: In progress (in progress)' })).toBeInTheDocument();
    expect(rows[2]).toHaveTextContent('#9 · Contact · assigned to WST');
    expect(screen.getByText('Showing 3 of 3 tickets')).toBeInTheDocument();
  });

  it('calls back with each filter', async () => {
    const user = userEvent.setup();
    const onFiltersChange = vi.fn();
    const { rerender } = render(<TicketList items={LIST_ITEMS} total={3} filters={{}} onFiltersChange={onFiltersChange} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'open');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ state: 'open' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), String(status('Done').id));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ statusIds: [3] });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'in_progress');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ categories: ['in_progress'] });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'anonymization');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ types: ['anonymization'] });
    await user.click(screen.getByRole('checkbox', { name: 'Mine' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ mine: true });
    await user.click(screen.getByRole('checkbox', { name: "My groups" }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ myGroups: true });

    // Unsetting a filter removes it; "Clear filters" removes them all.
    rerender(<TicketList items={[]} total={0} filters={{ state: 'open', mine: true }} onFiltersChange={onFiltersChange} />);
    expect(screen.getByText('No tickets match these filters. Change or clear them to see more.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Mine' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({ state: 'open' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), '');
    expect(onFiltersChange).toHaveBeenLastCalledWith({ mine: true });
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(onFiltersChange).toHaveBeenLastCalledWith({});
  });

  it('pages with "Load more" and opens a ticket without a link', async () => {
    const user = userEvent.setup();
    const onLoadMore = vi.fn();
    const onOpen = vi.fn();
    const { rerender } = render(<TicketList items={LIST_ITEMS.slice(0, 2)} total={3} filters={{}} onFiltersChange={noop} hasMore onLoadMore={onLoadMore} onOpen={onOpen} />);
    expect(screen.getByText('Showing 2 of 3 tickets')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(onLoadMore).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Forget my account' }));
    expect(onOpen).toHaveBeenCalledWith(11);
    rerender(<TicketList items={LIST_ITEMS.slice(0, 2)} total={3} filters={{}} onFiltersChange={noop} hasMore onLoadMore={onLoadMore} loadingMore />);
    expect(screen.getByRole('button', { name: 'Loading…' })).toBeDisabled();
  });

  it('has loading, empty and error states', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const { rerender } = render(<TicketList items={[]} total={0} filters={{}} onFiltersChange={noop} loading />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading tickets…');
    rerender(<TicketList items={[]} total={0} filters={{}} onFiltersChange={noop} />);
    expect(screen.getByText('There are no tickets for you yet: the tickets you file, and those your teams work on, will show here.')).toBeInTheDocument();
    rerender(<TicketList items={[]} total={0} filters={{}} onFiltersChange={noop} error={apiError('SERVICE_UNAVAILABLE', 'The ticket database cannot be reached right now; nothing was changed. Try again in a moment.')} onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The ticket database cannot be reached right now');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
    rerender(<TicketList items={[]} total={0} filters={{}} onFiltersChange={noop} error={new TypeError('Failed to fetch')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The ticket service cannot be reached. Check your connection and try again.');
  });

  it('takes its heading from the host (renamed, or none when the page has its own) and says nothing of "0 of 0"', () => {
    const { rerender } = render(<TicketList items={[]} total={0} filters={{}} onFiltersChange={noop} heading="Your requests" />);
    expect(screen.getByRole('heading', { name: 'Your requests' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Your requests' })).toBeInTheDocument();
    expect(screen.queryByText(/Showing 0 of 0/)).toBeNull();
    rerender(<TicketList items={[]} total={0} filters={{}} onFiltersChange={noop} heading="" />);
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByRole('region', { name: 'Tickets' })).toBeInTheDocument();
  });

  it('says what the site must do about a token the API refused, with no "Try again" that cannot help', () => {
    const onRetry = vi.fn();
    render(<TicketList items={[]} total={0} filters={{}} onFiltersChange={noop} error={apiError('UNAUTHORIZED', 'The token could not be read; it is malformed.')} onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'You need to be signed in to see the tickets. The token could not be read; it is malformed. If you are signed in, reload the page; if it keeps happening, the site must give the widget a valid token.',
    );
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('tells an answer that is not the API (an error page of a proxy) from no answer at all', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    const notJson = Object.assign(new Error('Unexpected token < in JSON at position 0'), { cause: new SyntaxError('Unexpected token <') });
    render(<TicketList items={[]} total={0} filters={{}} onFiltersChange={noop} error={notJson} onRetry={onRetry} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Something other than the ticket service answered');
    expect(screen.getByRole('alert')).not.toHaveTextContent('cannot be reached');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});

describe('ConnectedTicketList', () => {
  const many = Array.from({ length: 5 }, (_, index) => listItem(20 - index, { title: `Ticket ${20 - index}`, ...(index % 2 ? { state: 'closed' as const, status: status('Done') } : {}) }));

  it('pages by cursor and filters through tickets.list', async () => {
    const user = userEvent.setup();
    const { api } = renderConnected(<ConnectedTicketList pageSize={2} />, { list: many });
    expect(await screen.findByText('Showing 2 of 5 tickets')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Showing 4 of 5 tickets')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Showing 5 of 5 tickets')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    const listCalls = () => api.calls.filter((call) => call.path === 'tickets.list').map((call) => call.input);
    expect(listCalls()).toEqual([{ limit: 2 }, { limit: 2, cursor: '2' }, { limit: 2, cursor: '4' }]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'closed');
    await waitFor(() => expect(screen.getByText('Showing 2 of 2 tickets')).toBeInTheDocument());
    expect(listCalls().at(-1)).toEqual({ state: 'closed', limit: 2 });
    expect(screen.getByText('Ticket 19')).toBeInTheDocument();
  });

  it('offers every type and status the server says, with counts, not only those of the page loaded', async () => {
    const user = userEvent.setup();
    const others = [listItem(30, { title: 'Merge my two profiles', type: 'contact', typeTitle: 'Contact a team', status: status('Needs triage') })];
    renderConnected(<ConnectedTicketList pageSize={2} />, { list: [...many, ...others] });
    expect(await screen.findByText('Showing 2 of 6 tickets')).toBeInTheDocument();
    // The sixth ticket is not loaded, yet its type and status are offered, each with its count.
    const type = screen.getByRole('combobox', { name: 'Type' });
    await waitFor(() => expect(within(type).getByRole('option', { name: 'Contact a team (1)' })).toBeInTheDocument());
    expect(within(screen.getByRole('combobox', { name: 'Status' })).getByRole('option', { name: 'Needs triage (1)' })).toBeInTheDocument();
    await user.selectOptions(type, 'contact');
    expect(await screen.findByText('Merge my two profiles')).toBeInTheDocument();
  });

  it('searches when the person presses Enter, and sorts by status', async () => {
    const user = userEvent.setup();
    const { api } = renderConnected(<ConnectedTicketList />, { list: many });
    expect(await screen.findByText('Showing 5 of 5 tickets')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search titles and comments' }), 'ticket 17{Enter}');
    expect(await screen.findByText('Showing 1 of 1 ticket')).toBeInTheDocument();
    expect(api.calls.filter((call) => call.path === 'tickets.list').at(-1)?.input).toEqual({ search: 'ticket 17', limit: 25 });
    // Typing alone sends nothing: a search is one request, not one per key.
    const sent = api.calls.length;
    await user.type(screen.getByRole('searchbox', { name: 'Search titles and comments' }), '0');
    expect(api.calls.length).toBe(sent);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Status');
    await waitFor(() => expect(api.calls.filter((call) => call.path === 'tickets.list').at(-1)?.input).toEqual({ search: 'ticket 17', sort: 'status', direction: 'asc', limit: 25 }));
    // Clearing the filters keeps the order.
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(api.calls.filter((call) => call.path === 'tickets.list').at(-1)?.input).toEqual({ sort: 'status', direction: 'asc', limit: 25 }));
    expect(screen.getByRole('searchbox', { name: 'Search titles and comments' })).toHaveValue('');
  });
});
