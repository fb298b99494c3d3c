import { z } from 'zod';
import { ExactTimestamp } from '../pagination/exact-timestamp.js';

/** `status`: in the order of the statuses' categories (triage first), then their position; the id breaks ties. */
export const TicketSort = z.enum(['updated', 'created', 'status', 'id']);
export type TicketSort = z.infer<typeof TicketSort>;

export const SortDirection = z.enum(['asc', 'desc']);
export type SortDirection = z.infer<typeof SortDirection>;

/**
 * Where the next page of a ticket list starts: the last row's sort value and id (the id breaks ties,
 * so rows with the same timestamp are neither skipped nor repeated). It remembers the order it
 * belongs to, because a position in one order means nothing in another.
 */
export const TicketListCursor = z
  .strictObject({
    sort: TicketSort,
    direction: SortDirection,
    /** The sort column's exact value; null when sorting by id or status. */
    at: ExactTimestamp.nullable(),
    /** By status: the last row's status rank (its place in the catalog's order when the page was read). */
    rank: z.number().int().min(0).max(10_000).optional(),
    id: z.number().int().positive().max(2_147_483_647),
  })
  .refine((cursor) => (cursor.sort === 'id' || cursor.sort === 'status') === (cursor.at === null))
  .refine((cursor) => (cursor.sort === 'status') === (cursor.rank !== undefined));
export type TicketListCursor = z.infer<typeof TicketListCursor>;
