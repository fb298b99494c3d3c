import { Migration } from '@mikro-orm/migrations';

/**
 * Finding people and groups by a part of their name as someone types (issue #19): word-prefix
 * search with PostgreSQL's built-in full-text search ('simple': no stemming, no stop words — names
 * are not prose), indexed, so a directory of hundreds of thousands answers each keystroke from the
 * index. No extension needed (pg_trgm is not in every managed PostgreSQL, nor in PGlite by default).
 */
export class Migration20261204150000_people_search extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "users_name_search" on "users" using gin (to_tsvector('simple', "name"));`);
    this.addSql(`create index "user_groups_name_search" on "user_groups" using gin (to_tsvector('simple', "key" || ' ' || "name"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "user_groups_name_search";`);
    this.addSql(`drop index "users_name_search";`);
  }
}
