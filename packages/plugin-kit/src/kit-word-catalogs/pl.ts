import type { KitWordCatalog } from '../type-words.js';

export default {
  'kit.closed': 'Zgłoszenie #{id} jest zamknięte; najpierw otwórz je ponownie.',
  'kit.onlyGroup': 'Tylko członkowie {group} mogą {doing}.',
  'kit.status.To do': 'Do zrobienia',
  'kit.status.In progress': 'W toku',
  'kit.status.Done': 'Zrobione',
  "kit.status.Won't do": 'Nie zostanie zrobione',
  'kit.status.Duplicate': 'Duplikat',
} satisfies KitWordCatalog;
