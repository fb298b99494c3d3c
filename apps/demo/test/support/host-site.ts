// A host site on an origin of its own, as a site embedding the widgets is: another host name and
// another port than the Tickets server's 127.0.0.1. A test sets the HTML of each path and opens it.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright';
import { UI_TIMEOUT } from './demo-in-browser.js';

export interface HostSite {
  /** `http://localhost:<port>`, for ALLOWED_ORIGINS. */
  readonly origin: string;
  /** Serves `html` at `path`, whatever its query (every other path says "Nothing here."). */
  serve(path: string, html: string): void;
  /** Serves `html` at `path` and opens it in a new page of `browser`. */
  open(browser: Browser, path: string, html: string, viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function startHostSite(): Promise<HostSite> {
  const pages = new Map<string, string>();
  const server = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(new URL(req.url ?? '/', 'http://host').pathname) ?? 'Nothing here.'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    serve: (path, html) => void pages.set(path, html),
    async open(browser, path, html, viewport = { width: 1100, height: 900 }) {
      pages.set(path, html);
      const page = await browser.newPage({ viewport });
      page.setDefaultTimeout(UI_TIMEOUT);
      await page.goto(`${origin}${path}`);
      return page;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A host page that loads the widgets from the API at `assetsFrom` (the README's script tag), its `<html>` with `htmlAttributes`. */
export function embedPage(assetsFrom: string, body: string, htmlAttributes = ''): string {
  return `<!doctype html><html${htmlAttributes ? ` ${htmlAttributes}` : ''}><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="${assetsFrom}/assets/tickets/tickets-widgets.js"></script></head>
<body>${body}</body></html>`;
}
