import { Migration } from '@mikro-orm/migrations';

export class Migration20261123094145 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "status_category" as enum ('triage', 'to_do', 'in_progress', 'done', 'canceled');`);
    this.addSql(`create type "ticket_state" as enum ('open', 'closed');`);
    this.addSql(`create type "stakeholder_connection" as enum ('assigned', 'cc', 'bcc');`);
    this.addSql(`create type "stakeholder_role" as enum ('requester', 'actioner');`);
    this.addSql(`create table "custom_statuses" ("id" serial primary key, "namespace_id" int not null, "name" varchar(32) not null, "color" varchar(7) not null, "description" varchar(128) null, "category" "status_category" not null, "position" int not null default 0, "system_origin" int null, "created_at" timestamptz not null);`);
    this.addSql(`create index "custom_statuses_namespace_idx" on "custom_statuses" ("namespace_id");`);

    this.addSql(`create table "group_memberships" ("group_id" int not null, "user_id" int not null, "is_lead" boolean not null default false, constraint "group_memberships_pkey" primary key ("group_id", "user_id"));`);
    this.addSql(`create index "group_memberships_user_id_index" on "group_memberships" ("user_id");`);

    this.addSql(`create table "lifecycles" ("id" serial primary key, "namespace_id" int not null, "name" varchar(64) not null, "default_open_status_id" int not null, "default_closed_status_id" int not null, "default_duplicate_status_id" int not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "lifecycles_namespace_idx" on "lifecycles" ("namespace_id");`);

    this.addSql(`create table "lifecycle_statuses" ("lifecycle_id" int not null, "status_id" int not null, "namespace_id" int not null, constraint "lifecycle_statuses_pkey" primary key ("lifecycle_id", "status_id"));`);

    this.addSql(`create table "namespaces" ("id" serial primary key, "key" varchar(64) not null, "name" varchar(128) not null, "uses_custom_statuses" boolean not null default false, "created_at" timestamptz not null);`);
    this.addSql(`alter table "namespaces" add constraint "namespaces_key_unique" unique ("key");`);

    this.addSql(`create table "persons" ("id" serial primary key, "wca_id" varchar(10) not null, "name" varchar(255) not null, "country_iso2" varchar(2) not null, "date_of_birth" date null, "gender" varchar(1) null, "updated_at" timestamptz not null);`);
    this.addSql(`alter table "persons" add constraint "persons_wca_id_unique" unique ("wca_id");`);

    this.addSql(`create table "status_mappings" ("id" serial primary key, "namespace_id" int not null, "from_status_id" int not null, "to_status_id" int not null, "created_at" timestamptz not null, "retired_at" timestamptz null);`);
    this.addSql(`create index "status_mappings_namespace_idx" on "status_mappings" ("namespace_id", "from_status_id");`);

    this.addSql(`create table "tickets" ("id" serial primary key, "namespace_id" int not null, "type" varchar(64) not null, "title" varchar(255) not null, "state" "ticket_state" not null, "status_id" int not null, "version" int not null default 1, "created_by_user_id" int not null, "duplicate_of_id" int null, "metadata_id" int null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "closed_at" timestamptz null);`);
    this.addSql(`create index "tickets_namespace_state_status_idx" on "tickets" ("namespace_id", "state", "status_id");`);
    this.addSql(`create index "tickets_namespace_status_idx" on "tickets" ("namespace_id", "status_id");`);
    this.addSql(`create index "tickets_namespace_type_idx" on "tickets" ("namespace_id", "type");`);
    this.addSql(`create index "tickets_namespace_updated_idx" on "tickets" ("namespace_id", "updated_at", "id");`);
    this.addSql(`create index "tickets_namespace_created_idx" on "tickets" ("namespace_id", "created_at", "id");`);
    this.addSql(`create index "tickets_created_by_idx" on "tickets" ("created_by_user_id");`);

    this.addSql(`create table "ticket_comments" ("id" serial primary key, "namespace_id" int not null, "ticket_id" int not null, "body" text not null, "author_user_id" int not null, "acting_stakeholder_id" int not null, "created_at" timestamptz not null);`);
    this.addSql(`create index "ticket_comments_ticket_idx" on "ticket_comments" ("ticket_id", "id");`);

    this.addSql(`create table "ticket_logs" ("id" serial primary key, "namespace_id" int not null, "ticket_id" int not null, "event_type" varchar(64) not null, "event" jsonb not null, "actor_user_id" int null, "system_reason" varchar(255) null, "acting_stakeholder_id" int null, "created_at" timestamptz not null);`);
    this.addSql(`create index "ticket_logs_ticket_idx" on "ticket_logs" ("ticket_id", "id");`);

    this.addSql(`create table "ticket_stakeholders" ("id" serial primary key, "namespace_id" int not null, "ticket_id" int not null, "principal_kind" varchar(32) not null, "principal_id" int not null, "connection" "stakeholder_connection" not null, "role" "stakeholder_role" not null, "is_active" boolean not null default true, "created_at" timestamptz not null, "deactivated_at" timestamptz null);`);
    this.addSql(`create index "ticket_stakeholders_ticket_idx" on "ticket_stakeholders" ("ticket_id");`);
    this.addSql(`create index "ticket_stakeholders_principal_idx" on "ticket_stakeholders" ("principal_kind", "principal_id", "ticket_id");`);

    this.addSql(`create table "ticket_type_lifecycles" ("namespace_id" int not null, "ticket_type" varchar(64) not null, "lifecycle_id" int not null, constraint "ticket_type_lifecycles_pkey" primary key ("namespace_id", "ticket_type"));`);
    this.addSql(`create index "ticket_type_lifecycles_lifecycle_id_index" on "ticket_type_lifecycles" ("lifecycle_id");`);

    this.addSql(`create table "users" ("id" serial primary key, "name" varchar(255) not null, "email" varchar(255) null, "is_site_admin" boolean not null default false, "person_id" int null, "anonymized_at" timestamptz null, "created_at" timestamptz not null);`);
    this.addSql(`create index "users_person_id_index" on "users" ("person_id");`);

    this.addSql(`create table "user_groups" ("id" serial primary key, "key" varchar(32) not null, "name" varchar(128) not null, "email" varchar(255) null);`);
    this.addSql(`alter table "user_groups" add constraint "user_groups_key_unique" unique ("key");`);
    // What the entity definitions cannot say: foreign keys, id ranges, case-insensitive
    // uniqueness, and defaults that let plain SQL inserts (jobs, seeds) omit timestamps.
    this.addSql(`alter sequence "custom_statuses_id_seq" restart with 1001;`);
    this.addSql(`alter sequence "lifecycles_id_seq" restart with 1001;`);
    this.addSql(`create unique index "custom_statuses_namespace_name_unique" on "custom_statuses" ("namespace_id", lower("name"));`);
    this.addSql(`create unique index "lifecycles_namespace_name_unique" on "lifecycles" ("namespace_id", lower("name"));`);
    this.addSql(`alter table "custom_statuses" add constraint "custom_statuses_id_range" check ("id" > 1000);`);
    for (const table of ['custom_statuses', 'lifecycles', 'namespaces', 'tickets', 'ticket_comments', 'ticket_logs', 'ticket_stakeholders', 'users', 'status_mappings']) {
      this.addSql(`alter table "${table}" alter column "created_at" set default now();`);
    }
    this.addSql(`alter table "tickets" alter column "updated_at" set default now();`);
    this.addSql(`alter table "persons" alter column "updated_at" set default now();`);
    const foreignKeys: [table: string, column: string, target: string][] = [
      ['custom_statuses', 'namespace_id', 'namespaces'],
      ['lifecycles', 'namespace_id', 'namespaces'],
      ['lifecycle_statuses', 'lifecycle_id', 'lifecycles'],
      ['ticket_type_lifecycles', 'lifecycle_id', 'lifecycles'],
      ['status_mappings', 'namespace_id', 'namespaces'],
      ['group_memberships', 'group_id', 'user_groups'],
      ['group_memberships', 'user_id', 'users'],
      ['users', 'person_id', 'persons'],
      ['tickets', 'namespace_id', 'namespaces'],
      ['tickets', 'created_by_user_id', 'users'],
      ['tickets', 'duplicate_of_id', 'tickets'],
      ['ticket_stakeholders', 'ticket_id', 'tickets'],
      ['ticket_comments', 'ticket_id', 'tickets'],
      ['ticket_comments', 'author_user_id', 'users'],
      ['ticket_comments', 'acting_stakeholder_id', 'ticket_stakeholders'],
      ['ticket_logs', 'ticket_id', 'tickets'],
      ['ticket_logs', 'actor_user_id', 'users'],
      ['ticket_logs', 'acting_stakeholder_id', 'ticket_stakeholders'],
    ];
    for (const [table, column, target] of foreignKeys) {
      this.addSql(`alter table "${table}" add constraint "${table}_${column}_fkey" foreign key ("${column}") references "${target}" ("id");`);
    }
    // A log entry is either a user's or the system's, never both nor neither.
    this.addSql(`alter table "ticket_logs" add constraint "ticket_logs_actor_check" check (("actor_user_id" is null) <> ("system_reason" is null));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "custom_statuses" cascade;`);

    this.addSql(`drop table if exists "group_memberships" cascade;`);

    this.addSql(`drop table if exists "lifecycles" cascade;`);

    this.addSql(`drop table if exists "lifecycle_statuses" cascade;`);

    this.addSql(`drop table if exists "namespaces" cascade;`);

    this.addSql(`drop table if exists "persons" cascade;`);

    this.addSql(`drop table if exists "status_mappings" cascade;`);

    this.addSql(`drop table if exists "tickets" cascade;`);

    this.addSql(`drop table if exists "ticket_comments" cascade;`);

    this.addSql(`drop table if exists "ticket_logs" cascade;`);

    this.addSql(`drop table if exists "ticket_stakeholders" cascade;`);

    this.addSql(`drop table if exists "ticket_type_lifecycles" cascade;`);

    this.addSql(`drop table if exists "users" cascade;`);

    this.addSql(`drop table if exists "user_groups" cascade;`);

    this.addSql(`drop type "status_category";`);
    this.addSql(`drop type "ticket_state";`);
    this.addSql(`drop type "stakeholder_connection";`);
    this.addSql(`drop type "stakeholder_role";`);
  }

}
