// The statements a declared store sends and how it reads rows back. The round trip on real
// PostgreSQL (jsonb, timestamptz and int[] columns included) is each plugin's API tests: their
// stores are declared with defineSqlStore.
import { DomainError, type Viewer } from '@tickets/domain';
import { sqlClient } from '@tickets/sql';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineTicketType } from '../src/index.js';
import { defineSqlStore, type PluginDirectory } from '../src/server/index.js';

const Stored = z.object({
  userId: z.number(),
  note: z.string().nullable(),
  preview: z.object({ entries: z.array(z.string()) }),
  decidedAt: z.iso.datetime({ offset: true }).nullable(),
  handedTo: z.array(z.number()),
});

const type = defineTicketType({ type: 'store-check', title: 'Store check', metadata: z.object({ userId: z.number() }), storedMetadata: Stored });

/** A client that records what it is sent and answers with the rows given. */
function recording(rows: unknown[] = [{ id: 7 }]) {
  const sent: { text: string; values: unknown[] }[] = [];
  const db = sqlClient(async (text, values) => {
    sent.push({ text, values });
    return rows;
  });
  return { db, sent };
}

const store = defineSqlStore(type, {
  table: 'tickets_store_check',
  migrations: [],
  columns: { preview: 'jsonb', decidedAt: 'timestamptz', handedTo: 'int[]' },
  fixed: ['userId'],
  keepsTicketId: true,
  async file({ metadata }) {
    return { userId: metadata.userId, note: null, preview: { entries: ['name'] }, decidedAt: null, handedTo: [] };
  },
});

const filing = { directory: {} as PluginDirectory, namespaceId: 1, ticketId: 42, requesterId: 5, requester: {} as Viewer, metadata: { userId: 5 } };

describe('defineSqlStore', () => {
  it('inserts one column per stored field, in snake_case, with its namespace and ticket, JSON as jsonb and a list as one array literal', async () => {
    const { db, sent } = recording();
    expect(await store.insert({ ...filing, db })).toBe(7);
    expect(sent).toEqual([
      {
        text: 'insert into "tickets_store_check" ("namespace_id", "ticket_id", "user_id", "note", "preview", "decided_at", "handed_to") values (?, ?, ?, ?, ?::jsonb, ?, ?::int[]) returning id',
        values: [1, 42, 5, null, '{"entries":["name"]}', null, '{}'],
      },
    ]);
  });

  it('keeps what was filed as it is when the type files nothing more', async () => {
    const Note = z.object({ page: z.string(), note: z.string().nullable() });
    const plain = defineSqlStore(defineTicketType({ type: 'plain-check', title: 'Plain', metadata: z.object({ page: z.string() }), storedMetadata: Note }), {
      table: 'tickets_plain_check',
      migrations: [],
    });
    const { db, sent } = recording();
    await plain.insert({ ...filing, db, metadata: { page: 'https://example.org' } });
    expect(sent[0]).toEqual({ text: 'insert into "tickets_plain_check" ("namespace_id", "page") values (?, ?) returning id', values: [1, 'https://example.org'] });
  });

  it('updates every column but the fixed ones', async () => {
    const { db, sent } = recording([]);
    await store.update(db, 7, { userId: 99, note: 'Seen', preview: { entries: [] }, decidedAt: '2026-01-05T10:00:00.000Z', handedTo: [3, 4] });
    expect(sent).toEqual([
      {
        text: 'update "tickets_store_check" set "note" = ?, "preview" = ?::jsonb, "decided_at" = ?, "handed_to" = ?::int[] where id = ?',
        values: ['Seen', '{"entries":[]}', '2026-01-05T10:00:00.000Z', '{"3","4"}', 7],
      },
    ]);
  });

  it('loads many rows in one statement and gives them back as the stored schema has them: ISO timestamps, parsed JSON and lists', async () => {
    const row = { id: 7, user_id: 5, note: null, preview: '{"entries":["name"]}', decided_at: '2026-01-05 10:00:00.5+00', handed_to: '[3,4]' };
    const { db, sent } = recording([row]);
    const loaded = await store.load(db, [7, 8]);
    expect(sent[0]?.text).toBe(
      'select id, "user_id", "note", to_json("preview")::text as "preview", "decided_at", to_json("handed_to")::text as "handed_to" from "tickets_store_check" where id = any(?::int[])',
    );
    expect(sent[0]?.values).toEqual(['{"7","8"}']);
    expect(loaded.get(7)).toEqual({ userId: 5, note: null, preview: { entries: ['name'] }, decidedAt: '2026-01-05T10:00:00.500Z', handedTo: [3, 4] });
  });

  it('asks nothing for no ids', async () => {
    const { db, sent } = recording();
    expect((await store.load(db, [])).size).toBe(0);
    expect(sent).toEqual([]);
  });

  it('names the table, the row and the field when a row does not hold valid metadata', async () => {
    const { db } = recording([{ id: 9, user_id: 'five', note: null, preview: '{"entries":[]}', decided_at: null, handed_to: '[]' }]);
    await expect(store.load(db, [9])).rejects.toThrow('Row #9 of tickets_store_check does not hold valid metadata (userId: ');
  });

  it('names its table for the type and creates it with the key columns before the declared ones, then the indexes', () => {
    const created = defineSqlStore(type, {
      keepsTicketId: true,
      create: { columns: 'user_id int not null, note text null', indexes: ['create index tickets_store_check_user_idx on tickets_store_check (user_id)'] },
      migrations: [{ name: '002-note-length', up: ['alter table tickets_store_check alter column note type varchar(500)'] }],
    });
    expect(created.table).toBe('tickets_store_check');
    expect(created.migrations).toEqual([
      {
        name: '001-create-table',
        up: [
          'create table tickets_store_check (id serial primary key, namespace_id int not null, ticket_id int not null, user_id int not null, note text null)',
          'create index tickets_store_check_user_idx on tickets_store_check (user_id)',
        ],
        down: ['drop table tickets_store_check'],
      },
      { name: '002-note-length', up: ['alter table tickets_store_check alter column note type varchar(500)'] },
    ]);
    const withoutTicketId = defineSqlStore(type, { table: 'tickets_other_name', create: { columns: 'user_id int not null' } });
    expect(withoutTicketId.migrations[0]?.up).toEqual(['create table tickets_other_name (id serial primary key, namespace_id int not null, user_id int not null)']);
  });

  it('refuses, naming the type, a store that names a field its stored metadata does not have, or metadata that is not an object', () => {
    const wrongField = () => defineSqlStore(type, { table: 'tickets_store_check', migrations: [], fixed: ['userID' as 'userId'] });
    expect(wrongField).toThrow(DomainError);
    expect(wrongField).toThrow("Ticket type 'store-check' is not valid: its store names 'userID', which is not a field of its stored metadata (userId, note, preview, decidedAt, handedTo).");
    const notAnObject = defineTicketType({ type: 'list-check', title: 'List', metadata: z.object({}), storedMetadata: z.array(z.string()) });
    expect(() => defineSqlStore(notAnObject, { table: 'tickets_list_check', migrations: [] })).toThrow(
      "Ticket type 'list-check' is not valid: its store keeps one column for each field of its stored metadata, so that schema must be a z.object.",
    );
  });
});
