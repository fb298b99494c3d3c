// A store for the core's made-up test types that only need to keep what was filed: every type must
// keep the metadata it accepts (`requireMetadataStore`), test types included.
import type { MetadataStore } from '@tickets/plugin-kit/server';

export function jsonTestStore<Metadata>(table: string): MetadataStore<Metadata, Metadata> {
  return {
    table,
    migrations: [{ name: '001-create', up: [`create table ${table} (id serial primary key, namespace_id int not null, metadata jsonb not null)`] }],
    async insert({ db, namespaceId, metadata }) {
      const [row] = await db.execute<{ id: number }>(`insert into ${table} (namespace_id, metadata) values (?, ?::jsonb) returning id`, [namespaceId, JSON.stringify(metadata)]);
      return row!.id;
    },
    async load(db, ids) {
      const rows = await db.execute<{ id: number; metadata: Metadata }>(`select id, metadata from ${table} where id = any(?::int[])`, [`{${ids.join(',')}}`]);
      return new Map(rows.map((row) => [row.id, row.metadata]));
    },
    async update(db, id, metadata) {
      await db.execute(`update ${table} set metadata = ?::jsonb where id = ?`, [JSON.stringify(metadata), id]);
    },
  };
}
