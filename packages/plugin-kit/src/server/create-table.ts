import type { PluginMigration } from './plugin-migration.js';

/** The table a store's first migration creates, beyond the key columns the kit writes itself. */
export interface StoreTableCreation {
  /**
   * The columns of the stored fields, as SQL column definitions (`user_id int not null, note text null`),
   * each named for its field in snake_case.
   */
  readonly columns: string;
  /** Statements run right after the table is created, e.g. its indexes. */
  readonly indexes?: readonly string[];
}

/**
 * A store's first migration, `001-create-table`. The key columns are the kit's: `insert` writes
 * `namespace_id` (and `ticket_id` when the store keeps it) and every statement selects by `id`, so
 * they are declared here once rather than by each plugin.
 */
export function createTableMigration(table: string, keepsTicketId: boolean, { columns, indexes = [] }: StoreTableCreation): PluginMigration {
  const keys = ['id serial primary key', 'namespace_id int not null', ...(keepsTicketId ? ['ticket_id int not null'] : [])];
  return {
    name: '001-create-table',
    up: [`create table ${table} (${keys.join(', ')}, ${columns.trim()})`, ...indexes],
    down: [`drop table ${table}`],
  };
}
