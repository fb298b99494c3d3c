import { DEFAULT_LOCALE, negotiateLocale } from '../../messages/locale-negotiation.js';
import { localesOf, type MessageBundle, type Messages } from '../../messages/messages.js';

/** Catalogs loaded so far on this page, by bundle and locale: each loads once whichever widget asks. */
const loaded = new Map<string, Messages>();
const loading = new Map<string, Promise<void>>();

const keyOf = (bundle: MessageBundle, locale: string) => `${bundle.id}\u0000${locale}`;

/** Locales made on the page for every bundle (the pseudo-locale in Storybook and tests), by tag. */
const madeLocales = new Map<string, (english: Messages) => Messages>();

/** Makes a locale on the page from each bundle's English (see the kit's `testing` pseudo-locale). */
export function provideLocale(tag: string, make: (english: Messages) => Messages): void {
  madeLocales.set(tag, make);
}

/** The locale a bundle shows for what the reader wants (see `negotiateLocale`). */
export function bundleLocale(bundle: MessageBundle, wanted: ReadonlyArray<string | null | undefined>): string {
  return negotiateLocale(wanted, [...localesOf(bundle), ...madeLocales.keys()]);
}

/** The catalog to show now, or null while it loads (English is always there). */
export function loadedCatalog<Key extends string>(bundle: MessageBundle<Key>, locale: string): Messages<Key> | null {
  if (locale === DEFAULT_LOCALE) return bundle.en;
  return (loaded.get(keyOf(bundle, locale)) as Messages<Key> | undefined) ?? null;
}

/**
 * Loads the bundle's catalog for the locale (once per page); resolves when it can be shown. A
 * catalog that fails to load leaves the bundle in English, never blank.
 */
export function loadCatalog(bundle: MessageBundle, locale: string): Promise<void> {
  if (loadedCatalog(bundle, locale)) return Promise.resolve();
  const key = keyOf(bundle, locale);
  const make = madeLocales.get(locale);
  if (make) {
    loaded.set(key, make(bundle.en));
    return Promise.resolve();
  }
  let pending = loading.get(key);
  if (!pending) {
    const loader = bundle.locales[locale];
    pending = (loader ? loader() : Promise.reject(new Error(`no ${locale} catalog`)))
      .then((module) => void loaded.set(key, module.default))
      .catch(() => void loaded.set(key, bundle.en));
    loading.set(key, pending);
  }
  return pending;
}
