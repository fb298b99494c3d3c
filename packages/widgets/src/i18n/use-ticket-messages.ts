import { useMessages } from '@tickets/plugin-kit/widget';
import { ticketMessages } from './ticket-messages.js';

/** The ticket page's messages in the reader's language. */
export function useTicketMessages() {
  return useMessages(ticketMessages);
}
