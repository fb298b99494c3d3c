import { Migration } from '@mikro-orm/migrations';

/** A person's previous values, kept when a profile change is applied as an update (not a fix). */
export class Migration20261123100500_person_history extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "person_history" (
      "id" serial primary key,
      "person_id" int not null references "persons" ("id"),
      "field" varchar(32) not null,
      "previous_value" varchar(255) null,
      "new_value" varchar(255) null,
      "changed_at" timestamptz not null default now()
    );`);
    this.addSql(`create index "person_history_person_idx" on "person_history" ("person_id", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "person_history";`);
  }
}
