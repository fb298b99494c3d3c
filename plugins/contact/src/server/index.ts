// The server half of the `contact` type: the table its messages are kept in, its mail texts and its words.
import { defineTicketTypeServer } from '@tickets/plugin-kit/server';
import { contactTicketType } from '../contact.js';
import { contactStore } from './contact-store.js';
import { contactMails } from './mails.js';
import es from './words/es.js';
import pl from './words/pl.js';

export { contactStore, TABLE } from './contact-store.js';

export const contactServer = defineTicketTypeServer(contactTicketType, {
  store: contactStore,
  effects: {},
  mails: contactMails,
  // Only its title and description: it has no actions, and its statuses are the namespace's system ones (the kit's words).
  words: { es, pl },
});
export default contactServer;
