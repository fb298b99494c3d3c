import { formatMessage, type MessageValues } from '../messages/format-message.js';
import { negotiateLocale } from '../messages/locale-negotiation.js';
import type { Messages } from '../messages/messages.js';

/** A mail's catalogs, all in memory (the server writes to readers of every language): English complete, others by locale. */
export type MailCatalogs<Key extends string> = { readonly en: Messages<Key> } & Readonly<Partial<Record<string, Messages<Key>>>>;

/**
 * The words of a mail for its recipient: their locale from the directory (`es-AR` → `es`, else
 * English), or a reader's languages best first (an API answer's `Accept-Language`), formatted as ICU
 * MessageFormat. A message a catalog lacks falls back to English.
 */
export function mailWords<Key extends string>(
  catalogs: MailCatalogs<Key>,
  locale: string | null | undefined | readonly string[],
): { t: (key: Key, values?: MessageValues) => string; locale: string } {
  const chosen = negotiateLocale(typeof locale === 'string' || locale === null || locale === undefined ? [locale] : locale, Object.keys(catalogs));
  const catalog = catalogs[chosen] ?? catalogs.en;
  return { t: (key, values) => formatMessage(chosen, catalog[key] ?? catalogs.en[key], values), locale: chosen };
}

