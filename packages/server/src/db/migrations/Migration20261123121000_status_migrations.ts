import { Migration } from '@mikro-orm/migrations';

/**
 * Custom statuses per namespace and the background rewrite of tickets after a status is removed
 * (issue #6): a migration record per change with its progress, pending mappings that belong to it
 * (scoped to one lifecycle or to the whole namespace), the namespace's own default lifecycle once it
 * has converted to custom statuses, and an index the job walks in keyset order.
 */
export class Migration20261123121000_status_migrations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "status_migrations" (
      "id" serial primary key,
      "namespace_id" int not null references "namespaces" ("id"),
      "reason" varchar(255) not null,
      "total" int not null default 0,
      "moved" int not null default 0,
      "batches" int not null default 0,
      "longest_batch_ms" int not null default 0,
      "created_at" timestamptz not null default now(),
      "started_at" timestamptz null,
      "finished_at" timestamptz null
    );`);
    this.addSql(`create index "status_migrations_namespace_idx" on "status_migrations" ("namespace_id", "id");`);

    // Nothing wrote status mappings before this migration, so the new columns can be required.
    this.addSql(`alter table "status_mappings" add column "migration_id" int not null references "status_migrations" ("id");`);
    // Null: the mapping applies to every lifecycle of the namespace (a status removed from all of them).
    this.addSql(`alter table "status_mappings" add column "lifecycle_id" int null references "lifecycles" ("id") on delete cascade;`);
    // Set: the mapping applies only to tickets of this type (the type moved to another lifecycle).
    this.addSql(`alter table "status_mappings" add column "ticket_type" varchar(64) null;`);
    // The status as it was named when it was removed: the job's log entries name it, and the status row may be gone.
    this.addSql(`alter table "status_mappings" add column "from_label" jsonb not null;`);
    this.addSql(`create index "status_mappings_pending_idx" on "status_mappings" ("namespace_id") where "retired_at" is null;`);
    this.addSql(`create index "status_mappings_migration_idx" on "status_mappings" ("migration_id");`);

    // Null while the namespace uses the system-defined statuses (and so the system lifecycle).
    this.addSql(`alter table "namespaces" add column "default_lifecycle_id" int null references "lifecycles" ("id");`);

    // The job walks a status's tickets by (status, id): a keyset that starts where the last batch ended.
    this.addSql(`create index "tickets_namespace_status_id_idx" on "tickets" ("namespace_id", "status_id", "id");`);
    this.addSql(`drop index "tickets_namespace_status_idx";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "tickets_namespace_status_idx" on "tickets" ("namespace_id", "status_id");`);
    this.addSql(`drop index "tickets_namespace_status_id_idx";`);
    this.addSql(`alter table "namespaces" drop column "default_lifecycle_id";`);
    this.addSql(`drop index "status_mappings_migration_idx";`);
    this.addSql(`drop index "status_mappings_pending_idx";`);
    this.addSql(`alter table "status_mappings" drop column "from_label", drop column "ticket_type", drop column "lifecycle_id", drop column "migration_id";`);
    this.addSql(`drop table "status_migrations";`);
  }
}
