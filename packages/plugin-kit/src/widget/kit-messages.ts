import en from './i18n/catalogs/en.js';
import { type Messages, defineMessages } from '../messages/messages.js';
import { useMessages } from './i18n/use-messages.js';

/**
 * The kit's own words, for its shared parts of a playground: the widgets load this bundle with
 * theirs before a first render (their core bundles), so a playground never shows them in English first.
 */
export const kitMessages = defineMessages('plugin-kit', en, {
  es: () => import('./i18n/catalogs/es.js'),
  pl: () => import('./i18n/catalogs/pl.js'),
});

export type KitMessageKey = keyof typeof en;
export type KitCatalog = Messages<KitMessageKey>;

/** The kit's messages in the reader's language. */
export function useKitMessages() {
  return useMessages(kitMessages);
}
