import type { AnonymizationMailCatalog } from '../mail-words.js';

export default {
  hello: 'Hola, {name}:',
  ticketLink: 'Ticket #{id}',
  scope: '{scope, select, account {solo la cuenta} other {la cuenta y el perfil}}',
  'received.subject': 'Ticket #{id} recibido: anonimización ({scope})',
  'received.body': 'Hemos recibido tu solicitud de ser olvidado ({scope}). El equipo de resultados de la WCA se ocupará de ella pronto.',
  'closed.subject': 'Ticket #{id} cerrado: {status}',
  'closed.anonymized': 'Tus datos personales ({scope}) se han anonimizado.',
  'closed.other': 'Tu solicitud de anonimización se cerró con el estado {status}.',
  'closed.reason': ' Motivo: {reason}',
} satisfies AnonymizationMailCatalog;
