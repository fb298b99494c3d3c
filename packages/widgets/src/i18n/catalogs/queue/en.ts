// The queue's words in English (every key; es and pl hold the same). ICU MessageFormat. The type's
// title, custom status names and people's names come in as arguments; system statuses are the core
// catalog's (`systemStatus.*`).
export default {
  'queue.heading': 'Queue',
  'queue.headingOfType': '{type}: queue',
  'queue.loading': 'Loading the queue…',
  'queue.what': 'The queue',
  'queue.noStatuses': 'This type has no open statuses.',
  'queue.group.count': '({count, number}{more, select, true {+} other {}})',
  'queue.group.empty': 'Nothing here.',
  'queue.item.heldBy': 'held by {name} since {since}',
  'queue.item.heldByNobody': 'held by nobody',
  'queue.item.updated': 'updated {time}',
  'queue.more': 'More in {status}',
  'queue.loadingMore': 'Loading…',
  'queue.holder.label': 'Held by',
  'queue.holder.anyone': 'Anyone or nobody',
  'queue.holder.me': 'Held by me',
  'queue.holder.nobody': 'Held by nobody',
} as const;
