// Two people on one ticket, each on a page of a host site of its own origin, each page talking to
// another API instance (two instances on one database, as the product scales out), in Chromium:
// what Ana does on her page appears on Rita's open page without a reload — a comment, a status
// change, a hand-over; and when the instance Rita's page talks to is killed (SIGKILL) and started
// again, her page reconnects and shows what happened meanwhile. Each sees the other on the ticket, and
// that the other is writing; Rita's open list follows her tickets.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { issueToken, type RunningApi } from '@tickets/server';
import { createTestDatabase, type StartOutcome, type TestDatabase, untilListening } from '@tickets/server/testing';
import { startDemo } from '../src/start-demo.js';
import { demoConfig, launchChromium } from './support/demo-in-browser.js';
import { embedPage, type HostSite, startHostSite } from './support/host-site.js';

const RITA = 2;
const ANA = 3;

let database: TestDatabase;
let first: RunningApi;
let second: RunningApi;
let browser: Browser;
let host: HostSite;

beforeAll(async () => {
  host = await startHostSite();
  database = await createTestDatabase();
  const settings = { TICKET_TYPES: '@tickets/plugin-edit-person', ALLOWED_ORIGINS: host.origin, LIVE_POLL_MS: '100' };
  first = await startDemo({ config: demoConfig(database, settings) });
  // The second instance finds the schema migrated and the directory seeded by the first.
  [second, browser] = await Promise.all([startDemo({ config: demoConfig(database, { ...settings, SEED_DEMO: 'false' }) }), launchChromium()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await second?.stop();
  await first?.stop();
  await database?.drop();
  await host?.close();
});

/** A host page showing the ticket through one API instance, with the widgets loaded from it. */
async function hostPage(path: string, api: RunningApi, userId: number, ticketId: number): Promise<Page> {
  const token = await issueToken(api.services.tokenKey, userId, { config: api.services.config });
  return host.open(browser, path, embedPage(api.url, `<tickets-ticket api-url="${api.url}/trpc" token="${token}" ticket-id="${ticketId}"></tickets-ticket>`));
}

async function ritasRequest(title = 'Change my country'): Promise<number> {
  const response = await fetch(`${first.url}/trpc/tickets.create`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await issueToken(first.services.tokenKey, RITA)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'edit-person', title, metadata: { changes: [{ field: 'countryIso2', newValue: 'ES' }], proofUrl: 'https://example.org/passport.pdf' } }),
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

  // Each sees the other there; Rita reads that Ana is writing while she types, so she waits for her answer.
  await anasTicket.getByText('Rita Lopes is viewing this ticket.').waitFor();
  await ritasTicket.getByText('Ana Kowalska is viewing this ticket.').waitFor();
  await anasTicket.getByLabel('Comment', { exact: true }).fill('We are looking at it.');
  await ritasTicket.getByText('Ana Kowalska is writing a comment.').waitFor();

  // A comment.
  await anasTicket.getByRole('button', { name: /^Comment/ }).click();
  await ritasTicket.getByText('We are looking at it.').waitFor();
  await ritasTicket.getByText('Ana Kowalska is viewing this ticket.').waitFor();

  // A status change.
  await anasTicket.getByRole('button', { name: 'Change status' }).click();
  await anasTicket.getByRole('group', { name: 'Move to status' }).getByRole('button', { name: /Under review/ }).click();
  await ritasTicket.getByRole('img', { name: 'Status: Under review (in progress)' }).first().waitFor();

  // A hand-over of WRT's assignment to Ben.
  await anasTicket.getByRole('button', { name: "Hand over WRT's assignment" }).click();
  // Ana finds Ben by name in the directory, through the API.
  await anasTicket.getByRole('combobox', { name: "Hand over WRT's assignment to" }).fill('ben');
  await anasTicket.getByRole('option', { name: 'Ben Okafor person' }).click();
  await anasTicket.getByRole('button', { name: 'Hand over', exact: true }).click();
  await ritasTicket.getByText('Ben Okafor', { exact: true }).waitFor();

  expect(await rita.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  await rita.close();
  await ana.close();
});

it("updates Rita's open list in place when her tickets change through another instance", async () => {
  const token = await issueToken(second.services.tokenKey, RITA, { config: second.services.config });
  const rita = await host.open(browser, '/rita-list', embedPage(second.url, `<tickets-list api-url="${second.url}/trpc" token="${token}"></tickets-list>`));
  const list = rita.locator('tickets-list');
  await list.getByText(/^Showing \d+ of \d+ tickets?$/).waitFor();

  // A ticket filed elsewhere (another tab, the intake) shows up…
  const id = await ritasRequest('Spell my name with an accent');
  const row = list.getByRole('listitem').filter({ hasText: 'Spell my name with an accent' });
  await row.waitFor();
  // …and its status follows Ana's change, made through the other instance.
  const ana = await issueToken(first.services.tokenKey, ANA);
  const detail = (await (await fetch(`${first.url}/trpc/tickets.get?input=${encodeURIComponent(JSON.stringify({ ticketId: id }))}`, { headers: { authorization: `Bearer ${ana}` } })).json()) as {
    result: { data: { lifecycle: { statuses: Array<{ id: number; name: string }> }; viewer: { actingAs: Array<{ stakeholderId: number; name: string }> } } };
  };
  const underReview = detail.result.data.lifecycle.statuses.find((status) => status.name === 'Under review')!.id;
  const wrt = detail.result.data.viewer.actingAs.find((choice) => choice.name === 'WRT')!.stakeholderId;
  const changed = await fetch(`${first.url}/trpc/tickets.setStatus`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ana}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ticketId: id, expectedVersion: 1, actingAs: wrt, statusId: underReview }),
  });
  expect(changed.status).toBe(200);
  await row.getByRole('img', { name: 'Status: Under review (in progress)' }).waitFor();
  expect(await rita.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
  await rita.close();
});

const API_DIR = fileURLToPath(new URL('../../api/', import.meta.url));

/**
 * The API as a process of its own (apps/api), on the test's database and a fixed port, in its own
 * process group so a SIGKILL reaches the server itself and not only the tsx wrapper.
 */
async function apiProcess(port: number): Promise<Extract<StartOutcome, { kind: 'listening' }> & { kill(): Promise<void> }> {
  const env = {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))),
    ...database.env,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    TOKEN_SECRET: first.services.config.TOKEN_SECRET!,
    SEED_DEMO: 'false',
    TICKET_TYPES: '@tickets/plugin-edit-person',
    ALLOWED_ORIGINS: host.origin,
    LIVE_POLL_MS: '100',
    LOG_LEVEL: 'warn',
  };
  const child = spawn('pnpm', ['start'], { cwd: API_DIR, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const outcome = await untilListening(child, /Tickets API is running at (http:\/\/[^\s/]+)/, () => {
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  });
  if (outcome.kind !== 'listening') throw new Error(`The API process exited (${outcome.code}): ${outcome.output}`);
  return {
    ...outcome,
    kill: async () => {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
      await closed;
    },
  };
}

it('reconnects after the instance it talks to is killed, and shows every change it missed', async () => {
  const id = await ritasRequest();
  // A free port, kept for the restarted instance.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));

  let instance = await apiProcess(port);
  const token = await issueToken(first.services.tokenKey, RITA, { config: first.services.config });
  // The widgets come from the first instance; the page talks to the process that will be killed.
  const rita = await host.open(browser, '/rita-killed', embedPage(first.url, `<tickets-ticket api-url="${instance.url}/trpc" token="${token}" ticket-id="${id}"></tickets-ticket>`));
  const ticket = rita.locator('tickets-ticket');
  await ticket.getByRole('heading', { name: 'Change my country' }).first().waitFor();

  // Live first, through the process.
  const ana = await issueToken(first.services.tokenKey, ANA);
  const comment = (body: string, expectedVersion: number) =>
    fetch(`${first.url}/trpc/comments.add`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ana}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ticketId: id, expectedVersion, body }),
    }).then(async (response) => ((await response.json()) as { result: { data: { version: number } } }).result.data.version);
  let version = await comment('Before the crash.', 1);
  await ticket.getByText('Before the crash.').waitFor();

  // The instance dies without a word; two comments are made elsewhere while it is down.
  await instance.kill();
  version = await comment('While it was down.', version);
  await comment('Still down.', version);
  instance = await apiProcess(port);
  try {
    // The browser's EventSource retries on its own; if it gave up while the API was down, the client
    // reconnects once it has heard nothing for reconnectAfterInactivityMs (40 s, trpc.ts). So the page
    // may take up to that long on a busy machine: wait for the state, with room beyond that bound.
    await ticket.getByText('While it was down.').waitFor({ timeout: 90_000 });
    await ticket.getByText('Still down.').waitFor();
    expect(await ticket.getByText('Before the crash.').count()).toBe(1);
  } finally {
    await instance.stop();
    await rita.close();
  }
}, 180_000);
