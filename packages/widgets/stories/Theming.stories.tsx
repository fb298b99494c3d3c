// The widgets as a host page embeds them: each in a shadow root of its own (as the custom elements
// render them), on a Bootstrap 5 page and on a Fomantic-UI page with the frameworks' full CSS (the
// dev dependencies' dist files), and themed through the documented --tickets-* properties, ::part
// names and font="host". Each host page is an iframe, so the frameworks' CSS reaches neither
// Storybook nor the other stories.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { createElement, useCallback, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { expect, waitFor } from 'storybook/test';
import bootstrapCss from 'bootstrap/dist/css/bootstrap.min.css?raw';
import fomanticCss from 'fomantic-ui-css/semantic.min.css?raw';
import widgetsCss from '../src/styles/widgets.css?inline';
import { ConnectedTicketList } from '../src/connected/ConnectedTicketList.js';
import { ConnectedTicketPage } from '../src/connected/ConnectedTicketPage.js';
import { fakeApi, withFakeApi } from './support.js';

/** Web fonts the frameworks `@import` are left out: the page works offline, as the stories' tests run. */
const withoutImports = (css: string) => css.replace(/@import url\([^)]*\);?/g, '');

/** Inherited styles a host page may well have around an embed, none of which reach the widgets. */
const HOSTILE = '.hostile { letter-spacing: 2px; text-transform: uppercase; line-height: 2.5; font-family: Georgia, serif; text-indent: 24px; }';

/** The custom theme: only the documented custom properties and part names. */
const THEME = `.themed {
  --tickets-font-family: Georgia, 'Times New Roman', serif;
  --tickets-font-size: 15px;
  --tickets-line-height: 1.6;
  --tickets-color: #1d2630;
  --tickets-muted: #4f5b66;
  --tickets-border: #c3ccd4;
  --tickets-background: #fbfaf6;
  --tickets-accent: #00693e;
  --tickets-error: #a4160b;
  --tickets-radius: 0;
  --tickets-spacing: 12px;
}
.themed::part(title) { font-weight: 800; letter-spacing: -0.01em; }
.themed::part(primary-button) { font-weight: 700; }
.themed::part(ticket-list) { border-top: 3px solid #00693e; }`;

/**
 * A host page in an iframe: its own CSS in its head, `children` rendered into its body through a
 * portal (so they keep the story's providers).
 */
function HostPage({ title, css, children }: { title: string; css: string; children: ReactNode }) {
  const [body, setBody] = useState<HTMLElement | null>(null);
  return (
    <>
      <iframe
        title={title}
        srcDoc='<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>'
        style={{ display: 'block', width: '100%', height: 1400, border: 0 }}
        onLoad={(event) => {
          const document = event.currentTarget.contentDocument;
          if (!document) return;
          const style = document.createElement('style');
          // The host's own gap between the two widgets.
          style.textContent = `${css} tickets-ticket { margin-bottom: 24px; }`;
          document.head.append(style);
          setBody(document.body);
        }}
      />
      {body && createPortal(children, body)}
    </>
  );
}

/**
 * What `<tickets-ticket>` and `<tickets-list>` do, for a widget fed by the story's fake API: an open
 * shadow root with the widgets' stylesheet and the inner `.tk-root` the styles reset at. Its tag is
 * the custom element's, so the host's `tickets-ticket::part(…)` rules read as they would on a page.
 */
function ShadowWidget({ tag, className, font, children }: { tag: 'tickets-ticket' | 'tickets-list'; className?: string; font?: 'host'; children: ReactNode }) {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const attach = useCallback((element: HTMLElement | null) => {
    if (!element || element.shadowRoot) return;
    const shadow = element.attachShadow({ mode: 'open' });
    // A <style>, not the bundle's adopted sheet: a constructed sheet cannot move to the iframe's document.
    const style = element.ownerDocument.createElement('style');
    style.textContent = widgetsCss;
    const mount = element.ownerDocument.createElement('div');
    mount.className = 'tk-root';
    shadow.append(style, mount);
    setRoot(mount);
  }, []);
  return createElement(tag, { ref: attach, className, font }, root && createPortal(children, root));
}

function Widgets({ className, font }: { className?: string; font?: 'host' }) {
  return (
    <>
      <ShadowWidget tag="tickets-ticket" className={className} font={font}>
        <ConnectedTicketPage ticketId={12} headingLevel={2} />
      </ShadowWidget>
      <ShadowWidget tag="tickets-list" className={className} font={font}>
        <ConnectedTicketList pageSize={5} ticketHref={(id) => `#ticket-${id}`} />
      </ShadowWidget>
    </>
  );
}

/** The widget's title inside the iframe's first shadow root, once the fake API has answered. */
async function shownTitle(canvasElement: HTMLElement): Promise<HTMLElement> {
  return waitFor(
    () => {
      const frame = canvasElement.querySelector('iframe')?.contentDocument;
      const title = frame?.querySelector('tickets-ticket')?.shadowRoot?.querySelector<HTMLElement>('.tk-title');
      if (!title?.textContent) throw new Error('The ticket page has not shown its title yet.');
      return title;
    },
    { timeout: 5000 },
  );
}

const meta = {
  title: 'Widgets/Theming',
  loaders: [fakeApi()],
  decorators: [withFakeApi],
  parameters: {
    layout: 'fullscreen',
    // The widgets' accessibility is checked in their own stories; axe does not enter these iframes.
    a11y: { options: { iframes: false } },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** The host's centred, spaced, upper-case text stops at the widgets: the ticket's title keeps its own. */
async function keepsItsOwnText({ canvasElement }: { canvasElement: HTMLElement }) {
  const title = await shownTitle(canvasElement);
  const style = getComputedStyle(title);
  await expect([style.textTransform, style.letterSpacing, style.textAlign]).toEqual(['none', 'normal', 'start']);
}

/** Bootstrap 5's full CSS, a 20px root font size, a centred container with hostile inherited styles. */
export const OnBootstrap: Story = {
  render: () => (
    <HostPage title="A Bootstrap 5 host page" css={`${withoutImports(bootstrapCss)} html { font-size: 20px; } ${HOSTILE}`}>
      <nav className="navbar navbar-dark bg-dark mb-3">
        <div className="container">
          <span className="navbar-brand">Host site</span>
        </div>
      </nav>
      <main className="container text-center hostile">
        <h1 className="display-6">Your requests</h1>
        <p className="lead">The host's own centred, spaced, upper-case serif text; the widgets below keep their own.</p>
        <Widgets />
      </main>
    </HostPage>
  ),
  play: keepsItsOwnText,
};

/** Fomantic-UI's full CSS (its 14px root font size), a `ui center aligned container` with hostile inherited styles. */
export const OnFomantic: Story = {
  render: () => (
    <HostPage title="A Fomantic-UI host page" css={`${withoutImports(fomanticCss)} ${HOSTILE}`}>
      <div className="ui inverted menu">
        <span className="header item">Host site</span>
      </div>
      <main className="ui center aligned container hostile">
        <h1 className="ui header">Your requests</h1>
        <p>The host's own centred, spaced, upper-case serif text; the widgets below keep their own.</p>
        <Widgets />
      </main>
    </HostPage>
  ),
  play: keepsItsOwnText,
};

/** A host's own theme: the --tickets-* custom properties and ::part rules (above the widgets), then font="host" (below). */
export const CustomTheme: Story = {
  render: () => (
    <HostPage title="A host page with its own theme" css={`body { margin: 24px; font-family: 'Trebuchet MS', Verdana, sans-serif; } ${THEME}`}>
      <h1>Themed with custom properties</h1>
      <Widgets className="themed" />
      <h2>The host page's font family (font="host")</h2>
      <Widgets font="host" />
    </HostPage>
  ),
  play: async ({ canvasElement }) => {
    const title = await shownTitle(canvasElement);
    const style = getComputedStyle(title);
    await expect([style.fontFamily, style.fontWeight]).toEqual(['Georgia, "Times New Roman", serif', '800']);
  },
};
