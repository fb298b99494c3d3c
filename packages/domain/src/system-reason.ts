import { z } from 'zod';

/**
 * Why the system changed a ticket, as data, so each reader gets it in their language ("status
 * 'Blocked' was removed", "se eliminó el estado «Blocked»"); the English sentence is also kept as
 * text (`systemReasonText`) for entries written before reasons had a shape and for API readers.
 */
export const SystemReason = z.discriminatedUnion('kind', [
  /** A namespace removed statuses (from one lifecycle, or altogether): their tickets moved on. */
  z.object({ kind: z.literal('statuses_removed'), statuses: z.array(z.string()).min(1), lifecycle: z.string().nullable() }),
  /** The namespace left the system statuses for custom ones. */
  z.object({ kind: z.literal('custom_statuses') }),
]);
export type SystemReason = z.infer<typeof SystemReason>;
