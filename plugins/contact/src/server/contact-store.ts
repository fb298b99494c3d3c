import { defineSqlStore } from '@tickets/plugin-kit/server';
import { contactTicketType } from '../contact.js';

/** Keeps each contact ticket's team and message, so the team can read what the person wrote. */
export const contactStore = defineSqlStore(contactTicketType, {
  create: { columns: 'team text not null, message text not null' },
});

/** The table, named by the kit for the type. */
export const TABLE = contactStore.table;
