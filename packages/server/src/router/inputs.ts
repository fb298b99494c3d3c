import { MAX_ROW_ID } from '../input/row-id.js';
import { z } from 'zod';

/** Ids are PostgreSQL integers: anything larger is refused here, not by the database. */
export const Id = z.number().int('An id is a whole number.').positive('An id is a positive number.').max(MAX_ROW_ID, 'No such id: it is too large.');

export const TicketId = Id;

/** What every change to a ticket carries: which ticket, the version the client saw, and who it acts for. */
export const MutationInput = z.object({
  ticketId: TicketId,
  expectedVersion: z.number().int().positive().max(MAX_ROW_ID),
  actingAs: Id.optional(),
});
