import { sql, type Statement } from '@tickets/sql';
import { prefixQuery, searchWords } from '../../input/search-words.js';

/** "#42" or "42" alone also finds ticket 42 by its number. */
const TICKET_NUMBER = /^\s*#?(\d{1,9})\s*$/;

/**
 * Tickets whose title or one of whose comments has a word starting with each word of `text`
 * (PostgreSQL's full-text search, 'simple': no stemming, so it works alike in every language),
 * answered from the GIN indexes of migration `ticket_search`; a number alone also finds that ticket.
 * Nothing of the text reaches SQL as syntax (`searchWords`); with no letters or digits it finds nothing.
 * Comments are seen by whoever sees their ticket, and the list's own visibility condition still applies.
 */
export function ticketSearchCondition(text: string): Statement {
  const words = searchWords(text);
  if (words.length === 0) return sql`false`;
  const query = sql`to_tsquery('simple', ${prefixQuery(words)})`;
  const number = TICKET_NUMBER.exec(text)?.[1];
  // One array of ids from both indexes, then the tickets by their key: an OR of the two, or an IN
  // over them, lets the planner read every ticket and test each one.
  return sql`t.id = any(array(select s.id from tickets s where to_tsvector('simple', s.title) @@ ${query}
                              union select c.ticket_id from ticket_comments c where to_tsvector('simple', c.body) @@ ${query}
                              ${number !== undefined ? sql`union select ${Number(number)}::int` : sql``}))`;
}
