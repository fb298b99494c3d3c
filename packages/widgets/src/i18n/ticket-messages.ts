import { defineMessages, type Messages } from '@tickets/plugin-kit/widget';
import en from './catalogs/ticket/en.js';

/** The ticket page's words (`<tickets-ticket>`: header, people, comments, timeline, moves). */
export const ticketMessages = defineMessages('widgets-ticket', en, {
  es: () => import('./catalogs/ticket/es.js'),
  pl: () => import('./catalogs/ticket/pl.js'),
});

export type TicketMessageKey = keyof typeof en;
export type TicketCatalog = Messages<TicketMessageKey>;
