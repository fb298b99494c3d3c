import { Migration } from '@mikro-orm/migrations';

/**
 * Intake from host sites and e-mail notifications:
 * - `api_keys`: the keys host sites call the intake endpoint with, stored as a SHA-256 hash only;
 * - `intake_requests`: one row per (key, Idempotency-Key), so a retried request returns the first ticket;
 * - `mail_outbox`: one row per (event, recipient), written in the transaction of the event and sent
 *   by the outbox worker; the unique key makes a second row for the same mail impossible.
 */
export class Migration20261123131000_intake_and_outbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "api_keys" (
      "id" serial primary key,
      "name" varchar(128) not null,
      "prefix" varchar(16) not null,
      "key_hash" char(64) not null,
      "created_at" timestamptz not null default now(),
      "last_used_at" timestamptz null,
      "revoked_at" timestamptz null
    );`);
    this.addSql(`create unique index "api_keys_prefix_unique" on "api_keys" ("prefix");`);
    this.addSql(`create unique index "api_keys_key_hash_unique" on "api_keys" ("key_hash");`);

    this.addSql(`create table "intake_requests" (
      "api_key_id" int not null references "api_keys" ("id"),
      "idempotency_key" varchar(255) not null,
      "request_hash" char(64) not null,
      "ticket_id" int null references "tickets" ("id"),
      "created_at" timestamptz not null default now(),
      constraint "intake_requests_pkey" primary key ("api_key_id", "idempotency_key")
    );`);

    this.addSql(`create table "mail_outbox" (
      "id" bigserial primary key,
      "namespace_id" int not null,
      "ticket_id" int not null references "tickets" ("id"),
      "event_key" varchar(128) not null,
      "kind" varchar(32) not null,
      "recipient" varchar(255) not null,
      "recipient_name" varchar(255) not null,
      "cc" jsonb not null default '[]',
      "subject" varchar(998) not null,
      "text_body" text not null,
      "html_body" text not null,
      "message_id" varchar(255) not null,
      "thread_id" varchar(255) not null,
      "attempts" int not null default 0,
      "next_attempt_at" timestamptz not null default now(),
      "last_error" text null,
      "created_at" timestamptz not null default now(),
      "sent_at" timestamptz null,
      "failed_at" timestamptz null,
      constraint "mail_outbox_event_recipient_unique" unique ("event_key", "recipient")
    );`);
    // The worker's query: what is due and not yet sent or given up.
    this.addSql(`create index "mail_outbox_due_idx" on "mail_outbox" ("next_attempt_at", "id") where "sent_at" is null and "failed_at" is null;`);
    this.addSql(`create index "mail_outbox_ticket_idx" on "mail_outbox" ("ticket_id", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mail_outbox";`);
    this.addSql(`drop table if exists "intake_requests";`);
    this.addSql(`drop table if exists "api_keys";`);
  }
}
