import { sql } from '@tickets/sql';
import { z } from 'zod';
import type { TicketTypeDefinition } from '../ticket-type.js';
import { invalidTypeServer } from './invalid-type-server.js';
import { createTableMigration, type StoreTableCreation } from './create-table.js';
import type { PluginMigration } from './plugin-migration.js';
import { columnName, columnReader, columnValue, type ColumnType, selectedColumn } from './store-column.js';
import type { FiledOf, MetadataStore, StoreInsertContext, StoredOf } from './ticket-type-server.js';

/** A type's metadata table, declared: the columns follow the type's stored schema. */
export interface SqlStoreDeclaration<Filed, Stored> {
  /**
   * The type's own table (lower-case letters, digits and `_`). Without it, `tickets_` and the type
   * in snake_case (`bug-report` → `tickets_bug_report`): every type's table is named one way.
   */
  readonly table?: string;
  /**
   * The table as its first migration (`001-create-table`) creates it: a column for each field of
   * the stored schema, named in snake_case (`rejectionReason` → `rejection_reason`), after the key
   * columns the kit adds — `id serial primary key`, `namespace_id int not null` and, when
   * `keepsTicketId`, `ticket_id int not null`.
   */
  readonly create?: StoreTableCreation;
  /** The migrations after the first, as SQL (or all of them, for a store without `create`). */
  readonly migrations?: readonly PluginMigration[];
  /** The fields whose column is not a plain value: `jsonb`, `timestamptz` (kept as ISO 8601) or a list (`int[]`). */
  readonly columns?: Readonly<Partial<Record<keyof Stored & string, ColumnType>>>;
  /** The fields fixed when the ticket is filed: `update` leaves their columns alone. */
  readonly fixed?: readonly (keyof Stored & string)[];
  /** Whether the table records the ticket's id (`ticket_id`) beside its namespace's. */
  readonly keepsTicketId?: boolean;
  /**
   * What is kept for what was filed, with the rules of filing the schema cannot check (they depend
   * on who files or on the directory; refuse with `MetadataFieldError`). Without it, the fields
   * filed are kept as they are and the others start as their columns' defaults.
   */
  file?(context: StoreInsertContext<Filed>): Promise<Stored>;
}

interface Column {
  readonly field: string;
  readonly name: string;
  readonly type: ColumnType | undefined;
}

function storedSchema(definition: TicketTypeDefinition): z.ZodObject {
  const schema = definition.storedMetadata ?? definition.metadata;
  if (!(schema instanceof z.ZodObject)) {
    throw invalidTypeServer(definition.type, 'its store keeps one column for each field of its stored metadata, so that schema must be a z.object.');
  }
  return schema;
}

/**
 * Declares where a type keeps its tickets' metadata: one row per ticket in its own table, one column
 * per field of its stored schema. Every statement is built with `sql` (values bound, lists as one
 * parameter) and every row read back is parsed by the stored schema, so a row edited by hand shows
 * up as an error naming its table, id and field instead of a wrong value.
 */
export function defineSqlStore<T extends TicketTypeDefinition>(
  definition: T,
  declaration: SqlStoreDeclaration<FiledOf<T>, StoredOf<T>>,
): MetadataStore<FiledOf<T>, StoredOf<T>> {
  const schema = storedSchema(definition);
  const fields = Object.keys(schema.shape);
  const declared = new Map<string, ColumnType | undefined>(Object.entries(declaration.columns ?? {}));
  for (const field of [...declared.keys(), ...(declaration.fixed ?? [])]) {
    if (!fields.includes(field)) throw invalidTypeServer(definition.type, `its store names '${field}', which is not a field of its stored metadata (${fields.join(', ')}).`);
  }
  const columns: Column[] = fields.map((field) => ({ field, name: columnName(field), type: declared.get(field) }));
  const fixed = new Set<string>(declaration.fixed ?? []);
  const Row: z.ZodType<{ id: number } & Record<string, unknown>> = z.object({
    id: z.number(),
    ...Object.fromEntries(columns.map((column) => [column.name, columnReader(column.type)])),
  });
  const tableName = declaration.table ?? `tickets_${definition.type.replaceAll('-', '_')}`;
  const table = () => sql.id(tableName);

  function toStored(row: z.output<typeof Row>): StoredOf<T> {
    const parsed = schema.safeParse(Object.fromEntries(columns.map((column) => [column.field, row[column.name]])));
    if (parsed.success) return parsed.data as StoredOf<T>;
    const issue = parsed.error.issues[0];
    throw new Error(`Row #${row.id} of ${tableName} does not hold valid metadata (${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}).`);
  }

  function assignments(values: Record<string, unknown>, written: readonly Column[]) {
    return written.map((column) => ({ column: sql.id(column.name), value: columnValue(values[column.field], column.type) }));
  }

  return {
    table: tableName,
    migrations: [
      ...(declaration.create ? [createTableMigration(tableName, declaration.keepsTicketId ?? false, declaration.create)] : []),
      ...(declaration.migrations ?? []),
    ],

    async insert(context) {
      // Both are z.object outputs (checked above): records of their fields.
      const stored = (declaration.file ? await declaration.file(context) : context.metadata) as Record<string, unknown>;
      const keys = [
        { column: sql.id('namespace_id'), value: sql`${context.namespaceId}` },
        ...(declaration.keepsTicketId ? [{ column: sql.id('ticket_id'), value: sql`${context.ticketId}` }] : []),
        ...assignments(stored, columns.filter((column) => stored[column.field] !== undefined)),
      ];
      const row = await context.db.one(
        sql`insert into ${table()} (${sql.join(keys.map((key) => key.column))}) values (${sql.join(keys.map((key) => key.value))}) returning id`,
        z.object({ id: z.number() }),
      );
      return row.id;
    },

    async load(db, ids) {
      if (ids.length === 0) return new Map();
      const rows = await db.rows(
        sql`select id, ${sql.join(columns.map((column) => selectedColumn(column.name, column.type)))} from ${table()} where id = any(${sql.list(ids, 'int')})`,
        Row,
      );
      return new Map(rows.map((row) => [row.id, toStored(row)]));
    },

    async update(db, id, metadata) {
      const set = assignments(metadata as Record<string, unknown>, columns.filter((column) => !fixed.has(column.field)));
      if (set.length === 0) return;
      await db.run(sql`update ${table()} set ${sql.join(set.map(({ column, value }) => sql`${column} = ${value}`))} where id = ${id}`);
    },
  };
}
