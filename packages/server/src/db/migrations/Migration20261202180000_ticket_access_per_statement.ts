import { Migration } from '@mikro-orm/migrations';

/**
 * `ticket_access` kept per statement instead of per row: a status migration batch that moves a
 * thousand tickets ran the row trigger's UPDATE a thousand times; a statement trigger reads the
 * changed rows as a transition table and updates their access rows in one join. PostgreSQL allows
 * no column list on a trigger with transition tables, so the ticket trigger fires on every UPDATE of
 * `tickets` and changes only the access rows whose copied columns differ.
 */
export class Migration20261202180000_ticket_access_per_statement extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop trigger "ticket_access_on_stakeholder" on "ticket_stakeholders";`);
    this.addSql(`drop trigger "ticket_access_on_ticket" on "tickets";`);
    this.addSql(`drop function "ticket_access_from_stakeholder"();`);
    this.addSql(`drop function "ticket_access_from_ticket"();`);

    this.addSql(`create function "ticket_access_from_stakeholders"() returns trigger language plpgsql as $$
      begin
        insert into ticket_access (ticket_id, principal_kind, principal_id, namespace_id, state, status_id, type, updated_at)
        select distinct on (s.ticket_id, s.principal_kind, s.principal_id)
               s.ticket_id, s.principal_kind, s.principal_id, t.namespace_id, t.state, t.status_id, t.type, t.updated_at
          from added s join tickets t on t.id = s.ticket_id
        on conflict do nothing;
        return null;
      end $$;`);
    this.addSql(`create trigger "ticket_access_on_stakeholders" after insert on "ticket_stakeholders"
      referencing new table as added for each statement execute function "ticket_access_from_stakeholders"();`);

    this.addSql(`create function "ticket_access_from_tickets"() returns trigger language plpgsql as $$
      begin
        update ticket_access a
           set state = n.state, status_id = n.status_id, type = n.type, updated_at = n.updated_at, namespace_id = n.namespace_id
          from changed n
         where a.ticket_id = n.id
           and (a.state, a.status_id, a.type, a.updated_at, a.namespace_id) is distinct from (n.state, n.status_id, n.type, n.updated_at, n.namespace_id);
        return null;
      end $$;`);
    this.addSql(`create trigger "ticket_access_on_tickets" after update on "tickets"
      referencing new table as changed for each statement execute function "ticket_access_from_tickets"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger "ticket_access_on_tickets" on "tickets";`);
    this.addSql(`drop trigger "ticket_access_on_stakeholders" on "ticket_stakeholders";`);
    this.addSql(`drop function "ticket_access_from_tickets"();`);
    this.addSql(`drop function "ticket_access_from_stakeholders"();`);
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
  }
}
