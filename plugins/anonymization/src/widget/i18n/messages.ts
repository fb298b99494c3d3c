import { defineMessages, type Messages, useMessages } from '@tickets/plugin-kit/widget';
import en from './catalogs/en.js';

/** The anonymization playground's words: the page loads the reader's catalog before the view first renders. */
export const anonymizationMessages = defineMessages('anonymization', en, {
  es: () => import('./catalogs/es.js'),
  pl: () => import('./catalogs/pl.js'),
});

export type AnonymizationMessageKey = keyof typeof en;
export type AnonymizationCatalog = Messages<AnonymizationMessageKey>;

export function useAnonymizationMessages() {
  return useMessages(anonymizationMessages);
}
