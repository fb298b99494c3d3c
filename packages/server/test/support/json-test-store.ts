// A store for the core's made-up test types that only need to keep what was filed: every type must
// keep the metadata it accepts (`requireMetadataStore`), test types included.
import { type MetadataStore, sql } from '@tickets/plugin-kit/server';
import { z } from 'zod';

export function jsonTestStore<Metadata>(table: string): MetadataStore<Metadata, Metadata> {
  const Row = z.object({ id: z.number(), metadata: z.custom<Metadata>() });
  return {
    table,
    migrations: [{ name: '001-create', up: [`create table ${table} (id serial primary key, namespace_id int not null, metadata jsonb not null)`] }],
    async insert({ db, namespaceId, metadata }) {
      const row = await db.one(sql`insert into ${sql.id(table)} (namespace_id, metadata) values (${namespaceId}, ${JSON.stringify(metadata)}::jsonb) returning id`, Row.pick({ id: true }));
      return row.id;
    },
    async load(db, ids) {
      const rows = await db.rows(sql`select id, metadata from ${sql.id(table)} where id = any(${sql.list(ids, 'int')})`, Row);
      return new Map(rows.map((row) => [row.id, row.metadata]));
    },
    async update(db, id, metadata) {
      await db.run(sql`update ${sql.id(table)} set metadata = ${JSON.stringify(metadata)}::jsonb where id = ${id}`);
    },
  };
}
