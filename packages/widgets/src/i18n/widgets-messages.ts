import { defineMessages, type Messages } from '@tickets/plugin-kit/widget';
import en from './catalogs/en.js';

/**
 * The core widgets' words: English in the bundle, Spanish and Polish each a chunk of its own that
 * loads when a reader needs it (the element waits for it before its first render).
 */
export const widgetsMessages = defineMessages('widgets', en, {
  es: () => import('./catalogs/es.js'),
  pl: () => import('./catalogs/pl.js'),
});

export type WidgetsMessageKey = keyof typeof en;
/** What another language's catalog must be: every key English has, no other. */
export type WidgetsCatalog = Messages<WidgetsMessageKey>;
