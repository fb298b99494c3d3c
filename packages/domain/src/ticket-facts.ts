import { z } from 'zod';
import { TicketState } from './categories.js';
import type { LogEvent } from './log-events.js';
import { StatusId } from './statuses.js';

const TicketId = z.number().int().positive();

/** A moment as an ISO 8601 timestamp with a time zone, e.g. `2025-03-01T10:00:00.000Z`. */
const IsoTimestamp = z.iso.datetime({ offset: true });

/**
 * The facts about a ticket that state↔status sync reads and writes. Kept apart from the stored
 * ticket so the rules can be applied and tested without a database.
 */
export const TicketFacts = z.object({
  id: TicketId,
  state: TicketState,
  statusId: StatusId,
  /** The ticket this one duplicates; kept when the status later changes, so the information stays. */
  duplicateOfId: TicketId.nullable(),
  /** When the ticket last closed; null exactly while it is open. */
  closedAt: IsoTimestamp.nullable(),
});
export type TicketFacts = z.infer<typeof TicketFacts>;

/**
 * The outcome of a rule: the facts to store and the log events to write with them, in the same
 * transaction. No events means nothing changed: the caller stores nothing and keeps the version.
 */
export interface TicketChange {
  readonly facts: TicketFacts;
  readonly events: readonly LogEvent[];
}
