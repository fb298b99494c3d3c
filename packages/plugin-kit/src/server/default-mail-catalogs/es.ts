import type { DefaultMailCatalog } from '../default-mail-words.js';

export default {
  hello: 'Hola, {name}:',
  ticketLink: 'Ticket #{id}',
  replyLink: 'Responder en el ticket #{id}',
  'received.subject': 'Ticket #{id} recibido: {title}',
  'received.body': 'Hemos recibido tu solicitud de tipo {type} «{title}». El equipo la revisará pronto; te responderemos por aquí.',
  'commented.subject': 'Ticket #{id}: nuevo comentario de {from}',
  'commented.intro': '{author} ha comentado en «{title}»:',
  'commented.introOnBehalf': '{author} ha comentado en «{title}» en nombre de {group}:',
  'closed.subject': 'Ticket #{id} cerrado: {status}',
  'closed.body': 'Tu solicitud «{title}» se ha cerrado con el resultado: {status}.',
} satisfies DefaultMailCatalog;
