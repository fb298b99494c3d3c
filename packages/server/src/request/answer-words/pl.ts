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
  rate_limited:
    'Zbyt wiele żądań tego rodzaju; spróbuj ponownie za {retryAfterSeconds, plural, one {# sekundę} few {# sekundy} many {# sekund} other {# sekundy}}.',
};

export default pl;
