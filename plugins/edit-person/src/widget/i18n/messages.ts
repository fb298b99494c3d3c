import { defineMessages, type Messages, useMessages } from '@tickets/plugin-kit/widget';
import en from './catalogs/en.js';

/** The edit-person playground's words: the page loads the reader's catalog before a view first renders. */
export const editPersonMessages = defineMessages('edit-person', en, {
  es: () => import('./catalogs/es.js'),
  pl: () => import('./catalogs/pl.js'),
});

export type EditPersonMessageKey = keyof typeof en;
export type EditPersonCatalog = Messages<EditPersonMessageKey>;

export function useEditPersonMessages() {
  return useMessages(editPersonMessages);
}
