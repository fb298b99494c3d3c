import { TicketTitle } from '@tickets/domain';
import { z } from 'zod';
import { MAX_ROW_ID } from '../../input/row-id.js';

/** What a host site sends to file a ticket. `metadata` is checked by the ticket type's own schema. */
export const IntakeTicketRequest = z.strictObject({
  type: z.string().min(1, 'Name the ticket type, e.g. "contact".').describe('The ticket type (the key of a ticket-type plugin).'),
  title: TicketTitle.describe('One line of visible text: no control characters (line breaks, ESC) and no bidi overrides or isolates.'),
  requester: z
    .strictObject({
      userId: z.number().int('A user id is a whole number.').positive('A user id is a positive whole number.').max(MAX_ROW_ID, 'No such user: the id is too large.').describe("The requester's user id on the host site."),
    })
    .describe('Who asks: the signed-in user of the host site the ticket is filed for.'),
  metadata: z.unknown().optional().describe("The ticket type's details, checked by its schema."),
});
export type IntakeTicketRequest = z.infer<typeof IntakeTicketRequest>;

/** What a created (or replayed) ticket is answered with. */
export const IntakeTicketCreated = z.object({
  ticket: z.object({
    id: z.number().int().positive(),
    version: z.number().int().positive(),
    url: z.string().describe('Where the requester reads the ticket on the host site.'),
  }),
});
export type IntakeTicketCreated = z.infer<typeof IntakeTicketCreated>;
