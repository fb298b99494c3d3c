import type { Messages } from '@tickets/plugin-kit/server';
import { type AnswerKey, FIELD_LIMITS } from './en.js';
/** "32 znaki", "255 znaków": a limit of characters with the noun in its Polish plural form. */
function characters(limit: number): string {
  const form = new Intl.PluralRules('pl').select(limit);
  return `${limit.toLocaleString('pl')} ${form === 'one' ? 'znak' : form === 'few' ? 'znaki' : 'znaków'}`;
}


const pl: Messages<AnswerKey> = {
  'invalid.titleEmpty': 'Zgłoszenie musi mieć tytuł.',
  'invalid.titleTooLong': `Tytuł może mieć najwyżej ${characters(FIELD_LIMITS.title)}.`,
  'invalid.titleControl': 'Tytuł nie może zawierać znaków sterujących (takich jak podziały wierszy, tabulatory czy sekwencje sterujące terminala).',
  'invalid.titleBidi': 'Tytuł nie może zawierać znaków, które odwracają lub izolują kierunek tekstu (U+202A–U+202E, U+2066–U+2069).',
  'invalid.titleInvisible': 'Tytuł musi zawierać widoczne znaki, a nie tylko spacje czy znaki niewidoczne.',
  'invalid.commentNotText': 'Komentarz to tekst.',
  'invalid.commentEmpty': 'Komentarz nie może być pusty; napisz coś przed wysłaniem.',
  'invalid.commentTooLong': `Komentarz może mieć najwyżej ${characters(FIELD_LIMITS.comment)}; skróć go albo podziel na kilka komentarzy.`,
  'invalid.statusNameEmpty': 'Nazwa statusu nie może być pusta.',
  'invalid.statusNameTooLong': `Nazwa statusu może mieć najwyżej ${characters(FIELD_LIMITS.statusName)}.`,
  'invalid.statusNameControl': 'Nazwa statusu nie może zawierać znaków sterujących (takich jak podziały wierszy czy tabulatory).',
  'invalid.statusNameQuoted': 'Nazwa statusu nie może zaczynać się ani kończyć cudzysłowem ani grawisem.',
  'invalid.statusDescriptionTooLong': `Opis statusu może mieć najwyżej ${characters(FIELD_LIMITS.statusDescription)}.`,
  'invalid.colour': 'Kolor zapisuje się jako #rrggbb, na przykład #1f75cb.',
  'invalid.lifecycleNameEmpty': 'Nazwa cyklu życia nie może być pusta.',
  'invalid.lifecycleNameTooLong': `Nazwa cyklu życia może mieć najwyżej ${characters(FIELD_LIMITS.lifecycleName)}.`,
  'invalid.lifecycleNameControl': 'Nazwa cyklu życia nie może zawierać znaków sterujących.',
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
  'status.name_taken': 'Ta przestrzeń nazw ma już status o nazwie „{name}” (przy porównywaniu nazw wielkość liter nie ma znaczenia). Wybierz inną nazwę.',
  'status.system_defined': 'Status „{name}” jest zdefiniowany przez system. Najpierw przełącz przestrzeń nazw na własne statusy, a potem edytuj jego kopię.',
  'status.default_category_change': 'Nie można przenieść statusu „{name}” do kategorii {category, select, triage {Selekcja} to_do {Do zrobienia} in_progress {W toku} done {Zrobione} other {Anulowane}}, ponieważ jest on domyślnym statusem dla {role, select, open {otwartych} closed {zamkniętych} other {duplikatów}} w cyklu życia „{lifecycleName}”. Najpierw wybierz inny domyślny status dla {role, select, open {otwartych} closed {zamkniętych} other {duplikatów}} w tym cyklu życia.',
  'status.state_change_in_use': 'Nie można przenieść statusu „{name}” do kategorii {category, select, triage {Selekcja} to_do {Do zrobienia} in_progress {W toku} done {Zrobione} other {Anulowane}}: {ticketsUsingIt, plural, one {używa go # zgłoszenie, które zostałoby {to, select, open {ponownie otwarte} other {zamknięte}}} few {używają go # zgłoszenia, które zostałyby {to, select, open {ponownie otwarte} other {zamknięte}}} many {używa go # zgłoszeń, które zostałyby {to, select, open {ponownie otwarte} other {zamknięte}}} other {używa go # zgłoszenia, które zostałyby {to, select, open {ponownie otwarte} other {zamknięte}}}}. Zamiast tego utwórz {to, select, open {otwarty} other {zamknięty}} status, przenieś do niego zgłoszenia, a potem usuń „{name}”.',
  'status.reorder_mixed_categories': "Zmieniaj kolejność statusów jednej kategorii naraz: ''{name}'' należy do kategorii {category, select, triage {Selekcja} to_do {Do zrobienia} in_progress {W toku} done {Zrobione} other {Anulowane}}, ale {others} {otherCount, plural, one {należy do innej kategorii} few {należą do innych kategorii} many {należą do innych kategorii} other {należą do innych kategorii}}.",
  'status_removal.in_use': 'Nie można usunąć statusu „{name}”{scope, select, lifecycle { z cyklu życia} other {}}, ponieważ jest używany, a nie wskazano, do którego statusu przenieść jego zgłoszenia.',
  'status_removal.default_is_removed': 'Status „{name}” nie może być domyślnym statusem dla {role, select, open {otwartych} closed {zamkniętych} other {duplikatów}} w cyklu życia „{lifecycleName}”, ponieważ jest usuwany. Wybierz inny domyślny status dla {role, select, open {otwartych} closed {zamkniętych} other {duplikatów}}.',
  'status_removal.default_without_successor': 'Nie można usunąć statusu „{name}” z cyklu życia „{lifecycleName}”, ponieważ jest jego domyślnym statusem dla {role, select, open {otwartych} closed {zamkniętych} other {duplikatów}}. Najpierw wybierz inny domyślny status dla {role, select, open {otwartych} closed {zamkniętych} other {duplikatów}} (z kategorii {role, select, open {Selekcja, Do zrobienia lub W toku} other {Zrobione lub Anulowane}}).',
  'status_removal.mapping_not_in_lifecycle': 'Nie można przenieść zgłoszeń ze statusu „{name}” do statusu #{mapping}, ponieważ nie należy on do cyklu życia „{lifecycleName}”.{choiceCount, plural, =0 {} one { Wybierz „{choices}”.} few { Wybierz jeden z tych statusów: {choices}.} many { Wybierz jeden z tych statusów: {choices}.} other { Wybierz jeden z tych statusów: {choices}.}}',
  'status_removal.mapping_to_itself': 'Nie można przenieść zgłoszeń ze statusu „{name}” do tego samego statusu, ponieważ jest on usuwany.{choiceCount, plural, =0 {} one { Wybierz „{choices}”.} few { Wybierz jeden z tych statusów: {choices}.} many { Wybierz jeden z tych statusów: {choices}.} other { Wybierz jeden z tych statusów: {choices}.}}',
  'status_removal.mapping_state_mismatch': 'Nie można przenieść zgłoszeń ze statusu „{name}” ({category, select, triage {Selekcja} to_do {Do zrobienia} in_progress {W toku} done {Zrobione} other {Anulowane}}) do „{targetName}” ({targetCategory, select, triage {Selekcja} to_do {Do zrobienia} in_progress {W toku} done {Zrobione} other {Anulowane}}): zostałyby {to, select, open {ponownie otwarte} other {zamknięte}}. Przenieś je do innego {from, select, open {otwartego} other {zamkniętego}} statusu.{choiceCount, plural, =0 {} one { Wybierz „{choices}”.} few { Wybierz jeden z tych statusów: {choices}.} many { Wybierz jeden z tych statusów: {choices}.} other { Wybierz jeden z tych statusów: {choices}.}}',
  'lifecycle.name_taken': 'Cykle życia „{lifecycleName}” i „{otherLifecycleName}” mają tę samą nazwę (przy porównywaniu nazw wielkość liter nie ma znaczenia). Zmień nazwę jednego z nich.',
  'lifecycle.in_use': "Nie można usunąć cyklu życia ''{lifecycleName}'', ponieważ {typeCount, plural, one {korzysta z niego typ zgłoszenia {types}. Najpierw przypisz go} few {korzystają z niego typy zgłoszeń {types}. Najpierw przypisz je} many {korzystają z niego typy zgłoszeń {types}. Najpierw przypisz je} other {korzystają z niego typy zgłoszeń {types}. Najpierw przypisz je}} do innego cyklu życia.",
  'lifecycle.is_default': 'Nie można usunąć cyklu życia „{lifecycleName}”, ponieważ jest domyślnym cyklem życia tej przestrzeni nazw: korzystają z niego wszystkie typy zgłoszeń, którym nie przypisano innego cyklu życia.',
  'transition.not_allowed': "{rule, select, final {Zgłoszenie w statusie ''{fromStatus}'' nie może przejść do ''{toStatus}''; z tego statusu nie może przejść do żadnego innego.} no_path {Zgłoszenie w statusie ''{fromStatus}'' nie może przejść do ''{toStatus}''; może przejść do: {choices}.} other {{movedBy, select, group {Tylko {movers} może przenieść to zgłoszenie ze statusu ''{fromStatus}'' do ''{toStatus}''.} requester {Tylko zgłaszający może przenieść to zgłoszenie ze statusu ''{fromStatus}'' do ''{toStatus}''.} actioner {Tylko realizujący może przenieść to zgłoszenie ze statusu ''{fromStatus}'' do ''{toStatus}''.} assigned {Tylko przypisany uczestnik może przenieść to zgłoszenie ze statusu ''{fromStatus}'' do ''{toStatus}''.} cc {Tylko uczestnik dodany jako dw może przenieść to zgłoszenie ze statusu ''{fromStatus}'' do ''{toStatus}''.} bcc {Tylko uczestnik dodany jako udw może przenieść to zgłoszenie ze statusu ''{fromStatus}'' do ''{toStatus}''.} other {Tylko określeni uczestnicy mogą przenieść to zgłoszenie ze statusu ''{fromStatus}'' do ''{toStatus}'', a nie działasz jako żaden z nich.}}}}",
  'stakeholder.acting_as_required': 'Możesz działać w tym zgłoszeniu jako jeden z tych uczestników: {actableAs}; wybierz, jako który działasz.',
  'stakeholder.not_a_member': 'Nie możesz działać w imieniu {name}, ponieważ {principalKind, select, user {nie jesteś użytkownikiem {name}} other {nie jesteś jego członkiem}}.{choiceCount, plural, =0 {} one { Możesz działać jako {actableAs}.} few { Możesz działać jako jeden z nich: {actableAs}.} many { Możesz działać jako jeden z nich: {actableAs}.} other { Możesz działać jako jeden z nich: {actableAs}.}}',
  'stakeholder.acting_as_inactive': '{name} nie jest już aktywny w tym zgłoszeniu; działać mogą tylko aktywni uczestnicy.{choiceCount, plural, =0 {} one { Możesz działać jako {actableAs}.} few { Możesz działać jako jeden z nich: {actableAs}.} many { Możesz działać jako jeden z nich: {actableAs}.} other { Możesz działać jako jeden z nich: {actableAs}.}}',
  'stakeholder.cannot_act': '{reason, select, inactive {Możesz czytać to zgłoszenie, ale nie możesz w nim działać, ponieważ {inactive, select, you {nie jesteś już w nim aktywny} you_and_others {nie jesteś już w nim aktywny, podobnie jak {inactiveNames}} other {{inactiveCount, plural, one {{inactiveNames} nie jest już w nim aktywny} few {{inactiveNames} nie są już w nim aktywni} many {{inactiveNames} nie są już w nim aktywni} other {{inactiveNames} nie są już w nim aktywni}}}}; poproś jednego z jego aktywnych uczestników, aby ponownie cię dodał.} other {Nie jesteś uczestnikiem tego zgłoszenia, więc nie możesz w nim działać; {advice, select, join_as_bcc {jako administrator witryny najpierw dołącz do niego jako uczestnik udw} other {poproś jednego z jego uczestników, aby cię dodał}}.}}',
  rate_limited:
    'Zbyt wiele żądań tego rodzaju; spróbuj ponownie za {retryAfterSeconds, plural, one {# sekundę} few {# sekundy} many {# sekund} other {# sekundy}}.',
};

export default pl;
