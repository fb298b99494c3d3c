import type { ClaimMailCatalog } from '../mail-words.js';

export default {
  hello: 'Dzień dobry, {name},',
  ticketLink: 'Zgłoszenie #{id}',
  'received.subject': 'Zgłoszenie #{id} przyjęte: twój wniosek o WCA ID {wcaId}',
  'received.body': 'Otrzymaliśmy twój wniosek o połączenie konta z WCA ID {wcaId}. Wskazany przez ciebie Delegat potwierdzi, że profil należy do ciebie.',
  'closed.subject': 'Zgłoszenie #{id} zamknięte: {status}',
  'closed.rejected': 'Twój wniosek o WCA ID {wcaId} nie został potwierdzony. Powód: {reason}',
  'closed.other': 'Twój wniosek o WCA ID {wcaId} został zamknięty ze statusem: {status}.',
} satisfies ClaimMailCatalog;
