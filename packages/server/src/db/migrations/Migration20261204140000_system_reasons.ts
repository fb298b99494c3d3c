import { Migration } from '@mikro-orm/migrations';

/**
 * Why the system changed a ticket, as data (`SystemReason`) beside the English words already kept,
 * so each reader gets it in their language (issue #18). Null on older rows: they keep their words.
 */
export class Migration20261204140000_system_reasons extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "status_migrations" add column "why" jsonb null;`);
    this.addSql(`alter table "ticket_logs" add column "system_why" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "ticket_logs" drop column "system_why";`);
    this.addSql(`alter table "status_migrations" drop column "why";`);
  }
}
