import type { TicketCatalog } from '../../ticket-messages.js';

export default {
  'ticket.readOnly': 'Puedes leer este ticket, pero no actuar sobre él.',
} satisfies TicketCatalog;
