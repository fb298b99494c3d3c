import type { BugReportCatalog } from '../messages.js';

export default {
  'report.heading': 'Informe',
  'report.page': 'Página',
  'report.whatHappens': 'Qué ocurre',
  'report.note': 'La nota del equipo',
  'report.noNote': 'Todavía no hay nota.',
  'form.label': 'Confirmar o corregir el error',
  'form.note': 'Nota (opcional)',
  'form.noteHelp': 'Se guarda con el informe y la ve todo el mundo en el ticket, también quien lo informó.{hasNote, select, true { Déjala vacía para conservar la nota actual.} other {}}',
  'confirm.pending': 'Confirmando…',
  'confirm.done': 'Error confirmado.',
  'markFixed.pending': 'Marcando como corregido…',
  'markFixed.done': 'Error marcado como corregido.',
} satisfies BugReportCatalog;
