import { defineMessages, type Messages, useMessages } from '@tickets/plugin-kit/widget';
import en from './catalogs/en.js';

/** The bug report playground's words: the page loads the reader's catalog before the view first renders. */
export const bugReportMessages = defineMessages('bug-report', en, {
  es: () => import('./catalogs/es.js'),
  pl: () => import('./catalogs/pl.js'),
});

export type BugReportMessageKey = keyof typeof en;
export type BugReportCatalog = Messages<BugReportMessageKey>;

export function useBugReportMessages() {
  return useMessages(bugReportMessages);
}
