// A ticket page's first paint without a waterfall. The stable loader (build/embed-loader.js) runs
// `startFirstPaint` before it even asks for the core: it asks the API for every `<tickets-ticket>`
// on the page at once, so the answer travels while the core downloads and starts. The core's tRPC
// client then takes that answer (`takeFirstPaint`) instead of asking again. Once the answer names
// the ticket's type, the loader preloads that type's playground module, if the viewer may act.

/** The page-wide map (on `globalThis` under this symbol) from a request to its answer on its way. */
export const FIRST_PAINT_KEY = 'tickets.first-paint';

/** A ticket type's playground module, as the API's manifest names it (relative to the loader). */
export interface FirstPaintTicketType {
  type: string;
  module: string;
}

export interface FirstPaintOptions {
  /** `FIRST_PAINT_KEY`: passed in because the function runs from its source, apart from this module. */
  key: string;
  ticketTypes: readonly FirstPaintTicketType[];
  /** The loader's URL: module paths are relative to it. */
  base: string;
  /** src/elements/page-language.ts's `wantedLocales`, whose source the loader carries too: the answer is in the widget's language. */
  wantedLocales: (element: Element, token: string | null) => string[];
}

/**
 * Starts the first paint's requests. It runs from its own source text inside the loader, so it
 * uses nothing from outside its body, and it must build the very request the widget's tRPC client
 * builds (`httpLink`: `${api-url}/tickets.get?input=…`, the bearer token in `authorization`, the
 * reader's languages in `accept-language`).
 */
export function startFirstPaint({ key, ticketTypes, base, wantedLocales }: FirstPaintOptions): void {
  const store = globalThis as unknown as Record<symbol, Map<string, Promise<Response | null>> | undefined>;
  const symbol = Symbol.for(key);
  const answers = (store[symbol] ??= new Map());
  const preload = (answer: Response) =>
    answer
      .clone()
      .json()
      .then((body: { result?: { data?: { ticket?: { type?: unknown }; viewer?: { canAct?: unknown } } } }) => {
        const data = body.result?.data;
        const entry = ticketTypes.find((ticketType) => ticketType.type === data?.ticket?.type);
        if (!entry || data?.viewer?.canAct !== true) return;
        const href = new URL(entry.module, base).href;
        if (document.querySelector(`link[rel="modulepreload"][href="${CSS.escape(href)}"]`)) return;
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.href = href;
        document.head.append(link);
      })
      .catch(() => {});
  for (const element of Array.from(document.querySelectorAll('tickets-ticket'))) {
    const apiUrl = element.getAttribute('api-url');
    const token = element.getAttribute('token');
    const ticketId = Number((element.getAttribute('ticket-id') ?? '').trim().replace(/^#/, ''));
    if (!apiUrl || !token || !Number.isInteger(ticketId) || ticketId <= 0) continue;
    const url = `${apiUrl}/tickets.get?input=${encodeURIComponent(JSON.stringify({ ticketId }))}`;
    const authorization = `Bearer ${token}`;
    const languages = wantedLocales(element, token).join(', ');
    const request = `${url}\n${authorization}\n${languages}`;
    if (answers.has(request)) continue;
    const answer = fetch(url, { method: 'GET', headers: { authorization, ...(languages ? { 'accept-language': languages } : {}) } }).then(
      (response) => {
        if (response.ok) void preload(response);
        return response;
      },
      () => null,
    );
    answers.set(request, answer);
  }
}

/**
 * The answer the loader asked for, for this request (its URL, `authorization` and `accept-language`), once:
 * null when there is none, so the client asks itself. A request that failed on the way is asked again.
 */
export function takeFirstPaint(url: string, init?: RequestInit): Promise<Response> | null {
  const answers = (globalThis as unknown as Record<symbol, Map<string, Promise<Response | null>> | undefined>)[Symbol.for(FIRST_PAINT_KEY)];
  if (!answers || answers.size === 0) return null;
  const headers = new Headers(init?.headers);
  const request = `${url}\n${headers.get('authorization') ?? ''}\n${headers.get('accept-language') ?? ''}`;
  const answer = answers.get(request);
  if (!answer) return null;
  answers.delete(request);
  return answer.then((response) => response ?? fetch(url, init));
}

/** `fetch` for the widgets' tRPC client: the loader's answer when it has one, else the network. */
export function firstPaintFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return takeFirstPaint(url, init) ?? fetch(input, init);
}
