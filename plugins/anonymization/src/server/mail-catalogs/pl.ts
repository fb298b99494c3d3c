import type { AnonymizationMailCatalog } from '../mail-words.js';

export default {
  hello: 'Dzień dobry, {name},',
  ticketLink: 'Zgłoszenie #{id}',
  scope: '{scope, select, account {tylko konto} other {konto i profil}}',
  'received.subject': 'Zgłoszenie #{id} przyjęte: anonimizacja ({scope})',
  'received.body': 'Otrzymaliśmy twój wniosek o zapomnienie ({scope}). Zespół wyników WCA wkrótce się nim zajmie.',
  'closed.subject': 'Zgłoszenie #{id} zamknięte: {status}',
  'closed.anonymized': 'Twoje dane osobowe ({scope}) zostały zanonimizowane.',
  'closed.other': 'Twój wniosek o anonimizację został zamknięty ze statusem: {status}.',
  'closed.reason': ' Powód: {reason}',
} satisfies AnonymizationMailCatalog;
