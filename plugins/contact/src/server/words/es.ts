// The contact type's words in Spanish: every key its definition gives in English (englishTypeWords). ICU MessageFormat.
import type { Messages } from '@tickets/plugin-kit/server';
import { CONTACT_TEAMS } from '../../contact.js';

export default {
  title: 'Contactar con un equipo',
  description: 'Una pregunta o petición a uno de los equipos, desde el formulario de contacto.',
  'invalid.chooseTeam': `Elige el equipo con el que quieres contactar: ${CONTACT_TEAMS.join(', ')}.`,
  'invalid.messageTooShort': 'Escribe al menos una frase (10 caracteres) para que el equipo sepa qué necesitas.',
  'invalid.messageTooLong': 'Un mensaje puede tener como máximo 5000 caracteres.',
} satisfies Messages;
