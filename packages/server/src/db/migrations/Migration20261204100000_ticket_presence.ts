import { Migration } from '@mikro-orm/migrations';

/**
 * Who has a ticket open, and who is writing a comment on it (issue #17's presence): shared by every
 * API instance through the database, yet ephemeral. The table is UNLOGGED (never written to the WAL,
 * so never in a replica or a backup, and emptied by a crash), no row is read for anything but
 * presence, none enters a ticket's log or history, and each row lapses `LIVE_PRESENCE_TTL_MS` after
 * the instance holding the page open last refreshed it (an instance killed mid-way leaves nothing
 * that outlives that). One row per open page (`session`), plus one per writer (`session` 'writing').
 */
export class Migration20261204100000_ticket_presence extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create unlogged table "ticket_presence" (
      "ticket_id" int not null,
      "user_id" int not null,
      "session" varchar(40) not null,
      "activity" varchar(16) not null check ("activity" in ('viewing', 'writing')),
      "expires_at" timestamptz not null,
      primary key ("ticket_id", "user_id", "session"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "ticket_presence";`);
  }
}
