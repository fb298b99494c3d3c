import { defineMessages, type Messages, useMessages } from '@tickets/plugin-kit/widget';
import en from './catalogs/en.js';

/** The competition results playground's words: the page loads the reader's catalog before a view first renders. */
export const competitionResultMessages = defineMessages('competition-result', en, {
  es: () => import('./catalogs/es.js'),
  pl: () => import('./catalogs/pl.js'),
});

export type CompetitionResultMessageKey = keyof typeof en;
export type CompetitionResultCatalog = Messages<CompetitionResultMessageKey>;

export function useCompetitionResultMessages() {
  return useMessages(competitionResultMessages);
}
