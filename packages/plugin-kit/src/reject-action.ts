import { z } from 'zod';
import { REJECTION_REASON_MAX_LENGTH, REJECTION_REASON_MIN_LENGTH } from './rejection-limits.js';
import type { ActionCheckContext, TicketActionDefinition } from './ticket-action.js';
import type { Verdict } from './refusal.js';

/** What a `reject` action is sent: the reason the requester reads. */
export type RejectionInput = z.ZodObject<{ reason: z.ZodString }>;

/**
 * The input of a `reject` action: a reason of REJECTION_REASON_MIN_LENGTH to
 * REJECTION_REASON_MAX_LENGTH characters, trimmed. `what` names the thing rejected in the message
 * ("Say why the claim is rejected; the requester reads it.").
 */
export function rejectionInput(what: string): RejectionInput {
  const sayWhy = `Say why the ${what} is rejected; the requester reads it.`;
  return z.object({
    reason: z
      .string({ error: sayWhy })
      .trim()
      .min(REJECTION_REASON_MIN_LENGTH, sayWhy)
      .max(REJECTION_REASON_MAX_LENGTH, `A reason can be at most ${REJECTION_REASON_MAX_LENGTH.toLocaleString('en')} characters long.`),
  });
}

/**
 * A "reject with a reason" action: its input is `rejectionInput(what)`; its effect on the server is
 * `rejectWithReason` (`@tickets/plugin-kit/server`), which keeps the reason and closes the ticket.
 */
export function rejectAction<Metadata>(options: {
  readonly what: string;
  readonly title: string;
  readonly description?: string;
  readonly can: (context: ActionCheckContext<Metadata>) => Verdict;
}): TicketActionDefinition<Metadata, RejectionInput> {
  const { what, ...action } = options;
  return { ...action, input: rejectionInput(what) };
}
