// The built bundle on host pages that carry Bootstrap 5's and Fomantic-UI's full CSS (installed from
// npm as dev dependencies, not copied into the repository) around hostile inherited styles — a
// centred container, letter-spacing, upper case, a serif font, a 20px root font size — compared with
// the same widget on a bare page: every computed style inside the shadow root is the same, and the
// host's own elements look the same with the widget as without it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@tickets/server/testing';
import { launchChromium, startLocalServer, UI_TIMEOUT, type LocalServer } from './harness.js';

const require = createRequire(import.meta.url);
const BUNDLE = new URL('../dist/tickets-widgets.js', import.meta.url);
/** The frameworks' own CSS; `@import`s of web fonts are dropped (no network here, and not what is tested). */
const frameworkCss = (specifier: string) => readFileSync(require.resolve(specifier), 'utf8').replace(/@import url\([^)]*\);?/g, '');
const STYLESHEETS: Record<string, string> = {
  '/bootstrap.css': frameworkCss('bootstrap/dist/css/bootstrap.min.css'),
  '/fomantic.css': frameworkCss('fomantic-ui-css/semantic.min.css'),
};

/** Inherited properties a host sets around the widget, all of which must stop at the shadow root. */
const HOSTILE = `html { font-size: 20px; }
.hostile { letter-spacing: 3px; text-transform: uppercase; line-height: 3; font-family: Georgia, serif; font-style: italic;
  font-weight: 700; color: rgb(150, 0, 0); word-spacing: 12px; text-indent: 30px; white-space: pre; text-align: center; cursor: wait; }`;

interface HostFramework {
  stylesheet: string | null;
  /** The framework's own way to centre a block of text, around the widget. */
  wrapper: string;
  /** A few of the host's own elements, styled by the framework. */
  hostMarkup: string;
}

const FRAMEWORKS: Record<'bootstrap' | 'fomantic', HostFramework> = {
  bootstrap: {
    stylesheet: '/bootstrap.css',
    wrapper: 'container text-center hostile',
    hostMarkup: '<nav class="navbar navbar-dark bg-dark"><span class="navbar-brand">Host</span></nav><h1 class="display-6">Results</h1><p class="lead">A paragraph.</p><button class="btn btn-primary">Host button</button><table class="table"><tr><td>Cell</td></tr></table>',
  },
  fomantic: {
    stylesheet: '/fomantic.css',
    wrapper: 'ui center aligned container hostile',
    hostMarkup: '<div class="ui inverted menu"><a class="item">Host</a></div><h1 class="ui header">Results</h1><p>A paragraph.</p><button class="ui primary button">Host button</button><table class="ui table"><tr><td>Cell</td></tr></table>',
  },
};

/** What is compared for each element inside the shadow root. */
const WIDGET_PROPERTIES = [
  'font-family', 'font-size', 'font-style', 'font-weight', 'line-height', 'letter-spacing', 'word-spacing', 'text-transform',
  'text-align', 'text-indent', 'white-space', 'color', 'cursor', 'margin-top', 'margin-left', 'padding-top', 'padding-left',
  'row-gap', 'column-gap', 'border-top-left-radius', 'width', 'height',
];
const HOST_PROPERTIES = ['font-family', 'font-size', 'line-height', 'color', 'margin-top', 'padding-top', 'width', 'height', 'text-align', 'letter-spacing'];

let host: LocalServer;
let browser: Browser;
let testApi: TestApi;
let ticketId = 0;
let token = '';
let served = '';

beforeAll(async () => {
  host = await startLocalServer();
  testApi = await startTestApi({ ALLOWED_ORIGINS: host.url });
  browser = await launchChromium();
  const rita = testApi.client('rita');
  const created = await rita.tickets.create.mutate({ type: 'plain-request', title: 'Scoreboard shows wrong times', metadata: {} });
  ticketId = created.id;
  const { version } = (await rita.tickets.get.query({ ticketId })).ticket;
  await rita.comments.add.mutate({ ticketId, expectedVersion: version, body: 'The **finals** are off by one second.' });
  token = await testApi.token('rita');
  host.server.on('request', (req, res) => {
    const path = new URL(req.url ?? '/', host.url).pathname;
    if (path === '/tickets-widgets.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(BUNDLE));
    const css = STYLESHEETS[path];
    if (css !== undefined) return void res.writeHead(200, { 'content-type': 'text/css' }).end(css);
    if (path === '/') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(served);
    res.writeHead(404).end();
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await host?.close();
});

function page(framework: HostFramework | null, { widget }: { widget: boolean }): string {
  const element = `<tickets-ticket style="width: 760px" api-url="${testApi.api.url}/trpc" token="${token}" ticket-id="${ticketId}"></tickets-ticket>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
${framework?.stylesheet ? `<link rel="stylesheet" href="${framework.stylesheet}">` : ''}
${framework ? `<style>${HOSTILE}</style>` : ''}
${widget ? '<script type="module" src="/tickets-widgets.js"></script>' : ''}</head><body>
<div id="host">${framework?.hostMarkup ?? ''}</div>
<div class="${framework?.wrapper ?? ''}">${widget ? element : ''}</div>
</body></html>`;
}

async function open(html: string): Promise<Page> {
  const tab = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  tab.setDefaultTimeout(UI_TIMEOUT);
  // Served by the host's server, not fulfilled by the test: the browser treats a page it did not
  // load from the loopback address as public and would refuse its calls to the local API.
  served = html;
  await tab.goto(`${host.url}/`);
  return tab;
}

/** The computed styles of every element inside the widget's shadow root, in document order. */
async function widgetStyles(tab: Page): Promise<string[][]> {
  const ticket = tab.locator('tickets-ticket');
  await ticket.getByRole('heading', { name: 'Scoreboard shows wrong times' }).waitFor();
  await ticket.getByText('are off by one second.').waitFor();
  return tab.evaluate((properties) => {
    const root = document.querySelector('tickets-ticket')!.shadowRoot!;
    return [...root.querySelectorAll('*')].map((element) => {
      const style = getComputedStyle(element);
      return [element.tagName.toLowerCase() + (element.className ? `.${String(element.className).split(' ').join('.')}` : ''), ...properties.map((name) => `${name}: ${style.getPropertyValue(name)}`)];
    });
  }, WIDGET_PROPERTIES);
}

async function hostStyles(tab: Page): Promise<string[][]> {
  return tab.evaluate(
    (properties) =>
      [...document.querySelectorAll('#host *')].map((element) => {
        const style = getComputedStyle(element);
        return [element.tagName.toLowerCase(), ...properties.map((name) => `${name}: ${style.getPropertyValue(name)}`)];
      }),
    HOST_PROPERTIES,
  );
}

describe.each(Object.entries(FRAMEWORKS))('on a %s page with hostile inherited styles', (_name, framework) => {
  it('the widget computes every style as on a bare page', async () => {
    const bare = await open(page(null, { widget: true }));
    const expected = await widgetStyles(bare);
    await bare.close();
    const hostile = await open(page(framework, { widget: true }));
    const actual = await widgetStyles(hostile);
    await hostile.close();
    expect(actual.length).toBeGreaterThan(20);
    expect(actual).toEqual(expected);
  });

  it('the host page looks the same with the widget as without it', async () => {
    const without = await open(page(framework, { widget: false }));
    const expected = await hostStyles(without);
    await without.close();
    const withWidget = await open(page(framework, { widget: true }));
    await withWidget.locator('tickets-ticket').getByRole('heading', { name: 'Scoreboard shows wrong times' }).waitFor();
    const actual = await hostStyles(withWidget);
    await withWidget.close();
    expect(actual.length).toBeGreaterThan(4);
    expect(actual).toEqual(expected);
  });
});
