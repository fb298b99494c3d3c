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
  'scope.account': 'tylko konto',
  'scope.account_and_profile': 'konto i profil',
  'summary.anonymizedAccount':
    'Zanonimizowano konto użytkownika nr {userId}.{profile, select, unlinked { Użytkownik nr {userId} nie jest połączony z żadnym profilem zawodnika, więc nie zanonimizowano żadnego profilu.} other {}}',
  'summary.accountAlreadyAnonymized':
    'Nic się nie zmieniło: konto użytkownika nr {userId} było już zanonimizowane.{profile, select, unlinked { Użytkownik nr {userId} nie jest połączony z żadnym profilem zawodnika, więc nie zanonimizowano żadnego profilu.} other {}}',
  'summary.anonymizedAccountAndProfile':
    'Zanonimizowano konto użytkownika nr {userId} i profil zawodnika osoby nr {personId}{history, plural, =0 {} one { (usunięto # wpis historii)} few { (usunięto # wpisy historii)} many { (usunięto # wpisów historii)} other { (usunięto # wpisu historii)}}.',
  'summary.anonymizedAccountProfileAlready':
    'Zanonimizowano konto użytkownika nr {userId}. Profil zawodnika osoby nr {personId} był już zanonimizowany.',
  'summary.anonymizedProfileAccountAlready':
    'Zanonimizowano profil zawodnika osoby nr {personId}{history, plural, =0 {} one { (usunięto # wpis historii)} few { (usunięto # wpisy historii)} many { (usunięto # wpisów historii)} other { (usunięto # wpisu historii)}}. Konto użytkownika nr {userId} było już zanonimizowane.',
  'summary.accountAndProfileAlreadyAnonymized':
    'Nic się nie zmieniło: konto użytkownika nr {userId} i profil zawodnika osoby nr {personId} były już zanonimizowane.',
  'summary.previewUnchanged':
    'Ponownie odczytano katalog; podgląd się nie zmienił.{profile, select, unlinked { Użytkownik nr {userId} nie jest już połączony z żadnym profilem zawodnika, więc anonimizacja zastąpi tylko konto.} other {}}',
  'summary.previewChanged':
    'Ponownie odczytano katalog; podgląd się zmienił i teraz wymienia: {fields}.{profile, select, unlinked { Użytkownik nr {userId} nie jest już połączony z żadnym profilem zawodnika, więc anonimizacja zastąpi tylko konto.} other {}}',
  'summary.previewEmptied':
    'Ponownie odczytano katalog; podgląd się zmienił i nie zostało już nic do zanonimizowania.{profile, select, unlinked { Użytkownik nr {userId} nie jest już połączony z żadnym profilem zawodnika, więc anonimizacja zastąpi tylko konto.} other {}}',
  'summary.rejected': 'Odrzucono wniosek o anonimizację użytkownika nr {userId} ({scope}).',
} satisfies Messages;
