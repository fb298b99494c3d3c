import { Migration } from '@mikro-orm/migrations';

/**
 * The language a user reads (a BCP 47 tag such as `es` or `pl-PL`, as the host site's directory
 * has it): mails to them are written in it (issue #18). Null: not known, English.
 */
export class Migration20261204120000_user_locale extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "users" add column "locale" varchar(35) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "users" drop column "locale";`);
  }
}
