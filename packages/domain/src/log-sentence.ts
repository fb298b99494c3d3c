// A log entry as one sentence, in any language: which parts a sentence has (who, what, for whom,
// what an action said it did) is decided here once; the words come from a `LogWords`. English is
// the default (`describeLogEntry`, for the API's `sentence` and the mails); the widgets pass words
// from their catalogs. No zod here: the widgets' bundle takes this module without the schemas.
import type { LogEntry, LogEvent, StakeholderLabel, StatusLabel } from './log-events.js';
import type { SystemReason } from './system-reason.js';

/** The words of log sentences, each a small template; a language implements them all. */
export interface LogWords {
  status(status: StatusLabel): string;
  stakeholder(label: StakeholderLabel): string;
  /** A metadata value: text quoted, anything else as JSON, none as "nothing". */
  value(value: unknown): string;
  /** Joins the stakeholders a move added: "A and B". */
  list(items: readonly string[]): string;
  created(a: { type: string; title: string; status: string }): string;
  statusChanged(a: { from: string; to: string }): string;
  closed(): string;
  reopened(): string;
  duplicateMarked(a: { id: number }): string;
  stakeholderAdded(a: { stakeholder: string }): string;
  stakeholderDeactivated(a: { stakeholder: string }): string;
  metadataChanged(a: { changes: readonly string[] }): string;
  metadataChange(a: { label: string; before: string; after: string }): string;
  actionRun(a: { title: string }): string;
  commented(): string;
  typeChanged(a: { from: string; to: string; status: { from: string; to: string } | null; added: string | null }): string;
  /** The whole sentence; `detail` is what an action said it did, without its final stop. */
  byUser(a: { actor: string; predicate: string; detail: string | null }): string;
  byUserOnBehalf(a: { actor: string; predicate: string; group: string; detail: string | null }): string;
  bySystem(a: { predicate: string; reason: string; detail: string | null }): string;
  /** Why the system made a change ("status 'Blocked' was removed"). */
  systemReason(reason: SystemReason): string;
}

const tail = (detail: string | null) => (detail ? `: ${detail}.` : '.');

function quoted(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'nothing';
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

/** The English words: what the API writes into `sentence` and the mails. */
export const ENGLISH_LOG_WORDS: LogWords = {
  status: (status) => status.name,
  stakeholder: (label) => `${label.principal.name} (${label.connection}, ${label.role})`,
  value: quoted,
  list: (items) => items.join(' and '),
  created: ({ type, title, status }) => `created this ${type} ticket '${title}' with status ${status}`,
  statusChanged: ({ from, to }) => `changed the status from ${from} to ${to}`,
  closed: () => 'closed the ticket',
  reopened: () => 'reopened the ticket',
  duplicateMarked: ({ id }) => `marked this ticket as a duplicate of #${id}`,
  stakeholderAdded: ({ stakeholder }) => `added ${stakeholder}`,
  stakeholderDeactivated: ({ stakeholder }) => `made ${stakeholder} inactive`,
  metadataChanged: ({ changes }) => `changed ${changes.join(', ')}`,
  metadataChange: ({ label, before, after }) => `${label} from ${before} to ${after}`,
  actionRun: ({ title }) => `ran '${title}'`,
  commented: () => 'commented',
  typeChanged: ({ from, to, status, added }) =>
    [`moved this ticket from ${from} to ${to}`, ...(status ? [`its status from ${status.from} to ${status.to}`] : []), ...(added ? [`added ${added}`] : [])].join('; '),
  byUser: ({ actor, predicate, detail }) => `${actor} ${predicate}${tail(detail)}`,
  byUserOnBehalf: ({ actor, predicate, group, detail }) => `${actor} ${predicate} on behalf of ${group}${tail(detail)}`,
  bySystem: ({ predicate, reason, detail }) => `The system ${predicate} (${reason})${tail(detail)}`,
  systemReason: (reason) => {
    if (reason.kind === 'custom_statuses') return 'the site switched to its own custom statuses';
    const names = reason.statuses.map((name) => `'${name}'`).join(', ');
    const removed = reason.statuses.length === 1 ? `status ${names} was removed` : `statuses ${names} were removed`;
    return reason.lifecycle === null ? removed : `${removed} from lifecycle '${reason.lifecycle}'`;
  },
};

/** A system reason in English, as the log and the migrations keep it in words beside its shape. */
export function systemReasonText(reason: SystemReason): string {
  return ENGLISH_LOG_WORDS.systemReason(reason);
}

/** The predicate of the sentence: what was done, without who did it. */
function describeEvent(event: LogEvent, words: LogWords): string {
  switch (event.type) {
    case 'ticket.created':
      return words.created({ type: event.ticketType, title: event.title, status: words.status(event.status) });
    case 'ticket.status_changed':
      return words.statusChanged({ from: words.status(event.from), to: words.status(event.to) });
    case 'ticket.state_changed':
      return event.to === 'closed' ? words.closed() : words.reopened();
    case 'ticket.duplicate_marked':
      return words.duplicateMarked({ id: event.duplicateOfId });
    case 'stakeholder.added':
      return words.stakeholderAdded({ stakeholder: words.stakeholder(event.stakeholder) });
    case 'stakeholder.deactivated':
      return words.stakeholderDeactivated({ stakeholder: words.stakeholder(event.stakeholder) });
    case 'metadata.changed':
      return words.metadataChanged({
        changes: event.changes.map((change) => words.metadataChange({ label: change.label, before: words.value(change.before), after: words.value(change.after) })),
      });
    case 'action.run':
      return words.actionRun({ title: event.title });
    case 'comment.added':
      return words.commented();
    case 'ticket.type_changed':
      return words.typeChanged({
        from: event.from.title,
        to: event.to.title,
        status: event.status ? { from: words.status(event.status.from), to: words.status(event.status.to) } : null,
        added: event.added.length > 0 ? words.list(event.added.map((label) => words.stakeholder(label))) : null,
      });
  }
}

/** What an action said it did, appended after the sentence's subject and predicate. */
function detailOf(event: LogEvent): string | null {
  if (event.type !== 'action.run' || !event.summary) return null;
  return event.summary.trim().replace(/[.!]+$/, '');
}

/**
 * A log entry as one sentence a person understands, in the words given (English by default), e.g.
 * "Ana changed the status from To do to Done on behalf of WRT." or
 * "Ana ran 'Apply as fix' on behalf of WRT: changed the name to Ana López."
 */
export function describeLogEntry(entry: LogEntry, words: LogWords = ENGLISH_LOG_WORDS): string {
  return sentence(entry, describeEvent(entry.event, words), detailOf(entry.event), words);
}

/** Who did it (and for whom) around what was done: the sentence's frame. */
function sentence(entry: LogEntry, predicate: string, detail: string | null, words: LogWords): string {
  if (entry.actor.kind === 'system') return words.bySystem({ predicate, reason: entry.actor.why ? words.systemReason(entry.actor.why) : entry.actor.reason, detail });
  const speaksForSomeoneElse = entry.actingAs !== null && !(entry.actingAs.kind === 'user' && entry.actingAs.id === entry.actor.userId);
  return speaksForSomeoneElse && entry.actingAs
    ? words.byUserOnBehalf({ actor: entry.actor.name, predicate, group: entry.actingAs.name, detail })
    : words.byUser({ actor: entry.actor.name, predicate, detail });
}

/** The same actor acting for the same stakeholder (the system for the same reason). */
function sameHand(a: LogEntry, b: LogEntry): boolean {
  const actor = a.actor.kind === 'system' ? b.actor.kind === 'system' && a.actor.reason === b.actor.reason : b.actor.kind === 'user' && a.actor.userId === b.actor.userId;
  const actingAs = a.actingAs === null ? b.actingAs === null : b.actingAs !== null && a.actingAs.kind === b.actingAs.kind && a.actingAs.id === b.actingAs.id;
  return actor && actingAs;
}

/**
 * The entries one change wrote: a change writes all its entries in one transaction, so they carry
 * the same moment (`at`) and the same hand. Consecutive entries alike are one group; the order is kept.
 */
export function groupLogEntries<Entry extends LogEntry & { at: string }>(entries: readonly Entry[]): Entry[][] {
  const groups: Entry[][] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    const previous = last?.at(-1);
    if (last && previous && previous.at === entry.at && sameHand(previous, entry)) last.push(entry);
    else groups.push([entry]);
  }
  return groups;
}

/**
 * The entries of one change (`groupLogEntries`) as one sentence: who did it once, then each thing
 * done ("Ana ran 'Apply as fix', changed the status from Under review to Applied and closed the
 * ticket on behalf of WRT: …"). One entry reads as `describeLogEntry` does.
 */
export function describeLogEntries(group: readonly LogEntry[], words: LogWords = ENGLISH_LOG_WORDS): string {
  const [first] = group;
  if (!first) return '';
  if (group.length === 1) return describeLogEntry(first, words);
  const details = group.map((entry) => detailOf(entry.event)).filter((detail): detail is string => detail !== null);
  return sentence(first, words.list(group.map((entry) => describeEvent(entry.event, words))), details.length > 0 ? details.join('; ') : null, words);
}
