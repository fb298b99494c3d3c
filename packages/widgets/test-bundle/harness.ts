// What the bundle tests share: a host site on an origin of its own that serves the built bundle,
// Debian's Chromium, and a page on that site.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * The embed build's file a URL path names (`/tickets-widgets.js`, the loader; `/core.HASH.js`,
 * `/chunks/…`, `/runtime/…` it imports), or null: the whole of dist/, as a host serves it.
 */
export function embedFile(path: string): Buffer | null {
  if (!/^\/(?:[\w-]+\/)*[\w.-]+\.js$/.test(path) || path.includes('..')) return null;
  const file = `${DIST}${path.slice(1)}`;
  return existsSync(file) ? readFileSync(file) : null;
}

/** Answers a request for one of the embed's files (true), with CORS for pages on other origins. */
export function serveEmbedFile(path: string, res: ServerResponse): boolean {
  const file = embedFile(path);
  if (!file) return false;
  res.writeHead(200, { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' }).end(file);
  return true;
}
export const UI_TIMEOUT = 10_000;

export interface LocalServer {
  server: Server;
  /** `http://127.0.0.1:port` */
  url: string;
  /** `127.0.0.1:port`, as a URL's `host`. */
  host: string;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 on a free port. */
export async function startLocalServer(handler?: (req: IncomingMessage, res: ServerResponse) => void): Promise<LocalServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, url: `http://${host}`, host, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Opens `html` as the host site's page, which loads the bundle by one script tag; page errors are collected. */
export async function openHostPage(browser: Browser, host: LocalServer, html: string): Promise<{ page: Page; errors: string[] }> {
  host.server.removeAllListeners('request');
  host.server.on('request', (req, res) => {
    if (!serveEmbedFile(new URL(req.url ?? '/', host.url).pathname, res)) {
      res.writeHead(200, { 'content-type': 'text/html' }).end(html);
    }
  });
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.setDefaultTimeout(UI_TIMEOUT);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${host.url}/`);
  return { page, errors };
}
