import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from '@tickets/sql';
import { TicketCommentRow } from '../../db/rows/ticket-comments-row.js';
import { sqlOf } from '../../db/sql-client.js';

export interface NewComment {
  namespaceId: number;
  ticketId: number;
  body: string;
  /** The signed-in user who wrote it. */
  authorUserId: number;
  /** The stakeholder they wrote it on behalf of ("by Ana on behalf of WRT"). */
  actingStakeholderId: number;
}

const InsertedComment = TicketCommentRow.pick({ id: true });

/** Stores a comment in one statement, inside the caller's transaction, and returns its id. */
export async function insertComment(em: EntityManager, comment: NewComment): Promise<number> {
  const row = await sqlOf(em).one(
    sql`insert into ticket_comments (namespace_id, ticket_id, body, author_user_id, acting_stakeholder_id)
        values (${comment.namespaceId}, ${comment.ticketId}, ${comment.body}, ${comment.authorUserId}, ${comment.actingStakeholderId}) returning id`,
    InsertedComment,
  );
  return row.id;
}
