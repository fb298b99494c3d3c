import type { EntityManager } from '@mikro-orm/postgresql';

export interface NewComment {
  namespaceId: number;
  ticketId: number;
  body: string;
  /** The signed-in user who wrote it. */
  authorUserId: number;
  /** The stakeholder they wrote it on behalf of ("by Ana on behalf of WRT"). */
  actingStakeholderId: number;
}

/** Stores a comment in one statement, inside the caller's transaction, and returns its id. */
export async function insertComment(em: EntityManager, comment: NewComment): Promise<number> {
  const rows = await em.execute<{ id: number }[]>(
    `insert into ticket_comments (namespace_id, ticket_id, body, author_user_id, acting_stakeholder_id) values (?, ?, ?, ?, ?) returning id`,
    [comment.namespaceId, comment.ticketId, comment.body, comment.authorUserId, comment.actingStakeholderId],
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error(`Inserting a comment on ticket #${comment.ticketId} returned no id.`);
  return id;
}
