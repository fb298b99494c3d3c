// The 'bug-report' type's words in Polish: every key its definition gives in English (englishTypeWords).
import type { Messages } from '@tickets/plugin-kit/server';

export default {
  title: 'Zgłoś błąd',
  'action.confirm.title': 'Potwierdź błąd',
  'action.markFixed.title': 'Oznacz jako naprawiony',
  'status.Reported': 'Zgłoszony',
  'status.Confirmed': 'Potwierdzony',
  'status.Fixed': 'Naprawiony',
  'status.Not a bug': 'To nie błąd',
  'status.Duplicate': 'Duplikat',
  'doing.confirm': 'potwierdzać błędy',
  'doing.markFixed': 'oznaczać błędy jako naprawione',
  'change.note': 'notatka',
  'summary.confirmed': 'Błąd potwierdzony.',
  'summary.markedFixed': 'Błąd oznaczony jako naprawiony.',
  'invalid.pageNotAnAddress': 'Wklej adres strony, na której to się dzieje.',
  'invalid.descriptionTooShort': 'Opisz w zdaniu lub dwóch, co się dzieje.',
  'invalid.descriptionTooLong': 'Opis może mieć co najwyżej 5000 znaków.',
  'invalid.noteTooLong': 'Notatka może mieć co najwyżej 500 znaków.',
} satisfies Messages;
