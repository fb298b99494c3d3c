/** Runs SQL in the ticket's transaction (`?` placeholders). The only database access a plugin gets. */
export interface SqlRunner {
  execute<Row extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** A migration of a plugin's own tables, as SQL; the API runs it through its migrator, in order. */
export interface PluginMigration {
  /** Unique within the plugin, sortable: e.g. `001-create-table`. */
  readonly name: string;
  readonly up: readonly string[];
  readonly down?: readonly string[];
}
