// The 'bug-report' type's words in Spanish: every key its definition gives in English (englishTypeWords).
import type { Messages } from '@tickets/plugin-kit/server';

export default {
  title: 'Informar de un error',
  'action.confirm.title': 'Confirmar el error',
  'action.markFixed.title': 'Marcar como corregido',
  'status.Reported': 'Informado',
  'status.Confirmed': 'Confirmado',
  'status.Fixed': 'Corregido',
  'status.Not a bug': 'No es un error',
  'status.Duplicate': 'Duplicado',
  'doing.confirm': 'confirmar un error',
  'doing.markFixed': 'marcar un error como corregido',
  'change.note': 'nota',
  'summary.confirmed': 'Confirmó el error.',
  'summary.markedFixed': 'Marcó el error como corregido.',
  'invalid.pageNotAnAddress': 'Pega la dirección de la página donde ocurre.',
  'invalid.descriptionTooShort': 'Describe lo que ocurre en una o dos frases.',
  'invalid.descriptionTooLong': 'Una descripción puede tener como máximo 5000 caracteres.',
  'invalid.noteTooLong': 'Una nota puede tener como máximo 500 caracteres.',
} satisfies Messages;
