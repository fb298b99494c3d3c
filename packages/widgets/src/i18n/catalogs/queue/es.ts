import type { QueueCatalog } from '../../queue-messages.js';

export default {
  'queue.heading': 'Cola',
  'queue.headingOfType': '{type}: cola',
  'queue.loading': 'Cargando la cola…',
  'queue.what': 'La cola',
  'queue.noStatuses': 'Este tipo no tiene estados abiertos.',
  'queue.group.count': '({count, number}{more, select, true {+} other {}})',
  'queue.group.empty': 'No hay nada aquí.',
  'queue.item.heldBy': 'a cargo de {name} desde {since}',
  'queue.item.heldByNobody': 'sin nadie a cargo',
  'queue.item.updated': 'actualizado {time}',
  'queue.more': 'Más en {status}',
  'queue.loadingMore': 'Cargando…',
  'queue.holder.label': 'A cargo de',
  'queue.holder.anyone': 'Cualquiera o nadie',
  'queue.holder.me': 'A mi cargo',
  'queue.holder.nobody': 'Sin nadie a cargo',
} satisfies QueueCatalog;
