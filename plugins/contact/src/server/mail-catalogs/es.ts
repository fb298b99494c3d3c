import type { ContactMailCatalog } from '../mail-words.js';

export default {
  hello: 'Hola, {name}:',
  ticketLink: 'Ticket #{id}',
  'received.subject': 'Ticket #{id} recibido: {title}',
  'received.body': 'Hemos recibido tu mensaje para {team}. El equipo responderá en el ticket; te avisaremos por correo. Escribiste:',
} satisfies ContactMailCatalog;
