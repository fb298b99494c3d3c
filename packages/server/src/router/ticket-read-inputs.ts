import { Category, PrincipalKind, TicketState } from '@tickets/domain';
import { TicketTypeKey } from '@tickets/plugin-kit';
import { z } from 'zod';
import { cursorInput } from '../modules/pagination/page-cursor.js';
import { SortDirection, TicketListCursor, TicketSort } from '../modules/tickets/ticket-list-cursor.js';
import { QueueCursor, QueueHolder } from '../modules/tickets/ticket-queue.js';
import { TIMELINE_PAGE_SIZE } from '../modules/timeline/ticket-timeline.js';
import { TimelineCursor } from '../modules/timeline/timeline-cursor.js';
import { Id, TicketId } from './inputs.js';

export const MAX_TICKETS_PER_PAGE = 100;
export const MAX_TIMELINE_ENTRIES_PER_PAGE = 200;
/** Longer than any title's words a person types; the search uses its first words only. */
export const MAX_SEARCH_LENGTH = 200;

export const TicketListInput = z
  .object({
    state: TicketState.optional(),
    statusIds: z.array(Id).max(100, 'Filter by at most 100 statuses.').optional(),
    categories: z.array(Category).max(Category.options.length, 'Each category needs to be listed only once.').optional(),
    types: z.array(TicketTypeKey).max(50, 'Filter by at most 50 ticket types.').optional(),
    stakeholder: z.object({ kind: PrincipalKind, id: Id }).optional(),
    mine: z.boolean().optional(),
    myGroups: z.boolean().optional(),
    /** Words of the title or a comment, or a ticket's number. */
    search: z.string().max(MAX_SEARCH_LENGTH, `Search with at most ${MAX_SEARCH_LENGTH} characters.`).optional(),
    sort: TicketSort.default('updated'),
    direction: SortDirection.default('desc'),
    limit: z
      .number()
      .int('A page size is a whole number.')
      .min(1, 'Ask for at least 1 ticket per page.')
      .max(MAX_TICKETS_PER_PAGE, `A page holds at most ${MAX_TICKETS_PER_PAGE} tickets; ask for ${MAX_TICKETS_PER_PAGE} or fewer and page with the cursor.`)
      .default(25),
    cursor: cursorInput(TicketListCursor).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.cursor && (input.cursor.sort !== input.sort || input.cursor.direction !== input.direction)) {
      ctx.addIssue({
        code: 'custom',
        path: ['cursor'],
        message: `This cursor continues a list sorted by ${input.cursor.sort} (${input.cursor.direction}), not by ${input.sort} (${input.direction}). Ask for the first page again when you change the order.`,
      });
    }
  });

export const TimelineInput = z.object({
  ticketId: TicketId,
  cursor: cursorInput(TimelineCursor).optional(),
  limit: z
    .number()
    .int('A page size is a whole number.')
    .min(1, 'Ask for at least 1 entry per page.')
    .max(
      MAX_TIMELINE_ENTRIES_PER_PAGE,
      `A timeline page holds at most ${MAX_TIMELINE_ENTRIES_PER_PAGE} entries; ask for ${MAX_TIMELINE_ENTRIES_PER_PAGE} or fewer and page with the cursor.`,
    )
    .default(TIMELINE_PAGE_SIZE),
});

export const MAX_QUEUE_ITEMS_PER_GROUP = 50;

export const TicketQueueInput = z
  .object({
    type: TicketTypeKey,
    holder: QueueHolder.optional(),
    statusId: Id.optional(),
    limit: z
      .number()
      .int('A page size is a whole number.')
      .min(1, 'Ask for at least 1 ticket per status.')
      .max(MAX_QUEUE_ITEMS_PER_GROUP, `A status's page holds at most ${MAX_QUEUE_ITEMS_PER_GROUP} tickets; page with the cursor.`)
      .default(10),
    cursor: cursorInput(QueueCursor).optional(),
  })
  .refine((input) => input.cursor === undefined || input.statusId !== undefined, { path: ['cursor'], message: "A cursor continues one status's group: give its statusId too." });

/** A ticket to follow, and where a reconnect resumes (the id of the last event it saw). */
export const TicketWritingInput = z.object({
  ticketId: TicketId,
  /** true while the viewer writes a comment (say it again within LIVE_PRESENCE_TTL_MS), false once they stop. */
  writing: z.boolean(),
});

export const TicketEventsInput = z.object({
  ticketId: TicketId,
  lastEventId: z.string().regex(/^\d{1,15}$/, 'The last event id is the number of the last event you saw.').nullish(),
});
