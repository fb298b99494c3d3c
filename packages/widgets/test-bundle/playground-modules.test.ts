// Ticket types' playgrounds loaded at run time, as the API's loader registers them: each an ES
// module apart from the core, fetched when a ticket of its type is shown, importing React and the
// kit from the core's shared runtime (dist/runtime/). A module that fails to load, or a view that
// throws, costs its own part of the page and nothing else.
import type { Browser } from 'playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestApi, type TestApi } from '@tickets/server/testing';
import { launchChromium, serveEmbedFile, startLocalServer, UI_TIMEOUT, type LocalServer } from './harness.js';

/** Playground modules as a plugin's build writes them: bare imports rewritten to the runtime. */
const MODULES: Record<string, string> = {
  // State kept by a hook of the runtime's React: only works on the very instance that renders it.
  '/playgrounds/counter.js': `import { useState } from '/runtime/react.js';
import { jsx } from '/runtime/react-jsx-runtime.js';
import { definePlayground } from '/runtime/plugin-kit-widget.js';
function Counter({ ticket }) {
  const [count, setCount] = useState(0);
  return jsx('button', { type: 'button', onClick: () => setCount(count + 1), children: 'Pressed ' + count + ' times on ' + ticket.title });
}
export default definePlayground({ type: 'plain-request', views: { requester: Counter, actioner: Counter } });`,
  '/playgrounds/throws-on-import.js': `throw new Error('This plugin is broken.');`,
  '/playgrounds/throws-on-render.js': `import { definePlayground } from '/runtime/plugin-kit-widget.js';
function Broken() { throw new Error('This view is broken.'); }
export default definePlayground({ type: 'plain-request', views: { requester: Broken, actioner: Broken } });`,
  '/playgrounds/another-type.js': `import { definePlayground } from '/runtime/plugin-kit-widget.js';
export default definePlayground({ type: 'bug-report', views: { requester: () => 'Not mine', actioner: null } });`,
};

let host: LocalServer;
let browser: Browser;
let testApi: TestApi;
let requested: string[] = [];

function hostPage(apiUrl: string, token: string, ticketId: number, module: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script type="module">
import { registerPlaygroundModules } from '/tickets-widgets.js';
registerPlaygroundModules([{ type: 'plain-request', url: new URL(${JSON.stringify(module)}, location.href).href }]);
</script></head><body>
<tickets-ticket api-url="${apiUrl}" token="${token}" ticket-id="${ticketId}"></tickets-ticket>
</body></html>`;
}

beforeAll(async () => {
  host = await startLocalServer();
  testApi = await startTestApi({ ALLOWED_ORIGINS: host.url });
  browser = await launchChromium();
  host.server.on('request', (req, res) => {
    const path = new URL(req.url ?? '/', host.url).pathname;
    requested.push(path);
    if (serveEmbedFile(path, res)) return;
    const module = MODULES[path];
    if (module !== undefined) return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(module);
    if (path.startsWith('/playgrounds/')) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html' }).end(pages.get(path) ?? '');
  });
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

const pages = new Map<string, string>();

/** Rita's new ticket on a host page registering `module` as the playground of its type. */
async function openTicket(module: string) {
  const title = `Scoreboard ${module}`;
  const { id } = await testApi.client('rita').tickets.create.mutate({ type: 'plain-request', title, metadata: {} });
  pages.set(`/ticket-${id}`, hostPage(`${testApi.api.url}/trpc`, await testApi.token('rita'), id, module));
  requested = [];
  const page = await browser.newPage();
  page.setDefaultTimeout(UI_TIMEOUT);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${host.url}/ticket-${id}`);
  const ticket = page.locator('tickets-ticket');
  await ticket.getByRole('heading', { name: title }).waitFor();
  return { page, ticket, title, errors };
}

test('a playground module is fetched for its ticket and runs on the widgets\' own React: its hooks work', async () => {
  const { page, ticket, title, errors } = await openTicket('/playgrounds/counter.js');
  const button = ticket.getByRole('button', { name: `Pressed 0 times on ${title}` });
  await button.click();
  await ticket.getByRole('button', { name: `Pressed 1 times on ${title}` }).waitFor();
  // Nothing of the kind is in the page's own script: the module came when the ticket asked for it.
  expect(requested).toContain('/playgrounds/counter.js');
  expect(errors).toEqual([]);
  await page.close();
});

for (const [module, what] of [
  ['/playgrounds/throws-on-import.js', 'throws when imported'],
  ['/playgrounds/missing.js', 'is not found (404)'],
  ['/playgrounds/throws-on-render.js', 'has a view that throws'],
  ['/playgrounds/another-type.js', 'holds another type\'s playground'],
] as const) {
  test(`a playground module that ${what} costs its own part only: the page says so there and works`, async () => {
    const { page, ticket } = await openTicket(module);
    await ticket.getByRole('alert').filter({ hasText: /part of this page could not be shown/ }).waitFor();
    // The rest of the page works: a comment goes through.
    await ticket.getByLabel('Comment', { exact: true }).fill('Still works.');
    await ticket.getByRole('button', { name: /^Comment/ }).click();
    await ticket.getByText('Still works.').waitFor();
    await page.close();
  });
}
