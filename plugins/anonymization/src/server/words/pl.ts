// The 'anonymization' type's words in Polish: every key its definition gives in English (englishTypeWords).
import type { Messages } from '@tickets/plugin-kit/server';

export default {
  title: 'Anonimizuj konto',
  description: 'Osoba prosi o zapomnienie: tylko jej konta albo jej konta i profilu zawodnika.',
  'action.anonymize.title': 'Anonimizuj',
  'action.anonymize.description':
    'Zastępuje dane osobowe konta (a w zakresie „konto i profil” także profilu zawodnika) tak, jak pokazuje podgląd. Można bezpiecznie uruchomić dwa razy.',
  'action.refreshPreview.title': 'Odśwież podgląd',
  'action.refreshPreview.description': 'Ponownie odczytuje katalog i zapisuje, co anonimizacja zastąpiłaby teraz.',
  'action.reject.title': 'Odrzuć wniosek',
  'status.Requested': 'Złożone',
  'status.Anonymized': 'Zanonimizowane',
  'status.Rejected': 'Odrzucone',
  'status.Duplicate': 'Duplikat',
  'doing.anonymize': 'anonimizować konta',
  'doing.refreshPreview': 'odświeżać podgląd anonimizacji',
  'doing.reject': 'odrzucać wnioski o anonimizację',
  'change.preview': 'podgląd',
} satisfies Messages;
