import { Migration } from '@mikro-orm/migrations';

/**
 * Competitions in the directory, with the people who run them: the tables a plugin's principal kind
 * reads (the competition-result type's `competition`, whose members are its Delegates). A host site
 * keeps them in step with its own records, as it does users and groups. Organisers are here too but
 * are not members under that rule: the rule decides, not the table.
 */
export class Migration20261203230000_competitions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "competitions" (
      "id" serial primary key,
      "key" varchar(32) not null,
      "name" varchar(255) not null,
      constraint "competitions_key_unique" unique ("key"));`);
    this.addSql(`create table "competition_staff" (
      "competition_id" int not null references "competitions" ("id") on delete cascade,
      "user_id" int not null references "users" ("id") on delete cascade,
      "role" varchar(16) not null check ("role" in ('delegate', 'organiser')),
      primary key ("competition_id", "user_id", "role"));`);
    // A viewer's competitions are read by user on every request's first sight of a token.
    this.addSql(`create index "competition_staff_user_id_index" on "competition_staff" ("user_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "competition_staff";`);
    this.addSql(`drop table "competitions";`);
  }
}
