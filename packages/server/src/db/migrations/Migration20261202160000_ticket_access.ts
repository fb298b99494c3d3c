import { Migration } from '@mikro-orm/migrations';

/**
 * Lists at any scale (issue #14): `ticket_access` holds one row per (ticket, principal that is or was
 * one of its stakeholders), with a copy of the ticket's list columns, so "the tickets of these
 * principals, newest first" walks an index in order and stops after a page, however many tickets the
 * principal has and wherever they sit in the update order. Triggers keep it in step with
 * `ticket_stakeholders` and `tickets`, in the same transaction as the change: no code path can forget
 * it. The site admin's lists walk the `tickets` indexes added here the same way.
 */
export class Migration20261202160000_ticket_access extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "ticket_access" (
      "ticket_id" int not null references "tickets" ("id") on delete cascade,
      "principal_kind" varchar(32) not null,
      "principal_id" int not null,
      "namespace_id" int not null,
      "state" "ticket_state" not null,
      "status_id" int not null,
      "type" varchar(64) not null,
      "updated_at" timestamptz not null,
      constraint "ticket_access_pkey" primary key ("ticket_id", "principal_kind", "principal_id")
    );`);
    // One lane per (principal, state | status | type), each in update order: a page reads at most a
    // page from each lane it needs.
    this.addSql(`create index "ticket_access_state_idx" on "ticket_access" ("namespace_id", "principal_kind", "principal_id", "state", "updated_at", "ticket_id");`);
    this.addSql(`create index "ticket_access_status_idx" on "ticket_access" ("namespace_id", "principal_kind", "principal_id", "status_id", "updated_at", "ticket_id");`);
    this.addSql(`create index "ticket_access_type_idx" on "ticket_access" ("namespace_id", "principal_kind", "principal_id", "type", "updated_at", "ticket_id");`);

    this.addSql(`create function "ticket_access_from_stakeholder"() returns trigger language plpgsql as $$
      begin
        insert into ticket_access (ticket_id, principal_kind, principal_id, namespace_id, state, status_id, type, updated_at)
        select t.id, new.principal_kind, new.principal_id, t.namespace_id, t.state, t.status_id, t.type, t.updated_at
          from tickets t where t.id = new.ticket_id
        on conflict do nothing;
        return null;
      end $$;`);
    this.addSql(`create trigger "ticket_access_on_stakeholder" after insert on "ticket_stakeholders"
      for each row execute function "ticket_access_from_stakeholder"();`);

    this.addSql(`create function "ticket_access_from_ticket"() returns trigger language plpgsql as $$
      begin
        update ticket_access a
           set state = new.state, status_id = new.status_id, type = new.type, updated_at = new.updated_at, namespace_id = new.namespace_id
         where a.ticket_id = new.id;
        return null;
      end $$;`);
    this.addSql(`create trigger "ticket_access_on_ticket" after update of "state", "status_id", "type", "updated_at", "namespace_id" on "tickets"
      for each row when (old.state is distinct from new.state or old.status_id is distinct from new.status_id or old.type is distinct from new.type
                         or old.updated_at is distinct from new.updated_at or old.namespace_id is distinct from new.namespace_id)
      execute function "ticket_access_from_ticket"();`);

    this.addSql(`insert into ticket_access (ticket_id, principal_kind, principal_id, namespace_id, state, status_id, type, updated_at)
      select distinct on (s.ticket_id, s.principal_kind, s.principal_id) s.ticket_id, s.principal_kind, s.principal_id, t.namespace_id, t.state, t.status_id, t.type, t.updated_at
        from ticket_stakeholders s join tickets t on t.id = s.ticket_id;`);

    // The site admin's lanes: every ticket of the namespace by state, status or type, in update order.
    this.addSql(`create index "tickets_namespace_state_updated_idx" on "tickets" ("namespace_id", "state", "updated_at", "id");`);
    this.addSql(`create index "tickets_namespace_status_updated_idx" on "tickets" ("namespace_id", "status_id", "updated_at", "id");`);
    this.addSql(`create index "tickets_namespace_type_updated_idx" on "tickets" ("namespace_id", "type", "updated_at", "id");`);
    this.addSql(`drop index "tickets_namespace_state_status_idx";`);
    this.addSql(`drop index "tickets_namespace_type_idx";`);
    // Every list in update order now walks lanes; this index would only slow each write.
    this.addSql(`drop index "tickets_namespace_updated_idx";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "tickets_namespace_updated_idx" on "tickets" ("namespace_id", "updated_at", "id");`);
    this.addSql(`create index "tickets_namespace_type_idx" on "tickets" ("namespace_id", "type");`);
    this.addSql(`create index "tickets_namespace_state_status_idx" on "tickets" ("namespace_id", "state", "status_id");`);
    this.addSql(`drop index "tickets_namespace_type_updated_idx";`);
    this.addSql(`drop index "tickets_namespace_status_updated_idx";`);
    this.addSql(`drop index "tickets_namespace_state_updated_idx";`);
    this.addSql(`drop trigger "ticket_access_on_ticket" on "tickets";`);
    this.addSql(`drop function "ticket_access_from_ticket"();`);
    this.addSql(`drop trigger "ticket_access_on_stakeholder" on "ticket_stakeholders";`);
    this.addSql(`drop function "ticket_access_from_stakeholder"();`);
    this.addSql(`drop table "ticket_access";`);
  }
}
