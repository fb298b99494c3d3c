export { contactTicketType as default, ContactMetadata, CONTACT_TEAMS } from './contact.js';
