import type { ClaimMailCatalog } from '../mail-words.js';

export default {
  hello: 'Hola, {name}:',
  ticketLink: 'Ticket #{id}',
  'received.subject': 'Ticket #{id} recibido: tu solicitud del WCA ID {wcaId}',
  'received.body': 'Hemos recibido tu solicitud para vincular tu cuenta al WCA ID {wcaId}. El Delegado que indicaste confirmará que el perfil es tuyo.',
  'closed.subject': 'Ticket #{id} cerrado: {status}',
  'closed.rejected': 'Tu solicitud del WCA ID {wcaId} no se confirmó. Motivo: {reason}',
  'closed.other': 'Tu solicitud del WCA ID {wcaId} se cerró con el estado {status}.',
} satisfies ClaimMailCatalog;
