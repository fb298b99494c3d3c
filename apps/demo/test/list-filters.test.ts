// The ticket list's filters, search and order, in Chromium on a host site of another origin that
// keeps them in its address as the widgets README shows (attributes from the URL, the
// `tickets-filter-change` event back into it): the filters offer what the server counts, not what
// the first page holds, and a reload shows the same list.
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { issueToken, type RunningApi } from '@tickets/server';
import { createTestDatabase, type TestDatabase } from '@tickets/server/testing';
import { startDemo } from '../src/start-demo.js';
import { demoConfig, launchChromium, UI_TIMEOUT } from './support/demo-in-browser.js';
import { embedPage, type HostSite, startHostSite } from './support/host-site.js';

const SAM = 1;
const RITA = 2;

let database: TestDatabase;
let api: RunningApi;
let browser: Browser;
let host: HostSite;

async function file(userId: number, type: string, title: string, metadata: unknown): Promise<number> {
  const response = await fetch(`${api.url}/trpc/tickets.create`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await issueToken(api.services.tokenKey, userId)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ type, title, metadata }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { result: { data: { id: number } } }).result.data.id;
}

beforeAll(async () => {
  host = await startHostSite();
  database = await createTestDatabase();
  [api, browser] = await Promise.all([startDemo({ config: demoConfig(database, { TICKET_TYPES: '@tickets/plugin-contact,@tickets/plugin-bug-report', ALLOWED_ORIGINS: host.origin }) }), launchChromium()]);
  // The bug report is the oldest: with two tickets a page, it is not on the first.
  await file(SAM, 'bug-report', 'The results page is blank', { page: 'https://www.worldcubeassociation.org/results', description: 'Nothing shows under the table headings.' });
  for (const title of ['Where are my results?', 'Wrong country on my profile', 'A question about the regulations']) {
    await file(RITA, 'contact', title, { team: 'WRT', message: 'Please have a look.' });
  }
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await database?.drop();
  await host?.close();
});

/** Sam's list (a site admin: sees all four), two a page, on a host page that keeps its filters in the address. */
async function openList(query = ''): Promise<Page> {
  const token = await issueToken(api.services.tokenKey, SAM);
  const html = embedPage(
    api.url,
    `<h1>Tickets</h1><tickets-list api-url="${api.url}/trpc" token="${token}" page-size="2" heading="" ticket-href="/t/{id}"></tickets-list>
<script>
const list = document.querySelector('tickets-list');
for (const [name, value] of new URLSearchParams(location.search)) list.setAttribute(name, value);
list.addEventListener('tickets-filter-change', (event) => {
  const query = new URLSearchParams(event.detail.attributes).toString();
  history.replaceState(null, '', query ? '?' + query : location.pathname);
});
</script>`,
  );
  host.serve('/list', html);
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  page.setDefaultTimeout(UI_TIMEOUT);
  await page.goto(`${host.origin}/list${query}`);
  return page;
}

it('offers every type with its count though the page holds two tickets, keeps the filter in the address, and a reload shows it again', async () => {
  const page = await openList();
  const list = page.locator('tickets-list');
  await list.getByText('Showing 2 of 4 tickets').waitFor();
  const type = list.getByRole('combobox', { name: 'Type' });
  // The bug report is not on the page, yet its type is offered, with its count.
  await expect.poll(() => type.locator('option').allTextContents(), { timeout: UI_TIMEOUT }).toEqual(['Any type', 'Contact a team (3)', 'Report a bug (1)']);
  await type.selectOption('bug-report');
  await list.getByText('Showing 1 of 1 ticket').waitFor();
  await expect.poll(() => new URL(page.url()).search, { timeout: UI_TIMEOUT }).toBe('?type=bug-report');

  await page.reload();
  await list.getByText('Showing 1 of 1 ticket').waitFor();
  expect(await list.getByRole('link').allTextContents()).toEqual(['The results page is blank']);
  expect(await list.getByRole('combobox', { name: 'Type' }).inputValue()).toBe('bug-report');
  await page.close();
});

it('searches titles on Enter with the focus kept in the field, sorts by status, and keeps both in the address', async () => {
  const page = await openList('?sort=status&direction=asc');
  const list = page.locator('tickets-list');
  await list.getByText('Showing 2 of 4 tickets').waitFor();
  expect(await list.getByRole('combobox', { name: 'Sort by' }).inputValue()).toBe('status');

  const search = list.getByRole('searchbox', { name: 'Search titles and comments' });
  await search.fill('wrong coun');
  await search.press('Enter');
  await list.getByText('Showing 1 of 1 ticket').waitFor();
  expect(await list.getByRole('link').allTextContents()).toEqual(['Wrong country on my profile']);
  await expect.poll(() => new URLSearchParams(new URL(page.url()).search).get('search'), { timeout: UI_TIMEOUT }).toBe('wrong coun');
  expect(new URLSearchParams(new URL(page.url()).search).get('sort')).toBe('status');
  // The host wrote the filters back as attributes: the list stayed, and so did the focus.
  expect(await search.evaluate((field) => (field.getRootNode() as ShadowRoot).activeElement === field)).toBe(true);
  await page.screenshot({ path: 'test-results/list-filters.png' });
  await page.close();
});
