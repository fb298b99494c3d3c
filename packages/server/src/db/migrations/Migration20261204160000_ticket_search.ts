import { Migration } from '@mikro-orm/migrations';

/**
 * Searching the ticket list by words of a title or of a comment (issue #19): PostgreSQL's built-in
 * full-text search with the 'simple' configuration (no stemming, no stop words: the same in every
 * language a ticket is written in), word prefixes, answered from GIN indexes so the list does not
 * read every ticket and comment. No extension needed (see the people search's migration).
 */
export class Migration20261204160000_ticket_search extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "tickets_title_search" on "tickets" using gin (to_tsvector('simple', "title"));`);
    this.addSql(`create index "ticket_comments_body_search" on "ticket_comments" using gin (to_tsvector('simple', "body"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "ticket_comments_body_search";`);
    this.addSql(`drop index "tickets_title_search";`);
  }
}
