import { defineSqlStore } from '@tickets/plugin-kit/server';
import { contactTicketType } from '../contact.js';

export const TABLE = 'tickets_contact';

/** Keeps each contact ticket's team and message, so the team can read what the person wrote. */
export const contactStore = defineSqlStore(contactTicketType, {
  table: TABLE,
  migrations: [
    {
      name: '001-create-table',
      up: [`create table ${TABLE} (id serial primary key, namespace_id int not null, team text not null, message text not null)`],
      down: [`drop table ${TABLE}`],
    },
  ],
});
