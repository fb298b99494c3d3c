import { z } from 'zod';
import { Category, TicketState } from './categories.js';
import { Actor, PrincipalLabel } from './principals.js';
import { Connection, StakeholderRole } from './stakeholder.js';
import { StatusId } from './statuses.js';

/** A status as it was named when the entry was written, so old entries read as they happened. */
export const StatusLabel = z.object({ id: StatusId, name: z.string(), category: Category });
export type StatusLabel = z.infer<typeof StatusLabel>;

export const StakeholderLabel = z.object({
  principal: PrincipalLabel,
  connection: Connection,
  role: StakeholderRole,
});
export type StakeholderLabel = z.infer<typeof StakeholderLabel>;

const jsonValue = z.json();

/** A ticket type as it was named when the entry was written. */
export const TypeLabel = z.object({ type: z.string(), title: z.string() });
export type TypeLabel = z.infer<typeof TypeLabel>;

/** Every kind of change a ticket records. One union, so a timeline can render any entry. */
/**
 * What an action did, kept as words rather than an English sentence: a key of its type's words
 * (`summary.applied`), the arguments, and the arguments that are themselves the type's words
 * (`{ field: 'field.name' }`: "name", "nombre"). The log keeps it beside the English.
 */
export const ActionSaid = z.object({
  said: z.string().min(1),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  words: z.record(z.string(), z.string()).optional(),
});
export type ActionSaid = z.infer<typeof ActionSaid>;

export const LogEvent = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('ticket.created'),
    ticketType: z.string(),
    title: z.string(),
    status: StatusLabel,
    state: TicketState,
  }),
  z.object({ type: z.literal('ticket.status_changed'), from: StatusLabel, to: StatusLabel }),
  z.object({ type: z.literal('ticket.state_changed'), from: TicketState, to: TicketState }),
  z.object({ type: z.literal('ticket.duplicate_marked'), duplicateOfId: z.number().int().positive() }),
  z.object({ type: z.literal('stakeholder.added'), stakeholder: StakeholderLabel }),
  z.object({ type: z.literal('stakeholder.deactivated'), stakeholder: StakeholderLabel }),
  z.object({
    type: z.literal('metadata.changed'),
    changes: z
      .array(z.object({ field: z.string(), label: z.string(), before: jsonValue, after: jsonValue }))
      .min(1),
  }),
  z.object({
    type: z.literal('action.run'),
    action: z.string(),
    title: z.string(),
    /** What the action did, in English as it was written ("Applied the name change as a fix"). */
    summary: z.string().nullable(),
    /** The same as the type's words, so each reader reads it in their language (entries before it have none). */
    said: ActionSaid.optional(),
  }),
  z.object({ type: z.literal('comment.added'), commentId: z.number().int().positive() }),
  z.object({
    type: z.literal('ticket.type_changed'),
    from: TypeLabel,
    to: TypeLabel,
    /** The old type's metadata as it was, so what was filed stays readable after the move. */
    previousMetadata: jsonValue,
    /** The status the move changed, when it did (same name and state, else same category, else the default). */
    status: z.object({ from: StatusLabel, to: StatusLabel }).nullable(),
    /** The new type's starting stakeholders the ticket did not have yet. */
    added: z.array(StakeholderLabel),
  }),
]);
export type LogEvent = z.infer<typeof LogEvent>;
export type LogEventType = LogEvent['type'];
export const LOG_EVENT_TYPES = LogEvent.options.map((option) => option.shape.type.value);

/** A log entry: what changed, who did it, and for which stakeholder they acted. */
export const LogEntry = z.object({
  event: LogEvent,
  actor: Actor,
  /** The stakeholder the acting user spoke for; null for the system actor or an admin acting as themselves. */
  actingAs: PrincipalLabel.nullable(),
});
export type LogEntry = z.infer<typeof LogEntry>;
