import { loadedCatalog } from './catalog-cache.js';
import { formatMessage, type MessageValues } from '../../messages/format-message.js';
import type { MessageBundle } from '../../messages/messages.js';

/**
 * A bundle's messages outside React (tests, a helper called with the words it needs): the locale's
 * catalog when it is loaded, else English.
 */
export function translatorFor<Key extends string>(bundle: MessageBundle<Key>, locale = 'en'): (key: Key, values?: MessageValues) => string {
  const catalog = loadedCatalog(bundle, locale);
  const shown = catalog ? locale : 'en';
  return (key, values) => formatMessage(shown, (catalog ?? bundle.en)[key], values);
}
