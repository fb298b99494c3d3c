/** A migration of a plugin's own tables, as SQL; the API runs it through its migrator, in order. */
export interface PluginMigration {
  /** Unique within the plugin, sortable: e.g. `001-create-table`. */
  readonly name: string;
  readonly up: readonly string[];
  readonly down?: readonly string[];
}
