import type { EditPersonMailCatalog } from '../mail-words.js';

export default {
  hello: 'Dzień dobry, {name},',
  ticketLink: 'Zgłoszenie #{id}',
  'received.subject': 'Otrzymaliśmy zgłoszenie #{id}: zmiana Twojego profilu ({wcaId})',
  'received.body': 'Otrzymaliśmy Twoją prośbę o zmianę następujących danych w profilu zawodnika {wcaId}: {fields}. Zespół Wyników WCA ją rozpatrzy; możesz ją śledzić na stronie zgłoszenia.',
  'closed.subject': 'Zgłoszenie #{id} zamknięte: {status}',
  'closed.applied': 'Wnioskowana zmiana ({fields}) w profilu {wcaId} została wprowadzona.',
  'closed.other': 'Twoja prośba o zmianę profilu {wcaId} została zamknięta ze statusem: {status}.',
  'closed.reason': ' Powód: {reason}',
  'field.name': 'imię i nazwisko',
  'field.countryIso2': 'kraj',
  'field.dateOfBirth': 'data urodzenia',
  'field.gender': 'płeć',
} satisfies EditPersonMailCatalog;
