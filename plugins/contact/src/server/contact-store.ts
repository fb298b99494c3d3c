import type { MetadataStore } from '@tickets/plugin-kit/server';
import type { ContactMetadata } from '../contact.js';

export const TABLE = 'tickets_contact';

interface Row {
  id: number;
  team: ContactMetadata['team'];
  message: string;
}

/** Keeps each contact ticket's team and message, so the team can read what the person wrote. */
export const contactStore: MetadataStore<ContactMetadata, ContactMetadata> = {
  table: TABLE,
  migrations: [
    {
      name: '001-create-table',
      up: [`create table ${TABLE} (id serial primary key, namespace_id int not null, team text not null, message text not null)`],
      down: [`drop table ${TABLE}`],
    },
  ],
  async insert({ db, namespaceId, metadata }) {
    const [row] = await db.execute<{ id: number }>(`insert into ${TABLE} (namespace_id, team, message) values (?, ?, ?) returning id`, [
      namespaceId,
      metadata.team,
      metadata.message,
    ]);
    return row!.id;
  },
  async load(db, ids) {
    const rows = await db.execute<Row>(`select id, team, message from ${TABLE} where id = any(?::int[])`, [`{${ids.join(',')}}`]);
    return new Map(rows.map((row) => [row.id, { team: row.team, message: row.message }]));
  },
  async update(db, id, metadata) {
    await db.execute(`update ${TABLE} set team = ?, message = ? where id = ?`, [metadata.team, metadata.message, id]);
  },
};
