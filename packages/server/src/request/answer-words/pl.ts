import type { Messages } from '@tickets/plugin-kit/server';
import type { AnswerKey } from './en.js';

const pl: Messages<AnswerKey> = {
  internal: 'Coś poszło nie tak po naszej stronie i nic nie zostało zmienione. Spróbuj ponownie; jeśli to się powtórzy, powiadom zespół programistów.',
  database_unavailable: 'Baza danych zgłoszeń jest teraz niedostępna; nic nie zostało zmienione. Spróbuj ponownie za chwilę.',
  'ticket.not_found': 'Zgłoszenie #{ticketId} nie istnieje albo nie jesteś jego uczestnikiem.',
  'ticket.stale_version':
    'Ktoś inny zmienił zgłoszenie #{ticketId}, odkąd je wczytałeś (miałeś wersję {expectedVersion}, teraz jest wersja {currentVersion}). Wczytaj je ponownie i spróbuj jeszcze raz.',
  'stakeholder.search_not_allowed': 'Nie możesz nikogo dodać do zgłoszenia #{ticketId} ani go przekazać, więc nie ma kogo szukać.',
  'stakeholder.admin_join_forbidden': 'Tylko administratorzy witryny mogą sami dołączyć do zgłoszenia; poproś jednego z jego uczestników, aby cię dodał.',
  'stakeholder.already_active': '{name} jest już aktywnym uczestnikiem tego zgłoszenia; nie ma czego dodawać.',
  'stakeholder.already_inactive': '{name} jest już nieaktywny w tym zgłoszeniu; nie ma czego zmieniać.',
  'stakeholder.inactive': 'Nie można przekazać zgłoszenia od {name}, ponieważ nie jest już w nim aktywny; przekaż je od aktywnego uczestnika.',
  'stakeholder.hand_over_to_same': 'Nie można przekazać zgłoszenia od {name} do tego samego uczestnika; wybierz kogoś innego.',
  'stakeholder.last_assignee': 'Nie można dezaktywować {name}, ponieważ jest jedynym aktywnym przypisanym do tego zgłoszenia; przekaż zgłoszenie komuś innemu.',
  'ticket.already_closed': 'Zgłoszenie #{ticketId} jest już zamknięte. Aby zapisać inny wynik, ustaw zamiast tego inny zamknięty status.',
  'ticket.already_open': 'Zgłoszenie #{ticketId} jest już otwarte. Aby przenieść je do innego etapu, zmień jego status.',
  'ticket.duplicate_of_itself': 'Zgłoszenie #{ticketId} nie może być duplikatem samego siebie; wybierz zgłoszenie, którego jest powtórzeniem.',
  'ticket.change_type_not_allowed': 'Tylko osoby pracujące nad tym zgłoszeniem (jego przypisani uczestnicy) i administratorzy witryny mogą zmienić jego typ.',
  'stakeholder.not_found': 'Uczestnik #{stakeholderId} nie jest uczestnikiem tego zgłoszenia; wczytaj zgłoszenie ponownie i wybierz jednego z jego uczestników.',
  'namespace.too_many_statuses': 'Przestrzeń nazw może mieć maksymalnie {limit, plural, one {# status} few {# statusy} many {# statusów} other {# statusu}}.',
  'namespace.too_many_lifecycles':
    'Przestrzeń nazw może mieć maksymalnie {limit, plural, one {# cykl życia} few {# cykle życia} many {# cykli życia} other {# cyklu życia}}.',
  'status.not_found': 'Status #{statusId} nie istnieje w tej przestrzeni nazw.',
  'status.system_copy_removed':
    'Status #{statusId} to zdefiniowany przez system status „{systemStatus}”. Ta przestrzeń nazw używa własnych statusów i usunięto w niej kopię statusu „{systemStatus}”; wybierz jeden z jej obecnych statusów.',
  'status.reorder_empty': 'Podaj statusy, których kolejność chcesz zmienić.',
  'lifecycle.not_found': 'Cykl życia #{lifecycleId} nie istnieje w tej przestrzeni nazw.',
  'lifecycle.too_many_statuses': 'Cykl życia może mieć maksymalnie {limit, plural, one {# status} few {# statusy} many {# statusów} other {# statusu}}.',
  rate_limited:
    'Zbyt wiele żądań tego rodzaju; spróbuj ponownie za {retryAfterSeconds, plural, one {# sekundę} few {# sekundy} many {# sekund} other {# sekundy}}.',
};

export default pl;
