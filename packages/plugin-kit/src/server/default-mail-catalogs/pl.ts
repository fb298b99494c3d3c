import type { DefaultMailCatalog } from '../default-mail-words.js';

export default {
  hello: 'Dzień dobry, {name},',
  ticketLink: 'Zgłoszenie #{id}',
  replyLink: 'Odpowiedz w zgłoszeniu #{id}',
  'received.subject': 'Otrzymaliśmy zgłoszenie #{id}: {title}',
  'received.body': 'Otrzymaliśmy Twoją prośbę (typ: {type}) „{title}”. Zespół wkrótce się nią zajmie; odpowiemy tutaj.',
  'commented.subject': 'Zgłoszenie #{id}: nowy komentarz od {from}',
  'commented.intro': '{author} skomentował(a) „{title}”:',
  'commented.introOnBehalf': '{author} skomentował(a) „{title}” w imieniu: {group}:',
  'closed.subject': 'Zgłoszenie #{id} zamknięte: {status}',
  'closed.body': 'Twoja prośba „{title}” została zamknięta z wynikiem: {status}.',
} satisfies DefaultMailCatalog;
