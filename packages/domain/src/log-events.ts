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
    /** What the action did, in words ("Applied the name change as a fix"). */
    summary: z.string().nullable(),
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

function quoted(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'nothing';
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

function describeStakeholder(label: StakeholderLabel): string {
  return `${label.principal.name} (${label.connection}, ${label.role})`;
}

/** The predicate of the sentence: what was done, without who did it. */
function describeEvent(event: LogEvent): string {
  switch (event.type) {
    case 'ticket.created':
      return `created this ${event.ticketType} ticket '${event.title}' with status ${event.status.name}`;
    case 'ticket.status_changed':
      return `changed the status from ${event.from.name} to ${event.to.name}`;
    case 'ticket.state_changed':
      return event.to === 'closed' ? 'closed the ticket' : 'reopened the ticket';
    case 'ticket.duplicate_marked':
      return `marked this ticket as a duplicate of #${event.duplicateOfId}`;
    case 'stakeholder.added':
      return `added ${describeStakeholder(event.stakeholder)}`;
    case 'stakeholder.deactivated':
      return `made ${describeStakeholder(event.stakeholder)} inactive`;
    case 'metadata.changed':
      return `changed ${event.changes
        .map((change) => `${change.label} from ${quoted(change.before)} to ${quoted(change.after)}`)
        .join(', ')}`;
    case 'action.run':
      return `ran '${event.title}'`;
    case 'comment.added':
      return 'commented';
    case 'ticket.type_changed': {
      const parts = [`moved this ticket from ${event.from.title} to ${event.to.title}`];
      if (event.status) parts.push(`its status from ${event.status.from.name} to ${event.status.to.name}`);
      if (event.added.length > 0) parts.push(`added ${event.added.map(describeStakeholder).join(' and ')}`);
      return parts.join('; ');
    }
  }
}

/** What an action said it did, appended after the sentence's subject and predicate. */
function detailOf(event: LogEvent): string | null {
  if (event.type !== 'action.run' || !event.summary) return null;
  return event.summary.trim().replace(/[.!]+$/, '');
}

/**
 * A log entry as one sentence a person understands, e.g.
 * "Ana changed the status from To do to Done on behalf of WRT." or
 * "Ana ran 'Apply as fix' on behalf of WRT: changed the name to Ana López."
 */
export function describeLogEntry(entry: LogEntry): string {
  const predicate = describeEvent(entry.event);
  const detail = detailOf(entry.event);
  const tail = detail ? `: ${detail}.` : '.';
  if (entry.actor.kind === 'system') {
    return `The system ${predicate} (${entry.actor.reason})${tail}`;
  }
  const speaksForSomeoneElse =
    entry.actingAs !== null && !(entry.actingAs.kind === 'user' && entry.actingAs.id === entry.actor.userId);
  return `${entry.actor.name} ${predicate}${speaksForSomeoneElse ? ` on behalf of ${entry.actingAs?.name}` : ''}${tail}`;
}

