// The built bundle (Preact's React API) in Chromium against the real API, with the comments that
// blanked the ticket page and fetched a tracking pixel in a staff member's browser: the page must
// keep working, render them bounded, and never load an image from a host it was not given.
import { mkdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator } from 'playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestApi, type TestApi } from '@tickets/server/testing';
import { nestingDepth } from '../test/nesting-depth.js';
import { launchChromium, openHostPage, startLocalServer, UI_TIMEOUT, type LocalServer } from './harness.js';

const QUOTE_BOMB = '> '.repeat(4999);
const EMPHASIS_BOMB = '*'.repeat(4999) + 'a' + '*'.repeat(4999);
const SCREENSHOTS = fileURLToPath(new URL('../test-results/', import.meta.url));
// A 1×1 transparent PNG.
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

let host: LocalServer;
let tracker: LocalServer;
let images: LocalServer;
const hits = { tracker: 0, images: 0 };
let browser: Browser;
let testApi: TestApi;

function servePixel(counter: 'tracker' | 'images') {
  return (_req: IncomingMessage, res: ServerResponse) => {
    hits[counter] += 1;
    res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' }).end(PIXEL);
  };
}

beforeAll(async () => {
  host = await startLocalServer();
  // Two image hosts on other origins: one the site allows, one that counts who looks (a tracker).
  tracker = await startLocalServer(servePixel('tracker'));
  images = await startLocalServer(servePixel('images'));
  testApi = await startTestApi({ ALLOWED_ORIGINS: host.url });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([host?.close(), tracker?.close(), images?.close()]);
});

function ticketPage(token: string, ticketId: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="/tickets-widgets.js"></script></head><body>
<tickets-ticket api-url="${testApi.api.url}/trpc" token="${token}" ticket-id="${ticketId}" image-hosts="${images.host}"></tickets-ticket>
</body></html>`;
}

/** Files a ticket as Rita with these comments, in this order. */
async function ticketWithComments(title: string, bodies: readonly string[]): Promise<number> {
  const rita = testApi.client('rita');
  const ticket = await rita.tickets.create.mutate({ type: 'plain-request', title, metadata: {} });
  let version = ticket.version;
  for (const body of bodies) ({ version } = await rita.comments.add.mutate({ ticketId: ticket.id, expectedVersion: version, body }));
  return ticket.id;
}

/** How deeply elements matching `selector` nest inside the comment's text. */
function nesting(comment: Locator, selector: string): Promise<number> {
  return comment.locator('.tk-markdown').evaluate(nestingDepth, selector);
}

/** The page still does its work: title, status, and a comment sent and shown. */
async function expectPageWorks(ticket: Locator, title: string): Promise<void> {
  await ticket.getByRole('heading', { name: title }).waitFor();
  await ticket.getByRole('img', { name: /^Status: / }).first().waitFor();
  await ticket.getByLabel('Comment', { exact: true }).fill('The page still **works**.');
  await ticket.getByRole('button', { name: /^Comment/ }).click();
  await ticket.locator('strong', { hasText: 'works' }).waitFor();
  // The box empties once the API has stored it.
  await expect.poll(() => ticket.getByLabel('Comment', { exact: true }).inputValue(), { timeout: UI_TIMEOUT }).toBe('');
}

test('hostile comments render bounded, the page keeps working, and images load only from allowed hosts', async () => {
  const imageComment = `Scan: ![pixel](${tracker.url}/pixel.png) and ![chart](${images.url}/chart.png) and ![proto](//${tracker.host}/p.png), see [home](//evil.example/x)`;
  const id = await ticketWithComments('Hostile comments', ['Before the hostile ones.', QUOTE_BOMB, EMPHASIS_BOMB, imageComment, 'After the hostile ones.']);
  const { page, errors } = await openHostPage(browser, host, ticketPage(await testApi.token('rita'), id));
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const ticket = page.locator('tickets-ticket');

  await ticket.getByRole('heading', { name: 'Hostile comments' }).waitFor();
  await ticket.getByText('Before the hostile ones.').waitFor();
  await ticket.getByText('After the hostile ones.').waitFor();
  const comments = ticket.getByRole('article', { name: 'Comment by Rita Lopes' });

  // The quote bomb: eight levels of quotes, then its `>`s as text.
  const quote = comments.filter({ has: page.locator('blockquote') });
  expect(await nesting(quote, 'blockquote')).toBe(8);
  expect(await quote.textContent()).toContain('> > > >');
  // The emphasis bomb: a few levels of emphasis around its text, every star still there.
  const emphasis = comments.filter({ hasText: '*****a*****' });
  const depth = await nesting(emphasis, 'em, strong');
  expect(depth).toBeGreaterThan(0);
  expect(depth).toBeLessThanOrEqual(8);

  // The allowed host's image loads (so an image in this comment would have been fetched) …
  const chart = ticket.locator(`img[src="${images.url}/chart.png"]`);
  // Images load lazily: bring the comment into view, as a reader scrolling to it does.
  await chart.scrollIntoViewIfNeeded();
  await expect.poll(() => chart.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth), { timeout: UI_TIMEOUT }).toBe(1);
  // … the tracker's are links that say they are images, and nothing asked the tracker for anything.
  expect(await ticket.getByRole('link', { name: `Image: pixel (${tracker.host})` }).getAttribute('href')).toBe(`${tracker.url}/pixel.png`);
  expect(await ticket.getByRole('link', { name: `Image: proto (${tracker.host})` }).getAttribute('href')).toBe(`https://${tracker.host}/p.png`);
  expect(await ticket.locator('img').evaluateAll((all: HTMLImageElement[]) => all.map((image) => image.src))).toEqual([`${images.url}/chart.png`]);
  // A protocol-relative link is the other site it names, and says so.
  const home = ticket.getByRole('link', { name: 'home' });
  expect(await home.getAttribute('href')).toBe('https://evil.example/x');
  expect(await home.getAttribute('rel')).toBe('noopener noreferrer nofollow ugc');

  await expectPageWorks(ticket, 'Hostile comments');
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}hostile-comments.png`, fullPage: true });

  expect(hits.images).toBeGreaterThan(0);
  expect(hits.tracker).toBe(0);
  expect(requested.filter((url) => url.startsWith(tracker.url) || url.includes(tracker.host))).toEqual([]);
  expect(errors).toEqual([]);
});

test('an entry the page cannot render is a placeholder, and the rest of the page works (error boundary on Preact)', async () => {
  const id = await ticketWithComments('One broken entry', ['First comment.', 'Second **comment**, broken on its way.', 'Third comment.']);
  const { page, errors } = await openHostPage(browser, host, '<!doctype html><title>Host</title>');
  // The API's answer with one comment the page cannot render (its author is missing), as a
  // renderer bug or a bad row would leave it; everything else is what the API sent.
  // The timeline's first page comes with the ticket (tickets.get); later pages from tickets.timeline.
  type Entries = { entries: { kind: string; body?: string; author?: unknown }[] };
  const breakSecond = (timeline: Entries) => {
    for (const entry of timeline.entries) if (entry.body?.startsWith('Second')) entry.author = null;
  };
  await page.route(/\/trpc\/tickets\.(get|timeline)/, async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { result?: { data?: Entries & { timeline?: Entries } } };
    const data = body.result?.data;
    if (data?.timeline) breakSecond(data.timeline);
    else if (data?.entries) breakSecond(data);
    await route.fulfill({ response, json: body });
  });
  await page.setContent(ticketPage(await testApi.token('rita'), id).replace('src="/tickets-widgets.js"', `src="${host.url}/tickets-widgets.js"`));
  const ticket = page.locator('tickets-ticket');

  await ticket.getByText('This comment could not be shown.').waitFor();
  await ticket.getByText('First comment.').waitFor();
  await ticket.getByText('Third comment.').waitFor();
  await ticket.getByText('Show its text as written').click();
  await ticket.getByText('Second **comment**, broken on its way.').waitFor();
  await expectPageWorks(ticket, 'One broken entry');
  await page.screenshot({ path: `${SCREENSHOTS}broken-entry.png`, fullPage: true });
  expect(errors).toEqual([]);
});
