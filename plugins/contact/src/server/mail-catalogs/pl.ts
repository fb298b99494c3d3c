import type { ContactMailCatalog } from '../mail-words.js';

export default {
  hello: 'Dzień dobry, {name},',
  ticketLink: 'Zgłoszenie #{id}',
  'received.subject': 'Zgłoszenie #{id} przyjęte: {title}',
  'received.body': 'Otrzymaliśmy twoją wiadomość do zespołu {team}. Zespół odpowie w zgłoszeniu; damy ci znać mailem. Napisałeś(-aś):',
} satisfies ContactMailCatalog;
