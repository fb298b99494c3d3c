// The contact type's words in Polish: every key its definition gives in English (englishTypeWords). ICU MessageFormat.
import type { Messages } from '@tickets/plugin-kit/server';
import { CONTACT_TEAMS } from '../../contact.js';

export default {
  title: 'Skontaktuj się z zespołem',
  description: 'Pytanie lub prośba do jednego z zespołów, wysłane przez formularz kontaktowy.',
  'invalid.chooseTeam': `Wybierz zespół, z którym chcesz się skontaktować: ${CONTACT_TEAMS.join(', ')}.`,
  'invalid.messageTooShort': 'Napisz co najmniej jedno zdanie (10 znaków), żeby zespół wiedział, czego potrzebujesz.',
  'invalid.messageTooLong': 'Wiadomość może mieć co najwyżej 5000 znaków.',
} satisfies Messages;
