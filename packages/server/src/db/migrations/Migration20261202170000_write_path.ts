import { Migration } from '@mikro-orm/migrations';

/** Every table the status catalog (`StatusCatalog.load`) is read from, besides `namespaces` itself. */
const CATALOG_TABLES = ['custom_statuses', 'lifecycles', 'lifecycle_statuses', 'ticket_type_lifecycles', 'status_mappings'];

/**
 * The write path at the floor (issue #14):
 * - `namespaces.catalog_version` names the state of a namespace's statuses, lifecycles and pending
 *   status mappings, so a process keeps the catalog in memory and reloads it only when the version a
 *   write reads with its ticket differs. Triggers bump it for every change to the catalog's tables
 *   (and to the namespace's own catalog settings), whichever code path or operator makes it. They
 *   run before the row is written: a second change of the same namespace waits at the namespace row
 *   before it has written anything another change could wait for.
 * - `ticket_logs.mail_pending`: the mail an entry causes, not yet written to `mail_outbox` (the
 *   ticket's version, status and state when it happened, and addresses an effect erased). The entry
 *   and its pending mail are one row, committed with the change; the outbox writer turns pending
 *   entries into mails in its own transaction and clears the column, so a crash after the commit
 *   loses no mail.
 */
export class Migration20261202170000_write_path extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "namespaces" add column "catalog_version" int not null default 1;`);
    this.addSql(`create function "catalog_version_bump"() returns trigger language plpgsql as $$
      declare
        ns_id int;
      begin
        if tg_op = 'DELETE' then
          ns_id := old.namespace_id;
        else
          ns_id := new.namespace_id;
        end if;
        update namespaces set catalog_version = catalog_version + 1 where id = ns_id;
        if tg_op = 'UPDATE' and old.namespace_id is distinct from new.namespace_id then
          update namespaces set catalog_version = catalog_version + 1 where id = old.namespace_id;
        end if;
        if tg_op = 'DELETE' then
          return old;
        end if;
        return new;
      end $$;`);
    for (const table of CATALOG_TABLES) {
      this.addSql(`create trigger "${table}_catalog_version" before insert or update or delete on "${table}"
        for each row execute function "catalog_version_bump"();`);
    }
    this.addSql(`create function "catalog_version_of_settings"() returns trigger language plpgsql as $$
      begin
        new.catalog_version := old.catalog_version + 1;
        return new;
      end $$;`);
    this.addSql(`create trigger "namespaces_catalog_version" before update of "uses_custom_statuses", "default_lifecycle_id" on "namespaces"
      for each row when (old.uses_custom_statuses is distinct from new.uses_custom_statuses or old.default_lifecycle_id is distinct from new.default_lifecycle_id)
      execute function "catalog_version_of_settings"();`);

    this.addSql(`alter table "ticket_logs" add column "mail_pending" jsonb null;`);
    this.addSql(`create index "ticket_logs_mail_pending_idx" on "ticket_logs" ("id") where "mail_pending" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "ticket_logs_mail_pending_idx";`);
    this.addSql(`alter table "ticket_logs" drop column "mail_pending";`);
    this.addSql(`drop trigger "namespaces_catalog_version" on "namespaces";`);
    this.addSql(`drop function "catalog_version_of_settings"();`);
    for (const table of CATALOG_TABLES) this.addSql(`drop trigger "${table}_catalog_version" on "${table}";`);
    this.addSql(`drop function "catalog_version_bump"();`);
    this.addSql(`alter table "namespaces" drop column "catalog_version";`);
  }
}
