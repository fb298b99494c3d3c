import { defineMessages, type Messages } from '@tickets/plugin-kit/widget';
import en from './catalogs/queue/en.js';

/** The queue's words (`<tickets-queue>`): a bundle of its own, so the catalogs stay by area. */
export const queueMessages = defineMessages('widgets-queue', en, {
  es: () => import('./catalogs/queue/es.js'),
  pl: () => import('./catalogs/queue/pl.js'),
});

export type QueueMessageKey = keyof typeof en;
export type QueueCatalog = Messages<QueueMessageKey>;
