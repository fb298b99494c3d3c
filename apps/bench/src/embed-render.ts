// The embed bundle as a host page gets it: its gzip size (the same measure as
// packages/widgets/scripts/bundle-size.mjs) and the time from navigation to the first render of a
// `<tickets-ticket>` showing its ticket, in Debian's headless Chromium, against the running API.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright';
import { median } from './latency-stats.js';
import type { RenderPhases } from './run-results.js';

/** Built by `@tickets/widgets`' build, which turbo runs before `bench` (a dependency). */
const WIDGETS_DIST = fileURLToPath(new URL('../../../packages/widgets/dist/', import.meta.url));

export function bundlePath(): string {
  return `${WIDGETS_DIST}tickets-widgets.js`;
}

export function bundleBuilt(): boolean {
  return existsSync(`${WIDGETS_DIST}embed-manifest.json`);
}

/** The files a page loads before any playground: the loader, the core and the chunks it imports. */
function coreFiles(): string[] {
  const manifest = JSON.parse(readFileSync(`${WIDGETS_DIST}embed-manifest.json`, 'utf8')) as { core: string; preload: string[] };
  return ['tickets-widgets.js', manifest.core, ...manifest.preload];
}

/** Each file travels compressed on its own: the sum of their gzip sizes (as bundle-size.mjs counts). */
export function bundleGzipBytes(): number {
  return coreFiles().reduce((sum, file) => sum + gzipSync(readFileSync(`${WIDGETS_DIST}${file}`), { level: 9 }).length, 0);
}

export interface HostPage {
  origin: string;
  /** The page embedding one ticket widget as the README says: the script from the API, cross-origin. */
  ticketPage(apiUrl: string, token: string, ticketId: number): string;
  /**
   * The floor of a first render: the same page as static HTML, the widget's shadow root as it was
   * rendered (declarative shadow DOM, its stylesheet inline), no script and no API. `setFloor` gives
   * its content; the page's URL is returned.
   */
  floorPage(content: RenderedWidget): string;
  stop(): Promise<void>;
}

/** What a rendered widget holds: its shadow root's markup and its stylesheet's rules. */
export interface RenderedWidget {
  html: string;
  css: string;
}

/** The README's embed path on the API (packages/server's EMBED_PREFIX). */
const EMBED_LOADER = '/assets/tickets/tickets-widgets.js';

/**
 * A minimal host site: one HTML page on a port of its own. The widgets come from the API's origin,
 * exactly as the README's snippet loads them: cross-origin, compressed, with their CORS preflights.
 */
export async function startHostPage(): Promise<HostPage> {
  let floor: RenderedWidget = { html: '', css: '' };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/floor') {
      // The text comes from our own widget's DOM; `</style` cannot occur in serialized CSS rules.
      return void res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body>
<tickets-ticket><template shadowrootmode="open"><style>${floor.css}</style>${floor.html}</template></tickets-ticket></body></html>`);
    }
    const attr = (name: string) => (url.searchParams.get(name) ?? '').replace(/[^\w.:/-]/g, '');
    const api = attr('api');
    res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="${api}${EMBED_LOADER}"></script></head><body>
<tickets-ticket api-url="${api}/trpc" token="${attr('token')}" ticket-id="${attr('ticket')}"></tickets-ticket></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    ticketPage: (apiUrl, token, ticketId) => `${origin}/?api=${encodeURIComponent(apiUrl)}&token=${encodeURIComponent(token)}&ticket=${ticketId}`,
    floorPage: (content) => {
      floor = content;
      return `${origin}/floor`;
    },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The first frame whose `<tickets-ticket>` shows `title` and a timeline entry, laid out: ms from
 * navigation start, and how many timeline entries that frame holds.
 */
async function firstFrameShowing(page: Page, title: string): Promise<{ at: number; entries: number }> {
  // Checked at the start of every frame; the time is taken in the first frame that has them,
  // after laying them out (what that frame then paints), not when the test gets the answer
  // (which waits for whatever else the page does next, such as the rest of the timeline).
  const shown = await page.waitForFunction(
    (expected) => {
      const root = document.querySelector('tickets-ticket')?.shadowRoot;
      const entry = root?.querySelector('.tk-timeline li');
      if (!entry || !(root?.textContent?.includes(expected) ?? false)) return false;
      entry.getBoundingClientRect();
      return { at: performance.now(), entries: root!.querySelectorAll('.tk-timeline > li').length };
    },
    title,
    { timeout: 30_000, polling: 'raf' },
  );
  return (await shown.jsonValue()) as { at: number; entries: number };
}

/**
 * Milliseconds from navigation start until the widget's shadow root shows `title` and the first
 * entries of its timeline, for `loads` loads, each in a fresh browser context (an empty cache, like
 * a first visit); then the same for the floor: that very content as static HTML from the host.
 */
export async function timeToFirstRender(host: HostPage, pageUrl: string, title: string, loads: number): Promise<{ median: number; all: number[]; phases?: RenderPhases; floor: { median: number; all: number[] } }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const all: number[] = [];
  const floorAll: number[] = [];
  const timings: { bundleLoaded: number; apiAsked: number; apiAnswered: number }[] = [];
  try {
    let rendered: RenderedWidget | null = null;
    for (let load = 0; load < loads; load++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(pageUrl, { waitUntil: 'commit' });
      const first = await firstFrameShowing(page, title);
      all.push(first.at);
      const timing = await page.evaluate(() => {
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        // The core is loaded when the last of its files (loader, core, chunks) has arrived; a
        // playground module, fetched once the ticket's type is known, is not part of it.
        const scripts = resources.filter((entry) => entry.name.includes('/assets/tickets/') && !entry.name.includes('/ticket-types/') && entry.name.endsWith('.js'));
        const api = resources.find((entry) => entry.name.includes('/trpc/tickets.get'));
        return scripts.length > 0 && api ? { bundleLoaded: Math.max(...scripts.map((entry) => entry.responseEnd)), apiAsked: api.startTime, apiAnswered: api.responseEnd } : null;
      });
      if (timing) timings.push(timing);
      // The floor shows what that first frame showed: the timeline entries rendered later are cut.
      rendered ??= await page.evaluate((entries) => {
        const root = document.querySelector('tickets-ticket')!.shadowRoot!;
        const copy = document.createElement('div');
        copy.innerHTML = root.innerHTML;
        for (const later of Array.from(copy.querySelectorAll('.tk-timeline > li')).slice(entries)) later.remove();
        const css = root.adoptedStyleSheets.flatMap((sheet) => Array.from(sheet.cssRules, (rule) => rule.cssText)).join('\n');
        return { html: copy.innerHTML, css };
      }, first.entries);
      await context.close();
    }
    const floorUrl = host.floorPage(rendered!);
    for (let load = 0; load < loads; load++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(floorUrl, { waitUntil: 'commit' });
      floorAll.push((await firstFrameShowing(page, title)).at);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const phases: RenderPhases | undefined =
    timings.length === 0
      ? undefined
      : {
          bundleLoaded: median(timings.map((t) => t.bundleLoaded)),
          apiAsked: median(timings.map((t) => t.apiAsked)),
          apiAnswered: median(timings.map((t) => t.apiAnswered)),
        };
  return { median: median(all), all, ...(phases ? { phases } : {}), floor: { median: median(floorAll), all: floorAll } };
}
