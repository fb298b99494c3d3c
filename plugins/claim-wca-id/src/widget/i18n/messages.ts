import { defineMessages, type Messages, useMessages } from '@tickets/plugin-kit/widget';
import en from './catalogs/en.js';

/** The claim playground's words: the page loads the reader's catalog before the view first renders. */
export const claimMessages = defineMessages('claim-wca-id', en, {
  es: () => import('./catalogs/es.js'),
  pl: () => import('./catalogs/pl.js'),
});

export type ClaimMessageKey = keyof typeof en;
export type ClaimCatalog = Messages<ClaimMessageKey>;

export function useClaimMessages() {
  return useMessages(claimMessages);
}
