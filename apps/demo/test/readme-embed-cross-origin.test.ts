// The README's three-line embed, as a host site's developer copies it: taken from README.md at test
// time, only the server's address, the token and the ticket number filled in, on a page of another
// origin than the Tickets server (as the WCA's pages would be), in Chromium with an empty cache.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findDemoUser, type RunningApi } from '@tickets/server';
import { createTestDatabase, type TestDatabase } from '@tickets/server/testing';
import { startDemo } from '../src/start-demo.js';
import { demoConfig, launchChromium } from './support/demo-in-browser.js';
import { type HostSite, startHostSite } from './support/host-site.js';

const README = fileURLToPath(new URL('../../../README.md', import.meta.url));
const UI_TIMEOUT = 15_000;
const DEMO_RITA = findDemoUser('rita')!;

let database: TestDatabase;
let api: RunningApi & { intakeKey: string };
let browser: Browser;
let host: HostSite;
let hostOrigin: string;

/** The snippet under "Embed a widget in any page", exactly as the README shows it. */
function readmeSnippet(): string {
  const readme = readFileSync(README, 'utf8');
  const section = readme.slice(readme.indexOf('## Embed a widget in any page'));
  const snippet = /```html\n([\s\S]*?)```/.exec(section)?.[1];
  if (!snippet) throw new Error('README.md has no html block under "Embed a widget in any page".');
  return snippet;
}

beforeAll(async () => {
  // Another origin: another host name and another port than the Tickets server's 127.0.0.1.
  host = await startHostSite();
  hostOrigin = host.origin;
  database = await createTestDatabase();
  const config = demoConfig(database, { TICKET_TYPES: '@tickets/plugin-edit-person', ALLOWED_ORIGINS: hostOrigin });
  [api, browser] = await Promise.all([startDemo({ config }), launchChromium()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await database?.drop();
  await host?.close();
});

/** A ticket Rita filed, through the intake as a host site's server would, and a token signed for her. */
async function ritasTicket(): Promise<{ id: number; token: string }> {
  const filed = await fetch(`${api.url}/intake/v1/tickets`, {
    method: 'POST',
    headers: { 'x-api-key': api.intakeKey, 'content-type': 'application/json', 'idempotency-key': 'readme-embed-1' },
    body: JSON.stringify({
      type: 'edit-person',
      title: 'Change my country',
      requester: { userId: DEMO_RITA.id },
      metadata: { changes: [{ field: 'countryIso2', newValue: 'ES' }], proofUrl: 'https://example.org/passport.pdf' },
    }),
  });
  const body = (await filed.json()) as { ticket?: { id: number } };
  if (!body.ticket) throw new Error(`The intake refused the ticket: ${JSON.stringify(body)}`);
  // The demo signs the signed-in user's token into its own pages; a host site signs its own.
  const page = await (await fetch(`${api.url}/tickets`, { headers: { cookie: 'demo-user=rita' } })).text();
  const token = /token="([^"]+)"/.exec(page)?.[1];
  if (!token) throw new Error('The demo page carries no token.');
  return { id: body.ticket.id, token };
}

it('renders the list and the ticket on a page of another origin, the script sent compressed and cacheable', async () => {
  const { id, token } = await ritasTicket();
  host.serve('/', `<!doctype html><html><head><meta charset="utf-8"><title>Host site</title></head><body><h1>Host site</h1>
${readmeSnippet().replaceAll('https://tickets.example.org', api.url).replaceAll('HOST_SIGNED_JWT', token).replace('ticket-id="12"', `ticket-id="${id}"`)}
</body></html>`);
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(UI_TIMEOUT);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => (message.type() === 'error' ? problems.push(message.text()) : undefined));
  const script = page.waitForResponse((response) => new URL(response.url()).pathname === '/assets/tickets/tickets-widgets.js');
  script.catch(() => undefined); // awaited below; a failure above must not also surface as unhandled
  const embedFiles: { path: string; status: number; headers: Record<string, string> }[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/assets/tickets/')) void response.allHeaders().then((headers) => embedFiles.push({ path, status: response.status(), headers }));
  });

  // In the order the browser saw them: which request went out before which file had arrived.
  const events: string[] = [];
  page.on('request', (request) => events.push(`asked ${new URL(request.url()).pathname}${request.url().includes('tickets.get') ? ` ${request.method()}` : ''}`));
  page.on('requestfinished', (request) => events.push(`arrived ${new URL(request.url()).pathname}`));

  await page.goto(hostOrigin);
  expect(new URL(page.url()).origin).not.toBe(new URL(api.url).origin);
  await page.locator('tickets-list').getByRole('link', { name: /Change my country/ }).waitFor();
  await page.locator('tickets-ticket').getByRole('heading', { name: /Change my country/ }).first().waitFor();
  // The edit-person part of the page: not in the script the page named, but loaded from the
  // server's manifest when the ticket said its type, on the same React (its hooks would throw on another).
  const playgroundPart = page.locator('tickets-ticket').getByRole('region', { name: "Edit a competitor's profile" });
  await playgroundPart.getByRole('heading', { name: 'Your requested change' }).waitFor();
  await playgroundPart.getByRole('rowheader', { name: 'Country' }).waitFor();

  const answer = await script;
  const headers = await answer.allHeaders();
  expect(headers['access-control-allow-origin']).toBe(hostOrigin);
  expect(headers['content-encoding']).toBe('br');
  expect(headers.etag).toBeTruthy();
  expect(headers['cache-control']).toBe('no-cache');
  // Everything the loader brought in: the core, its chunks, the runtime and the playground, each
  // allowed for this origin, the content-hashed ones cached for a year.
  const playground = embedFiles.find((file) => /^\/assets\/tickets\/ticket-types\/edit-person\/playground\.[\w-]+\.js$/.test(file.path));
  expect(playground, embedFiles.map((file) => file.path).join(', ')).toBeDefined();
  for (const file of embedFiles) {
    expect({ path: file.path, status: file.status, origin: file.headers['access-control-allow-origin'] }).toEqual({ path: file.path, status: 200, origin: hostOrigin });
    if (/\.[\w-]{8,}\.js$/.test(file.path)) expect(file.headers['cache-control'], file.path).toContain('immutable');
  }
  // The ticket's first paint took one request to the API, sent by the loader before the core had
  // arrived (no waterfall: the answer travels while the core downloads and starts), and the
  // ticket type's playground module was preloaded from that answer.
  expect(events.filter((event) => event === 'asked /trpc/tickets.get GET'), events.join('\n')).toHaveLength(1);
  const core = events.find((event) => /^arrived \/assets\/tickets\/core\.[\w-]+\.js$/.test(event));
  expect(core, events.join('\n')).toBeDefined();
  expect(events.indexOf('asked /trpc/tickets.get GET'), events.join('\n')).toBeLessThan(events.indexOf(core!));
  expect(await page.locator('link[rel="modulepreload"]').getAttribute('href')).toMatch(/\/assets\/tickets\/ticket-types\/edit-person\/playground\.[\w-]+\.js$/);
  expect(problems).toEqual([]);
  await context.close();
});
