import { type Category, SYSTEM_STATUS_IDS } from '@tickets/domain';
import { useMessages, type Translate } from '@tickets/plugin-kit/widget';
import { type WidgetsMessageKey, widgetsMessages } from './widgets-messages.js';

/** The core widgets' messages in the reader's language. */
export function useWidgetsMessages() {
  return useMessages(widgetsMessages);
}

const TRANSLATED_STATUS_IDS: ReadonlySet<number> = new Set(Object.values(SYSTEM_STATUS_IDS));

/**
 * A status's name as the reader reads it: a system-defined status in their language; a custom one
 * as its namespace wrote it (it is data, not a word of the product). Only the system statuses the
 * catalogs name are translated: an id in the system's reserved range without a word stays as sent.
 */
export function statusName(status: { id: number; name: string }, t: Translate<WidgetsMessageKey>): string {
  return TRANSLATED_STATUS_IDS.has(status.id) ? t(`systemStatus.${status.id}` as WidgetsMessageKey) : status.name;
}

/** A category's name in the reader's language ("In progress"). */
export function categoryName(category: Category, t: Translate<WidgetsMessageKey>): string {
  return t(`category.${category}`);
}
