import type { LogEvent, StatusLabel } from '@tickets/domain';
import type { ReaderWords } from '../ticket-types/reader-words.js';

/**
 * A logged change with the installed types' words in the reader's language: type titles, action
 * titles, what actions did, the labels of changed metadata and the statuses the types ship. An entry keeps what it was written with where the type
 * (or the action) is gone, and the names a namespace gave its statuses stay as written.
 */
export function eventInReaderWords(event: LogEvent, ticketType: string, words: ReaderWords): LogEvent {
  const status = (type: string, label: StatusLabel): StatusLabel => ({ ...label, name: words.statusName(type, label.name) });
  switch (event.type) {
    case 'ticket.created':
      return { ...event, status: status(event.ticketType, event.status) };
    case 'ticket.status_changed':
      return { ...event, from: status(ticketType, event.from), to: status(ticketType, event.to) };
    case 'metadata.changed': {
      // A label the type has a word for (`change.<field>`) in the reader's language; else as logged.
      const typeWords = words.of(ticketType);
      return { ...event, changes: event.changes.map((change) => (typeWords?.has(`change.${change.field}`) ? { ...change, label: typeWords.t(`change.${change.field}`) } : change)) };
    }
    case 'action.run':
      return { ...event, title: words.actionTitle(ticketType, event.action, event.title), summary: words.actionSummary(ticketType, event.said, event.summary) };
    case 'ticket.type_changed':
      return {
        ...event,
        from: { ...event.from, title: words.typeTitle(event.from.type, event.from.title) },
        to: { ...event.to, title: words.typeTitle(event.to.type, event.to.title) },
        status: event.status && { from: status(event.from.type, event.status.from), to: status(event.to.type, event.status.to) },
      };
    default:
      return event;
  }
}
