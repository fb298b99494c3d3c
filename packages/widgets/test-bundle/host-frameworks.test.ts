// The built bundle on host pages that carry Bootstrap 5's and Fomantic-UI's full CSS (installed from
// npm as dev dependencies, not copied into the repository) around hostile inherited styles — a
// centred container, letter-spacing, upper case, a serif font, right-to-left, `white-space: pre`, a
// 20px (Bootstrap page) or Fomantic's own 14px root font size — compared with the same widgets on a
// bare page: every computed style inside the three widgets' shadow roots is the same, and the host's
// own elements look the same with the widgets as without them. Then what a host may change: the
// documented --tickets-* properties, `font="host"` and the ::part names.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '@tickets/server/testing';
import { launchChromium, serveEmbedFile, startLocalServer, UI_TIMEOUT, type LocalServer } from './harness.js';

const require = createRequire(import.meta.url);
/** The frameworks' own CSS; `@import`s of web fonts are dropped (no network here, and not what is tested). */
const frameworkCss = (specifier: string) => readFileSync(require.resolve(specifier), 'utf8').replace(/@import url\([^)]*\);?/g, '');
const STYLESHEETS: Record<string, string> = {
  '/bootstrap.css': frameworkCss('bootstrap/dist/css/bootstrap.min.css'),
  '/fomantic.css': frameworkCss('fomantic-ui-css/semantic.min.css'),
};

/** Inherited properties a host sets around the widgets, all of which must stop at the shadow root. */
const HOSTILE = `.hostile { letter-spacing: 3px; text-transform: uppercase; line-height: 3; font-family: Georgia, serif; font-style: italic;
  font-weight: 700; font-variant: small-caps; color: rgb(150, 0, 0); word-spacing: 12px; text-indent: 30px; white-space: pre;
  text-align: center; cursor: wait; direction: rtl; text-shadow: 2px 2px 0 rgb(0, 200, 0); font-size: 22px; }`;

interface HostFramework {
  stylesheet: string | null;
  /** Host CSS besides the framework's. */
  css: string;
  /** The framework's own way to centre a block of text, around the widgets. */
  wrapper: string;
  /** A few of the host's own elements, styled by the framework. */
  hostMarkup: string;
}

const BARE: HostFramework = { stylesheet: null, css: '', wrapper: '', hostMarkup: '' };

const FRAMEWORKS: Record<'bootstrap' | 'fomantic', HostFramework> = {
  bootstrap: {
    stylesheet: '/bootstrap.css',
    // Bootstrap keeps the browser's 16px root: a larger one shows whether sizes follow it.
    css: `html { font-size: 20px; } ${HOSTILE}`,
    wrapper: 'container text-center hostile',
    hostMarkup: '<nav class="navbar navbar-dark bg-dark"><span class="navbar-brand">Host</span></nav><h1 class="display-6">Results</h1><p class="lead">A paragraph.</p><button class="btn btn-primary">Host button</button><table class="table"><tr><td>Cell</td></tr></table>',
  },
  fomantic: {
    // Fomantic's own `html { font-size: 14px }`.
    stylesheet: '/fomantic.css',
    css: HOSTILE,
    wrapper: 'ui center aligned container hostile',
    hostMarkup: '<div class="ui inverted menu"><a class="item">Host</a></div><h1 class="ui header">Results</h1><p>A paragraph.</p><button class="ui primary button">Host button</button><table class="ui table"><tr><td>Cell</td></tr></table>',
  },
};

const WIDGETS = ['tickets-ticket', 'tickets-list', 'tickets-status-settings'] as const;
type WidgetTag = (typeof WIDGETS)[number];

/** What is compared for each element inside a shadow root. */
const WIDGET_PROPERTIES = [
  'font-family', 'font-size', 'font-style', 'font-weight', 'font-variant-caps', 'line-height', 'letter-spacing', 'word-spacing',
  'text-transform', 'text-align', 'text-indent', 'text-shadow', 'white-space', 'direction', 'color', 'cursor', 'visibility',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
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
    if (serveEmbedFile(path, res)) return;
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

interface PageOptions {
  widgets: boolean;
  /** Attributes for every widget element, e.g. `font="host"`. */
  attributes?: string;
  /** Inline style of the wrapper around the widgets. */
  wrapperStyle?: string;
  /** More host CSS, after the framework's. */
  css?: string;
}

function page(framework: HostFramework, { widgets, attributes = '', wrapperStyle = '', css = '' }: PageOptions): string {
  const api = `api-url="${testApi.api.url}/trpc" token="${token}"`;
  const elements = [
    `<tickets-ticket style="width: 760px" ${api} ticket-id="${ticketId}" ${attributes}></tickets-ticket>`,
    `<tickets-list style="width: 760px" ${api} ticket-href="/tickets/{id}" ${attributes}></tickets-list>`,
    `<tickets-status-settings style="width: 760px" ${api} ${attributes}></tickets-status-settings>`,
  ];
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
${framework.stylesheet ? `<link rel="stylesheet" href="${framework.stylesheet}">` : ''}
<style>${framework.css} ${css}</style>
${widgets ? '<script type="module" src="/tickets-widgets.js"></script>' : ''}</head><body>
<div id="host">${framework.hostMarkup}</div>
<div class="${framework.wrapper}" style="${wrapperStyle}">${widgets ? elements.join('\n') : ''}</div>
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

/** Until every widget shows its data. */
async function widgetsShown(tab: Page): Promise<void> {
  const ticket = tab.locator('tickets-ticket');
  await ticket.getByRole('heading', { name: 'Scoreboard shows wrong times' }).waitFor();
  await ticket.getByText('are off by one second.').waitFor();
  await tab.locator('tickets-list').getByRole('link', { name: 'Scoreboard shows wrong times' }).waitFor();
  await tab.locator('tickets-status-settings').locator('.tk-status').first().waitFor();
}

/**
 * For each widget: its element's size, then every element inside its shadow root in document order
 * with its computed styles and its position relative to the widget element.
 */
async function widgetStyles(tab: Page): Promise<Record<WidgetTag, string[][]>> {
  await widgetsShown(tab);
  return tab.evaluate(
    ({ tags, properties }) => {
      const round = (value: number) => Math.round(value * 100) / 100;
      const styles = (tag: string) => {
        const element = document.querySelector(tag)!;
        const origin = element.getBoundingClientRect();
        const inside = [...element.shadowRoot!.querySelectorAll('*')].map((child) => {
          const style = getComputedStyle(child);
          const box = child.getBoundingClientRect();
          const name = child.tagName.toLowerCase() + (child.className ? `.${String(child.className).split(' ').join('.')}` : '');
          // Options and the like have no box of their own: (0, 0) is not a place.
          const at = child.getClientRects().length > 0 ? `at ${round(box.left - origin.left)},${round(box.top - origin.top)}` : 'no box';
          return [name, at, ...properties.map((property) => `${property}: ${style.getPropertyValue(property)}`)];
        });
        return [[tag, `${round(origin.width)}×${round(origin.height)}`], ...inside];
      };
      return Object.fromEntries(tags.map((tag) => [tag, styles(tag)])) as Record<(typeof tags)[number], string[][]>;
    },
    { tags: WIDGETS, properties: WIDGET_PROPERTIES },
  );
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

/** What one widget's element and its shadow root compute, read on a page of its own. */
async function stylesOn(html: string): Promise<Record<WidgetTag, string[][]>> {
  const tab = await open(html);
  try {
    return await widgetStyles(tab);
  } finally {
    await tab.close();
  }
}

describe.each(Object.entries(FRAMEWORKS))('on a %s page with hostile inherited styles', (_name, framework) => {
  it('every widget computes every style as on a bare page', async () => {
    const expected = await stylesOn(page(BARE, { widgets: true }));
    const actual = await stylesOn(page(framework, { widgets: true }));
    for (const tag of WIDGETS) {
      expect(actual[tag].length, tag).toBeGreaterThan(10);
      expect(actual[tag], tag).toEqual(expected[tag]);
    }
  });

  it('the host page looks the same with the widgets as without them', async () => {
    const without = await open(page(framework, { widgets: false }));
    const expected = await hostStyles(without);
    await without.close();
    const withWidgets = await open(page(framework, { widgets: true }));
    await widgetsShown(withWidgets);
    const actual = await hostStyles(withWidgets);
    await withWidgets.close();
    expect(actual.length).toBeGreaterThan(4);
    expect(actual).toEqual(expected);
  });
});

describe('what the host keeps', () => {
  it("a host's underline around the widgets is not painted inside them", async () => {
    // Not a computed style (decorations are painted through descendants): the pixels are compared.
    const shot = async (wrapperStyle: string) => {
      const tab = await open(page(BARE, { widgets: true, wrapperStyle }));
      await widgetsShown(tab);
      const image = await tab.locator('tickets-ticket').screenshot({ animations: 'disabled' });
      await tab.close();
      return image;
    };
    const plain = await shot('');
    const underlined = await shot('text-decoration: underline 3px rgb(255, 0, 0)');
    expect(underlined.equals(plain)).toBe(true);
  });

  it('the hidden attribute and a hidden container hide the widgets', async () => {
    const tab = await open(page(FRAMEWORKS.bootstrap, { widgets: true }).replace('<tickets-ticket ', '<tickets-ticket hidden ').replace('<tickets-list ', '<div class="invisible"><tickets-list ').replace('</tickets-list>', '</tickets-list></div>'));
    const title = tab.locator('tickets-ticket').getByRole('heading', { name: 'Scoreboard shows wrong times', includeHidden: true });
    await title.waitFor({ state: 'attached' });
    const link = tab.locator('tickets-list').getByRole('link', { name: 'Scoreboard shows wrong times', includeHidden: true });
    await link.waitFor({ state: 'attached' });
    expect(await title.isVisible()).toBe(false);
    expect(await link.isVisible()).toBe(false);
    await tab.close();
  });
});

describe('what the host may change', () => {
  it('the documented custom properties theme the widgets', async () => {
    const theme = `.themed { --tickets-font-family: "Courier New", monospace; --tickets-font-size: 18px; --tickets-line-height: 2;
      --tickets-color: rgb(10, 20, 30); --tickets-accent: rgb(0, 128, 0); --tickets-spacing: 8px; --tickets-radius: 0px; }`;
    const tab = await open(page(FRAMEWORKS.fomantic, { widgets: true, css: theme }).replace(`class="${FRAMEWORKS.fomantic.wrapper}"`, `class="${FRAMEWORKS.fomantic.wrapper} themed"`));
    await widgetsShown(tab);
    const ticket = tab.locator('tickets-ticket');
    const title = await ticket.getByRole('heading', { name: 'Scoreboard shows wrong times' }).evaluate((element) => {
      const style = getComputedStyle(element);
      return { fontFamily: style.fontFamily, fontSize: style.fontSize, color: style.color, textTransform: style.textTransform };
    });
    expect(title).toEqual({ fontFamily: '"Courier New", monospace', fontSize: '27px', color: 'rgb(10, 20, 30)', textTransform: 'none' });
    const send = await ticket.getByRole('button', { name: /^Comment/ }).evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, radius: style.borderTopLeftRadius, paddingLeft: style.paddingLeft, lineHeight: style.lineHeight };
    });
    expect(send).toEqual({ background: 'rgb(0, 128, 0)', radius: '0px', paddingLeft: '6px', lineHeight: '36px' });
    await tab.close();
  });

  it('font="host" takes the host page\'s font family, and only that', async () => {
    const tab = await open(page(FRAMEWORKS.bootstrap, { widgets: true, attributes: 'font="host"' }));
    await widgetsShown(tab);
    const title = await tab
      .locator('tickets-ticket')
      .getByRole('heading', { name: 'Scoreboard shows wrong times' })
      .evaluate((element) => ({ fontFamily: getComputedStyle(element).fontFamily, letterSpacing: getComputedStyle(element).letterSpacing }));
    expect(title).toEqual({ fontFamily: 'Georgia, serif', letterSpacing: 'normal' });
    await tab.close();
  });

  it('the ::part names restyle the title, the buttons and the ticket list', async () => {
    const parts = `tickets-ticket::part(title) { color: rgb(0, 0, 200); } tickets-ticket::part(primary-button) { background-color: rgb(200, 0, 200); }
      tickets-ticket::part(button) { border-top-width: 3px; } tickets-list::part(ticket-list) { border-left: 5px solid rgb(1, 2, 3); }`;
    const tab = await open(page(BARE, { widgets: true, css: parts }));
    await widgetsShown(tab);
    const ticket = tab.locator('tickets-ticket');
    expect(await ticket.getByRole('heading', { name: 'Scoreboard shows wrong times' }).evaluate((element) => getComputedStyle(element).color)).toBe('rgb(0, 0, 200)');
    const send = ticket.getByRole('button', { name: /^Comment/ });
    expect(await send.evaluate((element) => [getComputedStyle(element).backgroundColor, getComputedStyle(element).borderTopWidth])).toEqual(['rgb(200, 0, 200)', '3px']);
    const list = tab.locator('tickets-list').locator('.tk-tickets');
    expect(await list.evaluate((element) => getComputedStyle(element).borderLeftWidth)).toBe('5px');
    await tab.close();
  });
});
