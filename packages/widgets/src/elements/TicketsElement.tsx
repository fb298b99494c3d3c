import { createRoot, type Root } from 'react-dom/client';
import type { ReactNode } from 'react';
import type { TokenSource } from '../api/client.js';
import { TicketsProvider } from '../api/context.js';
import { ImageHostsProvider } from '../markdown/ImageHostsContext.js';
import { bundleLocale, LanguageProvider, loadedCatalog, loadMessages } from '@tickets/plugin-kit/widget';
import { CORE_BUNDLES } from '../i18n/core-bundles.js';
import { pageDirection, wantedLocales } from './page-language.js';
import { pageSession, type PageSession } from './page-session.js';
import { adoptStyles } from './styles.js';

/** Asked before each request for the signed-in user's token (return a fresh one to refresh it). */
export type TokenProvider = () => string | null | undefined | Promise<string | null | undefined>;

/**
 * What every Tickets custom element shares: an open shadow root with the widgets' stylesheet, a
 * React root inside it, and the page's shared tRPC client and QueryClient for `api-url`. The
 * token comes from the `token` attribute or, to refresh it, the `tokenProvider` property.
 * `image-hosts` lists the hosts comments may load images from (none by default). It speaks the
 * element's `lang`, else the page's `<html lang>`, else the token's `locale` (English when it has no
 * catalog for them), and is laid out right to left under `dir="rtl"`.
 */
export abstract class TicketsElement extends HTMLElement {
  static readonly observedAttributes: string[] = ['api-url', 'token', 'image-hosts', 'lang', 'dir'];
  #root: Root | null = null;
  #mount: HTMLDivElement | null = null;
  #tokenProvider: TokenProvider | null = null;

  /** A property set before the element was defined hides the accessor: hand it over. */
  #upgradeProperties(): void {
    for (const name of this.upgradedProperties()) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
    }
  }

  /** Properties a host may set before the element is defined. */
  protected upgradedProperties(): string[] {
    return ['tokenProvider'];
  }

  get tokenProvider(): TokenProvider | null {
    return this.#tokenProvider;
  }

  set tokenProvider(provider: TokenProvider | null) {
    this.#tokenProvider = typeof provider === 'function' ? provider : null;
    this.update();
  }

  connectedCallback(): void {
    this.#upgradeProperties();
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    adoptStyles(shadow);
    if (!this.#root) {
      const mount = document.createElement('div');
      mount.className = 'tk-root';
      shadow.append(mount);
      this.#mount = mount;
      this.#root = createRoot(mount);
    }
    this.update();
  }

  disconnectedCallback(): void {
    // Moving the element fires disconnect then connect: unmount only if it stays out.
    queueMicrotask(() => {
      if (this.isConnected || !this.#root) return;
      this.#root.unmount();
      this.#root = null;
      this.#mount = null;
      this.shadowRoot?.querySelector('.tk-root')?.remove();
    });
  }

  attributeChangedCallback(): void {
    this.update();
  }

  /** Renders again with the current attributes and properties. */
  protected update(): void {
    if (!this.#root) return;
    const apiUrl = this.getAttribute('api-url');
    if (!apiUrl) {
      // For the host page's developer, in English like the rest of the set-up docs and the console.
      // eslint-disable-next-line i18next/no-literal-string
      this.#root.render(<SetUpProblem>Set the api-url attribute to the Tickets API's address (ending in /trpc).</SetUpProblem>);
      return;
    }
    const wanted = wantedLocales(this, this.getAttribute('token'));
    const session = pageSession(apiUrl, wanted);
    const token: TokenSource = this.#tokenProvider ?? this.getAttribute('token');
    session.setToken(token);
    this.startLoading(session);
    // Another language's words arrive as chunks of their own: render once they are here, not in English first.
    if (CORE_BUNDLES.some((bundle) => !loadedCatalog(bundle, bundleLocale(bundle, wanted)))) {
      void loadMessages(CORE_BUNDLES, wanted).then(() => this.update());
      return;
    }
    const locale = bundleLocale(CORE_BUNDLES[0]!, wanted);
    if (this.#mount) {
      this.#mount.lang = locale;
      this.#mount.dir = pageDirection(this);
    }
    this.#root.render(
      <LanguageProvider wanted={wanted} locale={locale}>
        <TicketsProvider client={session.client} queryClient={session.queryClient}>
          <ImageHostsProvider hosts={this.getAttribute('image-hosts')}>{this.renderWidget()}</ImageHostsProvider>
        </TicketsProvider>
      </LanguageProvider>,
    );
  }

  /**
   * Asks the API for what the widget shows first before React renders it: the answer is on its way
   * while the widget renders and mounts, instead of after (a first render's effects run a frame later).
   */
  protected startLoading(_session: PageSession): void {}

  protected abstract renderWidget(): ReactNode;
}

export function SetUpProblem({ children }: { children: ReactNode }) {
  return (
    <p className="tk-notice tk-notice-error" role="alert">
      {children}
    </p>
  );
}
