// The server half of the `contact` type: the table its messages are kept in, and its mail texts.
import { defineTicketTypeServer } from '@tickets/plugin-kit/server';
import { contactTicketType } from '../contact.js';
import { contactStore } from './contact-store.js';
import { contactMails } from './mails.js';

export { contactStore, TABLE } from './contact-store.js';

export const contactServer = defineTicketTypeServer(contactTicketType, {
  store: contactStore,
  effects: {},
  mails: contactMails,
});
export default contactServer;
