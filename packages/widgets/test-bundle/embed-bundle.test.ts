// The built embed bundle (dist/tickets-widgets.js, Preact's React API) as a host page uses it: a plain
// page on an origin of its own, with CSS that would break anything it reaches, embeds both custom elements
// against the real API (PostgreSQL) in Debian's Chromium. The jsdom tests and Storybook check the
// components on React; this checks what ships.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestApi, type TestApi } from '@tickets/server/testing';
import { launchChromium, openHostPage as openPage, startLocalServer, UI_TIMEOUT, type LocalServer } from './harness.js';

let host: LocalServer;
let browser: Browser;
let testApi: TestApi;

/** The host site: its own rough CSS, a list and a ticket, the bundle by one script tag. */
function hostPage(apiUrl: string, token: string, ticketId: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<style>* { color: rgb(255, 0, 0) !important; font-family: serif !important; } button { display: none !important; }</style>
<script type="module" src="/tickets-widgets.js"></script></head><body>
<h1>Host site</h1>
<tickets-list api-url="${apiUrl}" token="${token}" ticket-href="/tickets/{id}"></tickets-list>
<tickets-ticket api-url="${apiUrl}" token="${token}" ticket-id="${ticketId}"></tickets-ticket>
</body></html>`;
}

beforeAll(async () => {
  // The host's origin is not the API's: the API must allow it (CORS), as a real deployment does.
  host = await startLocalServer();
  testApi = await startTestApi({ ALLOWED_ORIGINS: host.url });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

const openHostPage = (html: string) => openPage(browser, host, html);

test('the bundle renders the list and the ticket in shadow roots a hostile page cannot restyle, and comments go through', async () => {
  const rita = testApi.client('rita');
  const { id } = await rita.tickets.create.mutate({ type: 'plain-request', title: 'Scoreboard shows wrong times', metadata: {} });
  const { page, errors } = await openHostPage(hostPage(`${testApi.api.url}/trpc`, await testApi.token('rita'), id));

  const list = page.locator('tickets-list');
  // Waits for the state a reader waits for (the link shown), however busy the machine is.
  await list.getByRole('link', { name: 'Scoreboard shows wrong times' }).waitFor();
  expect(await list.getByRole('link', { name: 'Scoreboard shows wrong times' }).count()).toBe(1);
  expect(await list.getByRole('link', { name: 'Scoreboard shows wrong times' }).getAttribute('href')).toBe(`/tickets/${id}`);

  const ticket = page.locator('tickets-ticket');
  await ticket.getByRole('heading', { name: 'Scoreboard shows wrong times' }).waitFor();
  // The page's `* { color: red !important }` and `button { display: none }` stop at the shadow root.
  const heading = ticket.getByRole('heading', { name: 'Scoreboard shows wrong times' });
  expect(await heading.evaluate((element) => getComputedStyle(element).color)).not.toBe('rgb(255, 0, 0)');
  await ticket.getByLabel('Comment', { exact: true }).fill('The **finals** are off by one second.');
  const send = ticket.getByRole('button', { name: /^Comment/ });
  expect(await send.isVisible()).toBe(true);
  await send.click();
  await ticket.getByText('The finals are off by one second.').waitFor();
  expect(await ticket.locator('strong', { hasText: 'finals' }).count()).toBe(1);

  // What the page showed is what the API stored. The page shows the comment while it is still being
  // sent (optimistically), so ask until the API has it rather than once.
  const stored = async () => (await rita.tickets.timeline.query({ ticketId: id })).entries.some((item) => item.kind === 'comment' && item.body === 'The **finals** are off by one second.');
  await expect.poll(stored, { timeout: UI_TIMEOUT }).toBe(true);
  expect(errors).toEqual([]);
});
