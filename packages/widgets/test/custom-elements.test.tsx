import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TicketsListElement, TicketsStatusSettingsElement, TicketsTicketElement } from '../src/embed.js';
import { pageSession, resetPageSessions } from '../src/elements/page-session.js';
import { customStatusSettings, LIST_ITEMS, listPage, ticketDetail, timelinePage } from '../src/fixtures/index.js';

const API = 'https://tickets.test/trpc';

interface SeenRequest {
  path: string;
  input: unknown;
  authorization: string | null;
}

/** Answers the widgets' HTTP calls the way the API does (tRPC over JSON), from fixtures. */
function stubApi(): SeenRequest[] {
  const seen: SeenRequest[] = [];
  const answers: Record<string, unknown> = {
    'tickets.get': ticketDetail(),
    'tickets.timeline': timelinePage(),
    'tickets.list': listPage(),
    'tickets.listChoices': { types: [{ key: 'contact', title: 'Contact a team', tickets: 4 }], statuses: [] },
    'statuses.list': customStatusSettings({ canAdminister: false }),
    me: { userId: 3, name: 'Ana Kowalska', isSiteAdmin: false, memberships: [], namespace: 'wca' },
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string | URL, init?: RequestInit) => {
      const address = new URL(String(url));
      const path = address.pathname.replace('/trpc/', '');
      const input = address.searchParams.get('input');
      const headers = new Headers(init?.headers);
      seen.push({ path, input: input ? JSON.parse(input) : undefined, authorization: headers.get('authorization') });
      return new Response(JSON.stringify({ result: { data: answers[path] } }), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return seen;
}

function shadowOf(element: Element) {
  const root = element.shadowRoot;
  if (!root) throw new Error('no shadow root');
  return within(root as unknown as HTMLElement);
}

beforeEach(() => resetPageSessions());
afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('<tickets-ticket>', () => {
  it('asks the API for its ticket before it has rendered anything, not after its first render', async () => {
    const shownWhenAsked: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        shownWhenAsked.push(document.querySelector('tickets-ticket')?.shadowRoot?.querySelector('.tk-root')?.textContent ?? '(no root)');
        return new Response(JSON.stringify({ result: { data: ticketDetail() } }), { headers: { 'content-type': 'application/json' } });
      }),
    );
    document.body.innerHTML = `<tickets-ticket ticket-id="12" api-url="${API}" token="token-for-ana"></tickets-ticket>`;
    await waitFor(() => expect(shownWhenAsked.length).toBeGreaterThan(0));
    // Not even "Loading ticket #12…": the request left before React's first render.
    expect(shownWhenAsked[0]).toBe('');
    await shadowOf(document.querySelector('tickets-ticket')!).findByRole('heading', { name: ticketDetail().ticket.title });
    expect(shownWhenAsked).toHaveLength(1);
  });

  it('renders the ticket inside an open shadow root with its stylesheet, using the token', async () => {
    const seen = stubApi();
    document.body.innerHTML = `<tickets-ticket ticket-id="12" api-url="${API}" token="token-for-ana"></tickets-ticket>`;
    const element = document.querySelector('tickets-ticket')!;
    expect(element).toBeInstanceOf(TicketsTicketElement);
    expect(element.shadowRoot?.mode).toBe('open');

    const shadow = shadowOf(element);
    expect(await shadow.findByRole('heading', { name: 'Correct my date of birth' })).toBeInTheDocument();
    expect(await shadow.findByText('Ana Kowalska changed the status from To do to In progress on behalf of WRT.')).toBeInTheDocument();
    // Nothing leaks into the host page's DOM; the page's queries do not see inside.
    expect(element.childNodes).toHaveLength(0);
    expect(screen.queryByRole('heading', { name: 'Correct my date of birth' })).toBeNull();
    // The stylesheet is in the shadow root (adopted, or a <style> where the browser cannot adopt).
    const root = element.shadowRoot!;
    const css = root.adoptedStyleSheets?.length > 0 ? [...root.adoptedStyleSheets[0]!.cssRules].map((rule) => rule.cssText).join('') : root.querySelector('style[data-tickets]')?.textContent;
    expect(css).toContain('.tk-badge');

    // The ticket, its timeline and who is looking come in one answer: the page paints from one request.
    expect(seen.map((request) => request.path)).toEqual(['tickets.get']);
    expect(seen.find((request) => request.path === 'tickets.get')).toEqual({ path: 'tickets.get', input: { ticketId: 12 }, authorization: 'Bearer token-for-ana' });
  });

  it('asks a tokenProvider before each request, and says what is missing', async () => {
    const seen = stubApi();
    const element = document.createElement('tickets-ticket');
    element.setAttribute('api-url', API);
    element.tokenProvider = vi.fn(async () => 'fresh-token');
    document.body.append(element);
    expect(await shadowOf(element).findByRole('alert')).toHaveTextContent('Set the ticket-id attribute to the ticket\'s number (it is "").');
    element.setAttribute('ticket-id', '#12');
    expect(await shadowOf(element).findByRole('heading', { name: 'Correct my date of birth' })).toBeInTheDocument();
    expect(seen.every((request) => request.authorization === 'Bearer fresh-token')).toBe(true);
    expect(element.tokenProvider).toHaveBeenCalled();

    const bare = document.createElement('tickets-ticket');
    document.body.append(bare);
    expect(await shadowOf(bare).findByRole('alert')).toHaveTextContent("Set the api-url attribute to the Tickets API's address (ending in /trpc).");
  });
});

describe('<tickets-list>', () => {
  it('shares the page’s client and cache with the ticket widget, and links tickets', async () => {
    const seen = stubApi();
    document.body.innerHTML = `
      <tickets-list api-url="${API}" token="t" ticket-href="/tickets/{id}"></tickets-list>
      <tickets-ticket api-url="${API}" token="t" ticket-id="12"></tickets-ticket>`;
    const list = document.querySelector('tickets-list')!;
    expect(list).toBeInstanceOf(TicketsListElement);
    const links = await shadowOf(list).findAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(LIST_ITEMS.map((item) => `/tickets/${item.id}`));
    await shadowOf(document.querySelector('tickets-ticket')!).findByRole('heading', { name: 'Correct my date of birth' });
    // One QueryClient for the page: both widgets' data are in it.
    const cache = pageSession(API).queryClient.getQueryCache();
    // The list and what its filters offer (tickets.listChoices).
    expect(cache.findAll({ queryKey: ['tickets', 'list'] })).toHaveLength(2);
    expect(cache.findAll({ queryKey: ['tickets', 'detail', 12] })).toHaveLength(1);
    expect(seen.filter((request) => request.path === 'tickets.list')).toHaveLength(1);
  });

  it('sends tickets-open, across the shadow boundary, when it has no ticket-href', async () => {
    stubApi();
    const user = userEvent.setup();
    document.body.innerHTML = `<tickets-list api-url="${API}" token="t" state="open" page-size="10"></tickets-list>`;
    const opened = vi.fn();
    document.body.addEventListener('tickets-open', (event) => opened((event as CustomEvent).detail));
    const list = document.querySelector('tickets-list')!;
    await user.click(await shadowOf(list).findByRole('button', { name: 'Correct my date of birth' }));
    expect(opened).toHaveBeenCalledWith({ ticketId: 12 });
    expect(shadowOf(list).getByRole('combobox', { name: 'State' })).toHaveValue('open');
  });

  it('takes its filters from attributes and says each change with tickets-filter-change; set back as attributes, the list stays', async () => {
    const seen = stubApi();
    document.body.innerHTML = `<tickets-list api-url="${API}" token="t" type="contact" sort="status" direction="asc" status="x,3" search=" date "></tickets-list>`;
    const list = document.querySelector('tickets-list')!;
    const shadow = shadowOf(list);
    await shadow.findByText('Correct my date of birth');
    const listInputs = () => seen.filter((request) => request.path === 'tickets.list').map((request) => JSON.stringify(request.input));
    // What cannot be a filter ("x") is left out; the rest reaches the API.
    expect(listInputs()[0]).toContain('"types":["contact"]');
    expect(listInputs()[0]).toContain('"statusIds":[3]');
    expect(listInputs()[0]).toContain('"search":"date"');
    expect(listInputs()[0]).toContain('"sort":"status"');
    expect(shadow.getByRole('combobox', { name: 'Sort by' })).toHaveValue('status');
    expect(shadow.getByRole('searchbox', { name: 'Search titles and comments' })).toHaveValue('date');

    // A host that keeps the filters in its URL: it writes back what the event says.
    const changes: Array<Record<string, string>> = [];
    list.addEventListener('tickets-filter-change', (event) => {
      const { attributes } = (event as CustomEvent<{ attributes: Record<string, string> }>).detail;
      changes.push(attributes);
      for (const name of ['state', 'status', 'category', 'type', 'mine', 'my-groups', 'search', 'sort', 'direction']) list.removeAttribute(name);
      for (const [name, value] of Object.entries(attributes)) list.setAttribute(name, value);
    });
    const search = shadow.getByRole('searchbox', { name: 'Search titles and comments' });
    // (user-event cannot focus inside a shadow root in jsdom; the demo's browser test types for real.)
    search.focus();
    fireEvent.change(search, { target: { value: 'birth' } });
    fireEvent.submit((search as HTMLInputElement).form!);
    expect(changes.at(-1)).toEqual({ type: 'contact', status: '3', search: 'birth', sort: 'status', direction: 'asc' });
    expect(list.getAttribute('search')).toBe('birth');
    await waitFor(() => expect(listInputs().at(-1)).toContain('"search":"birth"'));
    // The list was not started afresh by its own filters coming back: the person keeps typing where they were.
    expect(shadow.getByRole('searchbox', { name: 'Search titles and comments' })).toBe(search);

    // Other filters set by the host (its back button) show at once.
    list.setAttribute('search', 'passport');
    await waitFor(() => expect(shadow.getByRole('searchbox', { name: 'Search titles and comments' })).toHaveValue('passport'));
    await waitFor(() => expect(listInputs().at(-1)).toContain('"search":"passport"'));
  });

  it('unmounts when removed from the page', async () => {
    stubApi();
    document.body.innerHTML = `<tickets-list api-url="${API}" token="t"></tickets-list>`;
    const list = document.querySelector('tickets-list')!;
    await shadowOf(list).findByText('Correct my date of birth');
    expect(list.shadowRoot!.querySelector('.tk-root')).not.toBeNull();
    list.remove();
    await waitFor(() => expect(list.shadowRoot!.querySelector('.tk-root')).toBeNull());
  });
});

describe('<tickets-status-settings>', () => {
  it('renders the namespace’s statuses in its shadow root, using the token', async () => {
    const seen = stubApi();
    document.body.innerHTML = `<tickets-status-settings api-url="${API}" token="token-for-rita"></tickets-status-settings>`;
    const element = document.querySelector('tickets-status-settings')!;
    expect(element).toBeInstanceOf(TicketsStatusSettingsElement);
    const shadow = shadowOf(element);
    expect(await shadow.findByRole('img', { name: 'Status: Blocked (in progress)' })).toBeInTheDocument();
    expect(shadow.getByText('You can see these statuses, but only a namespace admin (a site admin of this site) can change them.')).toBeInTheDocument();
    expect(element.childNodes).toHaveLength(0);
    expect(seen).toEqual([{ path: 'statuses.list', input: undefined, authorization: 'Bearer token-for-rita' }]);
  });
});
