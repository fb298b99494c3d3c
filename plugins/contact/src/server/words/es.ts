// The contact type's words in Spanish: every key its definition gives in English (englishTypeWords). ICU MessageFormat.
import type { Messages } from '@tickets/plugin-kit/server';

export default {
  title: 'Contactar con un equipo',
  description: 'Una pregunta o petición a uno de los equipos, desde el formulario de contacto.',
} satisfies Messages;
