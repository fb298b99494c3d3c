import type { QueueCatalog } from '../../queue-messages.js';

export default {
  'queue.heading': 'Kolejka',
  'queue.headingOfType': '{type}: kolejka',
  'queue.loading': 'Wczytywanie kolejki…',
  'queue.what': 'Kolejka',
  'queue.noStatuses': 'Ten typ nie ma otwartych statusów.',
  'queue.group.count': '({count, number}{more, select, true {+} other {}})',
  'queue.group.empty': 'Nic tu nie ma.',
  'queue.item.heldBy': 'prowadzi {name} od {since}',
  'queue.item.heldByNobody': 'nikt nie prowadzi',
  'queue.item.updated': 'zaktualizowano {time}',
  'queue.more': 'Więcej: {status}',
  'queue.loadingMore': 'Wczytywanie…',
  'queue.holder.label': 'Prowadzi',
  'queue.holder.anyone': 'Ktokolwiek lub nikt',
  'queue.holder.me': 'Prowadzę ja',
  'queue.holder.nobody': 'Nikt nie prowadzi',
} satisfies QueueCatalog;
