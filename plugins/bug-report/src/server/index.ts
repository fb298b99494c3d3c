import { defineTicketTypeServer } from '@tickets/plugin-kit/server';
import ticketType from '../index.js';

const TABLE = 'tickets_bug_report';

interface Row {
  id: number;
  page: string;
  description: string;
  note: string | null;
}

/** The change to the note an action makes, for the log. */
function noteChange(before: string | null, after: string | null) {
  return before === after ? [] : [{ field: 'note', label: 'note', before, after }];
}

export default defineTicketTypeServer(ticketType, {
  store: {
    table: TABLE,
    migrations: [
      {
        name: '001-create-table',
        up: [`create table ${TABLE} (id serial primary key, namespace_id int not null, page text not null, description text not null, note text null)`],
        down: [`drop table ${TABLE}`],
      },
    ],
    async insert({ db, namespaceId, metadata }) {
      const [row] = await db.execute<{ id: number }>(`insert into ${TABLE} (namespace_id, page, description) values (?, ?, ?) returning id`, [
        namespaceId,
        metadata.page,
        metadata.description,
      ]);
      return row!.id;
    },
    async load(db, ids) {
      const rows = await db.execute<Row>(`select id, page, description, note from ${TABLE} where id = any(?::int[])`, [`{${ids.join(',')}}`]);
      return new Map(rows.map((row) => [row.id, { page: row.page, description: row.description, note: row.note }]));
    },
    async update(db, id, metadata) {
      await db.execute(`update ${TABLE} set note = ? where id = ?`, [metadata.note, id]);
    },
  },
  effects: {
    async confirm({ metadata, input }) {
      const note = input.note ?? metadata.note;
      return { summary: 'Confirmed the bug.', metadata: { ...metadata, note }, changes: noteChange(metadata.note, note), moveTo: 'Confirmed' };
    },
    async markFixed({ metadata, input }) {
      const note = input.note ?? metadata.note;
      return { summary: 'Marked the bug as fixed.', metadata: { ...metadata, note }, changes: noteChange(metadata.note, note), moveTo: 'Fixed' };
    },
  },
});
