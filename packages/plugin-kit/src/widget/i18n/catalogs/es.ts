import type { KitCatalog } from '../../kit-messages.js';

export default {
  'notAllowed.fallback': 'No puedes {action} en este ticket.',
  'refusal.noAnswer': 'No se pudo realizar la acción. Inténtalo de nuevo.',
  'reject.label': 'Motivo del rechazo',
  'reject.help': '{help} De {min, number} a {max, number} caracteres.',
  'reject.tooLong': 'Un motivo puede tener como máximo {max, number} caracteres.',
  'reject.tooShort': 'Di por qué se rechaza ({what}); quien lo pidió lo leerá.',
  'reject.pending': 'Rechazando…',
  'reject.cancel': 'Cancelar',
  'webLink.notLink': '{address} (no es un enlace web; no se abre)',
} satisfies KitCatalog;
