import type { ClaimCatalog } from '../messages.js';

export default {
  'claim.heading': 'Wniosek o WCA ID {wcaId}',
  'claim.label': 'Wniosek',
  'claim.wcaId': 'WCA ID',
  'claim.profile': '(profil {personId})',
  'claim.claimedBy': 'Wnioskodawca',
  'claim.message': 'Wiadomość',
  'claim.noMessage': 'Brak wiadomości.',
  'claim.delegate': 'U Delegata',
  'claim.rejection': 'Powód odrzucenia',
  'history.heading': 'Przekazania',
  'history.none': 'Nie przekazano: nadal u Delegata wskazanego przez wnioskodawcę.',
  'decide.heading': 'Decyzja',
  'reject.what': 'wniosek',
  'reject.help': 'Wnioskodawca to przeczyta.',
  'people.named': '{name} (użytkownik {id})',
  'people.unnamed': 'Użytkownik {id}',
  'approve.question': 'Połączyć konto użytkownika {requester} z profilem {wcaId}? Zgłoszenie zostanie zamknięte jako zatwierdzone, a połączenia nie można stąd cofnąć.',
  'approve.pending': 'Zatwierdzanie…',
  'approve.confirm': 'Tak, połącz konto',
  'approve.cancel': 'Anuluj',
  'handOver.userId': 'Identyfikator użytkownika Delegata',
  'handOver.help':
    'Numer, który katalog witryny nadaje Delegatowi (wyszukiwanie po nazwisku nie jest jeszcze dostępne: poproś o niego). Musi należeć do grupy Delegates i nie może być ani tobą, ani wnioskodawcą. Wniosek i decyzja przechodzą wtedy do tej osoby.',
  'handOver.badId': 'Podaj identyfikator użytkownika Delegata, liczbę całkowitą, np. 6.',
  'handOver.pending': 'Przekazywanie…',
} satisfies ClaimCatalog;
