import { createContext, Fragment, type ReactNode, useContext, useEffect, useState } from 'react';
import { bundleLocale, loadCatalog, loadedCatalog } from './catalog-cache.js';
import { formatMessage, formatMessageParts, type MessageValues } from '../../messages/format-message.js';
import type { MessageBundle } from '../../messages/messages.js';

/** What the reader wants, most wanted first: the widget's `lang`, the host page's `<html lang>`, the token's locale. */
const WantedLocales = createContext<readonly string[]>([]);
/** The language the page around shows its own words in (times and numbers follow it). */
const ShownLocale = createContext<string>('en');

export function LanguageProvider({ wanted, locale = 'en', children }: { wanted: readonly string[]; locale?: string; children: ReactNode }) {
  return (
    <WantedLocales.Provider value={wanted}>
      <ShownLocale.Provider value={locale}>{children}</ShownLocale.Provider>
    </WantedLocales.Provider>
  );
}

/** The language the widget shows its words in, for what formats outside messages (relative times). */
export function useShownLocale(): string {
  return useContext(ShownLocale);
}

/** The locales the reader wants, for a widget that needs them outside messages (a time's format). */
export function useWantedLocales(): readonly string[] {
  return useContext(WantedLocales);
}

/** Says a message of a bundle, by key, with its arguments. */
export type Translate<Key extends string> = (key: Key, values?: MessageValues) => string;
/** The same with elements among the arguments (`updated {time}` with a `<Time>`): a node to render. */
export type TranslateRich<Key extends string> = (key: Key, values: Readonly<Record<string, ReactNode | Date>>) => ReactNode;

/**
 * A bundle's messages in the reader's language: `t('presence.writing', { name })`. While another
 * language's catalog loads (once per page) the widget shows English, never a key or a blank; a
 * message that cannot be formatted falls back to English's.
 */
export function useMessages<Key extends string>(bundle: MessageBundle<Key>): { t: Translate<Key>; rich: TranslateRich<Key>; locale: string } {
  const locale = bundleLocale(bundle, useContext(WantedLocales));
  // Loads the catalog when it is not here yet, and renders again once it came.
  useCatalogReady(bundle);
  const catalog = loadedCatalog(bundle, locale);
  const shown = catalog ? locale : 'en';
  const messages = catalog ?? bundle.en;
  const t: Translate<Key> = (key, values) => {
    try {
      return formatMessage(shown, messages[key] ?? bundle.en[key], values);
    } catch {
      return formatMessage('en', bundle.en[key], values);
    }
  };
  const rich: TranslateRich<Key> = (key, values) => {
    const parts = formatMessageParts<ReactNode>(shown, messages[key] ?? bundle.en[key], values as Record<string, ReactNode>);
    return parts.map((part, index) => <Fragment key={index}>{part}</Fragment>);
  };
  return { t, rich, locale: shown };
}

/**
 * Whether the bundle's catalog for the reader's language is here (always, for none or English);
 * loads it otherwise, and renders again once it came: a part waits for it rather than showing
 * English first (a playground module's own words).
 */
export function useCatalogReady(bundle: MessageBundle | undefined): boolean {
  const wanted = useContext(WantedLocales);
  const locale = bundle ? bundleLocale(bundle, wanted) : 'en';
  const ready = !bundle || loadedCatalog(bundle, locale) !== null;
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (ready || !bundle) return;
    let current = true;
    void loadCatalog(bundle, locale).then(() => current && setLoaded((count) => count + 1));
    return () => {
      current = false;
    };
  }, [bundle, locale, ready]);
  return ready;
}

/** Loads each bundle's catalog for what the reader wants; resolves when all can be shown (before a first render). */
export function loadMessages(bundles: readonly MessageBundle[], wanted: readonly string[]): Promise<void> {
  return Promise.all(bundles.map((bundle) => loadCatalog(bundle, bundleLocale(bundle, wanted)))).then(() => undefined);
}
