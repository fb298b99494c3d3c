import { Migration } from '@mikro-orm/migrations';

/**
 * A type's queue (`tickets.queue`) pages each status's tickets of one type by last update: with the
 * type in the key, a status that several types share is not walked for the other types' tickets.
 */
export class Migration20261204000000_queue_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "tickets_namespace_type_status_updated_idx" on "tickets" ("namespace_id", "type", "status_id", "updated_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "tickets_namespace_type_status_updated_idx";`);
  }
}
