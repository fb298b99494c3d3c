import type { KitWordCatalog } from '../type-words.js';

export default {
  'kit.closed': 'El ticket #{id} está cerrado; reábrelo primero.',
  'kit.onlyGroup': 'Solo los miembros de {group} pueden {doing}.',
  'kit.status.To do': 'Por hacer',
  'kit.status.In progress': 'En curso',
  'kit.status.Done': 'Hecho',
  "kit.status.Won't do": 'No se hará',
  'kit.status.Duplicate': 'Duplicado',
} satisfies KitWordCatalog;
