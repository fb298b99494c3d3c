import type { TicketCatalog } from '../../ticket-messages.js';

export default {
  'ticket.readOnly': 'Możesz czytać to zgłoszenie, ale nie możesz nic w nim zmienić.',
} satisfies TicketCatalog;
