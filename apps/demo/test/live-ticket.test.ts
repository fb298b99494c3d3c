// Two people on one ticket, each on a page of a host site of its own origin, each page talking to
// another API instance (two instances on one database, as the product scales out), in Chromium:
// what Ana does on her page appears on Rita's open page without a reload — a comment, a status
// change, a hand-over.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { issueToken, type RunningApi } from '@tickets/server';
import { createTestDatabase, type TestDatabase } from '@tickets/server/testing';
import { startDemo } from '../src/start-demo.js';
import { demoConfig, launchChromium, UI_TIMEOUT } from './support/demo-in-browser.js';

const RITA = 2;
const ANA = 3;

let database: TestDatabase;
let first: RunningApi;
let second: RunningApi;
let browser: Browser;
let host: Server;
let hostOrigin: string;
const pages = new Map<string, string>();

beforeAll(async () => {
  host = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages.get(req.url ?? '/') ?? 'Nothing here.'));
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
  database = await createTestDatabase();
  const settings = { TICKET_TYPES: '@tickets/plugin-edit-person', ALLOWED_ORIGINS: hostOrigin, LIVE_POLL_MS: '100' };
  first = await startDemo({ config: demoConfig(database, settings) });
  // The second instance finds the schema migrated and the directory seeded by the first.
  [second, browser] = await Promise.all([startDemo({ config: demoConfig(database, { ...settings, SEED_DEMO: 'false' }) }), launchChromium()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await second?.stop();
  await first?.stop();
  await database?.drop();
  await new Promise<void>((resolve) => host?.close(() => resolve()));
});

/** A host page showing the ticket through one API instance, with the widgets loaded from it. */
async function hostPage(path: string, api: RunningApi, userId: number, ticketId: number): Promise<Page> {
  const token = await issueToken(api.services.tokenKey, userId, { config: api.services.config });
  pages.set(path, `<!doctype html><html><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="${api.url}/assets/tickets/tickets-widgets.js"></script></head>
<body><tickets-ticket api-url="${api.url}/trpc" token="${token}" ticket-id="${ticketId}"></tickets-ticket></body></html>`);
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.setDefaultTimeout(UI_TIMEOUT);
  await page.goto(`${hostOrigin}${path}`);
  return page;
}

async function ritasRequest(): Promise<number> {
  const response = await fetch(`${first.url}/trpc/tickets.create`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await issueToken(first.services.tokenKey, RITA)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'edit-person', title: 'Change my country', metadata: { changes: [{ field: 'countryIso2', newValue: 'ES' }], proofUrl: 'https://example.org/passport.pdf' } }),
  });
  return ((await response.json()) as { result: { data: { id: number } } }).result.data.id;
}

it("shows Ana's comment, status change and hand-over on Rita's open page, through another instance", async () => {
  const id = await ritasRequest();
  const rita = await hostPage('/rita', second, RITA, id);
  const ana = await hostPage('/ana', first, ANA, id);
  const ritasTicket = rita.locator('tickets-ticket');
  const anasTicket = ana.locator('tickets-ticket');
  await ritasTicket.getByRole('heading', { name: 'Change my country' }).first().waitFor();
  await anasTicket.getByRole('heading', { name: 'Change my country' }).first().waitFor();

  // A comment.
  await anasTicket.getByLabel('Comment', { exact: true }).fill('We are looking at it.');
  await anasTicket.getByRole('button', { name: /^Comment/ }).click();
  await ritasTicket.getByText('We are looking at it.').waitFor();

  // A status change.
  await anasTicket.getByRole('button', { name: 'Change status' }).click();
  await anasTicket.getByRole('group', { name: 'Move to status' }).getByRole('button', { name: /Under review/ }).click();
  await ritasTicket.getByRole('img', { name: 'Status: Under review (in progress)' }).first().waitFor();

  // A hand-over of WRT's assignment to Ben.
  await anasTicket.getByRole('button', { name: "Hand over WRT's assignment" }).click();
  const handOver = anasTicket.getByRole('group', { name: "Hand over WRT's assignment to" });
  await handOver.getByLabel('User id').fill('4');
  await anasTicket.getByRole('button', { name: 'Hand over', exact: true }).click();
  await ritasTicket.getByText('Ben Okafor', { exact: true }).waitFor();

  expect(await rita.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  await rita.close();
  await ana.close();
});
