import { useMessages } from '@tickets/plugin-kit/widget';
import { queueMessages } from './queue-messages.js';

/** The queue's messages in the reader's language; system statuses are the core bundle's (`statusName`). */
export function useQueueMessages() {
  return useMessages(queueMessages);
}
