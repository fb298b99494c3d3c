import { type ActionSaid, saying } from '@tickets/plugin-kit';
import { type ActionEffect, changeLabels, defineSqlStore, defineTicketTypeServer, metadataChanges } from '@tickets/plugin-kit/server';
import ticketType, { type BugReportStored } from '../index.js';
import es from './words/es.js';
import pl from './words/pl.js';

const TABLE = 'tickets_bug_report';

/** An action of WST's: moves the ticket on, replacing the note when it is given one. */
function noting(status: string, summary: ActionSaid): ActionEffect<BugReportStored, { note?: string }> {
  return async ({ metadata, input }) => {
    const next = { ...metadata, note: input.note ?? metadata.note };
    return { summary, metadata: next, changes: metadataChanges(metadata, next, changeLabels(ticketType, ['note'])), moveTo: status };
  };
}

export default defineTicketTypeServer(ticketType, {
  store: defineSqlStore(ticketType, {
    table: TABLE,
    migrations: [
      {
        name: '001-create-table',
        up: [`create table ${TABLE} (id serial primary key, namespace_id int not null, page text not null, description text not null, note text null)`],
        down: [`drop table ${TABLE}`],
      },
    ],
    fixed: ['page', 'description'],
  }),
  effects: {
    confirm: noting('Confirmed', saying('confirmed')),
    markFixed: noting('Fixed', saying('markedFixed')),
  },
  words: { es, pl },
});
