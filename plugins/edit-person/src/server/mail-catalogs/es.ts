import type { EditPersonMailCatalog } from '../mail-words.js';

export default {
  hello: 'Hola, {name}:',
  ticketLink: 'Ticket #{id}',
  'received.subject': 'Ticket #{id} recibido: tu cambio de perfil ({wcaId})',
  'received.body': 'Hemos recibido tu solicitud para cambiar {fields} del perfil de competidor {wcaId}. El equipo de resultados de la WCA la revisará; puedes seguirla en la página del ticket.',
  'closed.subject': 'Ticket #{id} cerrado: {status}',
  'closed.applied': 'El cambio solicitado de {fields} de {wcaId} se ha aplicado al perfil.',
  'closed.other': 'Tu solicitud de cambio del perfil {wcaId} se ha cerrado como {status}.',
  'closed.reason': ' Motivo: {reason}',
  'field.name': 'el nombre',
  'field.countryIso2': 'el país',
  'field.dateOfBirth': 'la fecha de nacimiento',
  'field.gender': 'el género',
} satisfies EditPersonMailCatalog;
