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
  'refusal.notYourAccount':
    'Możesz poprosić o anonimizację tylko własnego konta; wniosek dotyczący innej osoby mogą złożyć tylko członkowie WRT i administratorzy witryny. Pomiń userId.',
  'refusal.unknownUser': 'W katalogu nie ma użytkownika nr {userId}.',
  'refusal.noProfile':
    "{account, select, own {Twoje konto nie jest połączone} other {Konto użytkownika nr {userId} nie jest połączone}} z żadnym profilem zawodnika; wybierz 'account', aby zanonimizować tylko konto.",
  'refusal.nothingToDo': 'Użytkownik nr {userId} jest już zanonimizowany w tym zakresie; nie zostało nic do zanonimizowania.',
  'refusal.userMissing': 'Użytkownika nr {userId} nie ma już w katalogu; nie ma czego anonimizować, więc odrzuć ten wniosek.',
  'refusal.profileLinkChanged':
    'Konto użytkownika nr {userId} {now, select, none {nie jest teraz połączone z żadnym profilem zawodnika} other {jest teraz połączone z osobą nr {now}}}, ale podgląd powstał, gdy {was, select, none {nie było połączone z żadnym profilem zawodnika} other {było połączone z osobą nr {was}}}; uruchom „Odśwież podgląd”, sprawdź go, a potem anonimizuj.',
  'invalid.chooseScope': "Wybierz, co anonimizować: 'account' (tylko konto) albo 'account_and_profile' (konto i profil zawodnika).",
  'invalid.giveUserId': 'Podaj id użytkownika do anonimizacji albo pomiń je, aby zanonimizować własne konto.',
  'invalid.userIdWhole': 'Id użytkownika to liczba całkowita.',
  'invalid.userIdPositive': 'Id użytkownika to liczba dodatnia.',
  'invalid.userIdTooLarge': 'Nie ma takiego użytkownika: id jest za duże.',
  'invalid.reasonTooLong': 'Powód może mieć najwyżej 1000 znaków.',
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
