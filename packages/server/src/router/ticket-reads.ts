import { tracked, type TRPCRouterRecord } from '@trpc/server';
import { listEvents } from '../modules/live/list-events.js';
import { markWriting } from '../modules/live/mark-writing.js';
import { sessionEndOf } from '../modules/live/session-end.js';
import { openTicketEvents, type TicketEvent } from '../modules/live/ticket-events.js';
import { listTickets } from '../modules/tickets/ticket-list.js';
import { ticketListChoices } from '../modules/tickets/ticket-list-choices.js';
import { loadTicketQueue } from '../modules/tickets/ticket-queue.js';
import { loadTicketTimeline } from '../modules/timeline/ticket-timeline.js';
import { authedProcedure } from '../trpc/trpc.js';
import { TicketEventsInput, TicketListInput, TicketQueueInput, TicketWritingInput, TimelineInput } from './ticket-read-inputs.js';

/** Reads merged into the `tickets` namespace beside the lead's `ticketsRouter`. */
export const ticketReadsRouter = {
  /** A page of the tickets the viewer may see, filtered and sorted, with the total over all pages. */
  list: authedProcedure.input(TicketListInput).query(({ ctx, input }) => listTickets(ctx, input)),

  /**
   * What the list's filters offer, whatever page is loaded: every installed type and every status
   * its lifecycle uses, each with how many tickets the viewer may see (hidden ones are never counted).
   */
  listChoices: authedProcedure.query(({ ctx }) => ticketListChoices(ctx)),

  /**
   * One type's open tickets grouped by status (its lifecycle's order), each group a page with a
   * bounded count, with who holds each ticket and since when; `statusId` + `cursor` for a group's next page.
   */
  queue: authedProcedure.input(TicketQueueInput).query(({ ctx, input }) => loadTicketQueue(ctx, input)),

  /**
   * For an open list: which tickets the viewer may see changed, from any instance, as they change
   * (Server-Sent Events); `listening` at each (re)connection. Not resumable: a list reads itself again.
   */
  listEvents: authedProcedure
    .meta({ rateLimit: 'reads' })
    .subscription(({ ctx, signal }) => listEvents(ctx, signal ?? new AbortController().signal, { sessionEndsAt: sessionEndOf(ctx.authorization) })),

  /**
   * A ticket's changes as they happen (Server-Sent Events): each log entry after `lastEventId`, from
   * any API instance, with the ticket's version; who else has it open (`presence`); `access_lost`
   * ends it (access taken away, or the token expired). NOT_FOUND when hidden.
   */
  events: authedProcedure
    .meta({ rateLimit: 'reads' })
    .input(TicketEventsInput)
    .subscription(async ({ ctx, input, signal }) =>
      trackedEvents(await openTicketEvents(ctx, input, signal, { sessionEndsAt: sessionEndOf(ctx.authorization) })),
    ),

  /**
   * Says the viewer is (or stopped) writing a comment on the ticket, for the others who have it open
   * (`presence` events); never stored beyond presence. Say it again within `LIVE_PRESENCE_TTL_MS` while writing.
   */
  writing: authedProcedure
    .meta({ rateLimit: 'reads' })
    .input(TicketWritingInput)
    .mutation(({ ctx, input }) => markWriting(ctx, input)),

  /** A page of a ticket's comments and log entries in time order; NOT_FOUND when the ticket is hidden. */
  timeline: authedProcedure.input(TimelineInput).query(({ ctx, input }) => loadTicketTimeline(ctx, input)),
} satisfies TRPCRouterRecord;

/** Each change with its log entry's id as the event id, so a reconnect resumes after the last one seen. */
async function* trackedEvents(events: AsyncGenerator<TicketEvent>) {
  for await (const event of events) yield event.kind === 'changed' ? tracked(String(event.entryId), event) : event;
}
