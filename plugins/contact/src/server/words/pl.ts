// The contact type's words in Polish: every key its definition gives in English (englishTypeWords). ICU MessageFormat.
import type { Messages } from '@tickets/plugin-kit/server';

export default {
  title: 'Skontaktuj się z zespołem',
  description: 'Pytanie lub prośba do jednego z zespołów, wysłane przez formularz kontaktowy.',
} satisfies Messages;
