// The loader's early request and the widget's client must agree on the request to the byte (URL
// and token), or the page asks twice and the early request bought nothing: these tests run the
// loader's function and then the widget's real tRPC client against one fake network.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createTicketsClient } from '../src/api/client.js';
import { FIRST_PAINT_KEY, startFirstPaint } from '../src/api/first-paint.js';
import { wantedLocales } from '../src/elements/page-language.js';

const API = 'https://tickets.example.org/trpc';
const LOADER = 'https://tickets.example.org/assets/tickets/tickets-widgets.js';
const TYPES = [{ type: 'bug-report', module: 'ticket-types/bug-report/playground.Ab12.js' }];

function detail(ticketId: number, canAct = true) {
  return { ticket: { id: ticketId, type: 'bug-report', title: `Ticket ${ticketId}` }, viewer: { canAct } };
}

let network: ReturnType<typeof vi.fn<(input: RequestInfo | URL, init?: RequestInit) => Promise<Response>>>;

beforeEach(() => {
  network = vi.fn(async (input: RequestInfo | URL) => {
    const ticketId = Number(/%22ticketId%22%3A(\d+)/.exec(String(input))?.[1]);
    return new Response(JSON.stringify({ result: { data: detail(ticketId, ticketId !== 13) } }), { headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', network);
});

afterEach(() => {
  vi.unstubAllGlobals();
  delete (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(FIRST_PAINT_KEY)];
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

function page(...elements: string[]): void {
  document.body.innerHTML = elements.join('\n');
  // As the loader runs them: from their source text, with nothing of this module around them.
  const fromSource = <F>(fn: F): F => new Function(`return (${String(fn)})`)() as F;
  fromSource(startFirstPaint)({ key: FIRST_PAINT_KEY, ticketTypes: TYPES, base: LOADER, wantedLocales: fromSource(wantedLocales) });
}

it("gives the widget's client the answer the loader asked for: one request for the first paint", async () => {
  page(`<tickets-ticket api-url="${API}" token="rita-token" ticket-id="#12"></tickets-ticket>`);
  expect(network).toHaveBeenCalledTimes(1);
  const client = createTicketsClient({ apiUrl: API, token: 'rita-token' });
  expect(await client.tickets.get.query({ ticketId: 12 })).toEqual(detail(12));
  expect(network).toHaveBeenCalledTimes(1);
  // Only once: a later read (a refresh) is the network's.
  await client.tickets.get.query({ ticketId: 12 });
  expect(network).toHaveBeenCalledTimes(2);
});

it("preloads the ticket type's playground module when the viewer may act, and not otherwise", async () => {
  page(`<tickets-ticket api-url="${API}" token="rita-token" ticket-id="12"></tickets-ticket>`, `<tickets-ticket api-url="${API}" token="rita-token" ticket-id="13"></tickets-ticket>`);
  expect(network).toHaveBeenCalledTimes(2);
  await vi.waitFor(() => expect(document.head.querySelectorAll('link[rel="modulepreload"]')).toHaveLength(1));
  expect(document.head.querySelector('link[rel="modulepreload"]')?.getAttribute('href')).toBe('https://tickets.example.org/assets/tickets/ticket-types/bug-report/playground.Ab12.js');
});

it('leaves a widget with another token, or with a token provider, to ask for itself', async () => {
  page(`<tickets-ticket api-url="${API}" token="old-token" ticket-id="12"></tickets-ticket>`, `<tickets-ticket api-url="${API}" ticket-id="14"></tickets-ticket>`);
  expect(network).toHaveBeenCalledTimes(1);
  const client = createTicketsClient({ apiUrl: API, token: () => 'refreshed-token' });
  await client.tickets.get.query({ ticketId: 12 });
  await client.tickets.get.query({ ticketId: 14 });
  expect(network).toHaveBeenCalledTimes(3);
  expect(new Headers(network.mock.calls[1]![1]?.headers).get('authorization')).toBe('Bearer refreshed-token');
});

it("asks in the widget's language, as its client does: one request for a Polish page", async () => {
  document.documentElement.lang = 'pl';
  try {
    page(`<tickets-ticket api-url="${API}" token="rita-token" ticket-id="12"></tickets-ticket>`, `<tickets-ticket api-url="${API}" token="rita-token" ticket-id="15" lang="es-AR"></tickets-ticket>`);
    expect(new Headers(network.mock.calls[0]![1]?.headers).get('accept-language')).toBe('pl');
    expect(new Headers(network.mock.calls[1]![1]?.headers).get('accept-language')).toBe('es-AR, pl');
    const polish = createTicketsClient({ apiUrl: API, token: 'rita-token', languages: wantedLocales(document.querySelector('[ticket-id="12"]')!, 'rita-token') });
    const spanish = createTicketsClient({ apiUrl: API, token: 'rita-token', languages: ['es-AR', 'pl'] });
    await polish.tickets.get.query({ ticketId: 12 });
    await spanish.tickets.get.query({ ticketId: 15 });
    expect(network).toHaveBeenCalledTimes(2);
    // The Spanish widget's first answer is not the Polish one's: a client of another language asks itself.
    await createTicketsClient({ apiUrl: API, token: 'rita-token', languages: ['en'] }).tickets.get.query({ ticketId: 12 });
    expect(network).toHaveBeenCalledTimes(3);
  } finally {
    document.documentElement.lang = '';
  }
});

it('asks again when the early request failed on the way', async () => {
  network.mockRejectedValueOnce(new TypeError('Failed to fetch'));
  page(`<tickets-ticket api-url="${API}" token="rita-token" ticket-id="12"></tickets-ticket>`);
  const client = createTicketsClient({ apiUrl: API, token: 'rita-token' });
  expect(await client.tickets.get.query({ ticketId: 12 })).toEqual(detail(12));
  expect(network).toHaveBeenCalledTimes(2);
});

it('asks nothing for a widget that is not set up (no api-url, no token, no valid ticket-id)', () => {
  page(
    '<tickets-ticket token="t" ticket-id="12"></tickets-ticket>',
    `<tickets-ticket api-url="${API}" ticket-id="12"></tickets-ticket>`,
    `<tickets-ticket api-url="${API}" token="t" ticket-id="twelve"></tickets-ticket>`,
    `<tickets-ticket api-url="${API}" token="t" ticket-id="-3"></tickets-ticket>`,
  );
  expect(network).not.toHaveBeenCalled();
});
