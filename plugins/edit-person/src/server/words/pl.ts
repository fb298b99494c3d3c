// The edit-person type's words in Polish: every key its definition gives in English (englishTypeWords). ICU MessageFormat.
import type { Messages } from '@tickets/plugin-kit/server';
import { PERSON_FIELDS, PERSON_NAME_MAX_LENGTH } from '../../person-field-names.js';
import { byCount, type FieldForms, fieldSelect, listed, valueSelect, type ValueStyle } from '../../summary-words.js';

// What the log says the actions did is built from these (summary-words.ts): a field in the case the
// sentence needs, a value in Polish quotes. The sentences are impersonal ('Dodano …'): the log does
// not know the actor's gender.
const FIELD: FieldForms = { name: 'imię i nazwisko', countryIso2: 'kraj', dateOfBirth: 'data urodzenia', gender: 'płeć' };
const FIELD_ACCUSATIVE: FieldForms = { name: 'imię i nazwisko', countryIso2: 'kraj', dateOfBirth: 'datę urodzenia', gender: 'płeć' };
const FIELD_GENITIVE: FieldForms = { name: 'imienia i nazwiska', countryIso2: 'kraju', dateOfBirth: 'daty urodzenia', gender: 'płci' };
const REQUESTED_FIELD_ACCUSATIVE: FieldForms = {
  name: 'wnioskowane imię i nazwisko',
  countryIso2: 'wnioskowany kraj',
  dateOfBirth: 'wnioskowaną datę urodzenia',
  gender: 'wnioskowaną płeć',
};
const VALUE: ValueStyle = { open: '„', close: '”', unset: '(brak wartości)' };
// The refusals of its own rules: a field as it starts a sentence, in the case the sentence needs.
const FIELD_STARTING: FieldForms = { name: 'Imię i nazwisko', countryIso2: 'Kraj', dateOfBirth: 'Data urodzenia', gender: 'Płeć' };
const FIELD_GENITIVE_STARTING: FieldForms = { name: 'Imienia i nazwiska', countryIso2: 'Kraju', dateOfBirth: 'Daty urodzenia', gender: 'Płci' };
const REQUESTED_FIELD: FieldForms = { name: 'wnioskowane imię i nazwisko', countryIso2: 'wnioskowany kraj', dateOfBirth: 'wnioskowana data urodzenia', gender: 'wnioskowana płeć' };
const CURRENT_FIELD: FieldForms = { name: 'obecne imię i nazwisko', countryIso2: 'obecny kraj', dateOfBirth: 'obecna data urodzenia', gender: 'obecna płeć' };
const OUT_OF_SYNC = byCount(
  'count',
  (items) => listed(items, ' oraz '),
  (i) => `${fieldSelect(`field${i}`, FIELD)} to teraz ${valueSelect(`now${i}`, VALUE)}, a nie ${valueSelect(`was${i}`, VALUE)}`,
);
const PROOF_REQUIRED = 'Dodaj link do dowodu (np. skanu dokumentu tożsamości), gdy zmieniasz imię i nazwisko, kraj lub datę urodzenia.';
// 'oraz' joins the last item: 'imię i nazwisko i kraj' would blur where the name ends.
const CHANGES = byCount('count', (items) => listed(items, ' oraz '), (i) => `${fieldSelect(`field${i}`, FIELD)} z ${valueSelect(`from${i}`, VALUE)} na ${valueSelect(`to${i}`, VALUE)}`);
const ALREADY_THERE = byCount(
  'alreadyCount',
  (items) => (items.length === 1 ? ` Profil ma już wnioskowaną wartość w polu: ${items[0]}.` : ` Profil ma już wnioskowane wartości w polach: ${listed(items, ' oraz ')}.`),
  (i) => fieldSelect(`already${i}`, FIELD),
  '',
);

export default {
  title: 'Edytuj profil zawodnika',
  description: 'Osoba prosi o poprawienie swojego profilu (imię i nazwisko, kraj, data urodzenia, płeć); Zespół Wyników sprawdza zmianę i ją wprowadza.',
  'action.addField.title': 'Dodaj pole',
  'action.addField.description': 'Poproś o zmianę jeszcze jednego pola; jego obecna wartość zostanie odczytana z profilu.',
  'action.editField.title': 'Edytuj pole',
  'action.editField.description': 'Zmień nową wartość wnioskowaną dla pola.',
  'action.dropField.title': 'Usuń pole',
  'action.dropField.description': 'Pomiń pole w zmianie.',
  'action.syncOldValues.title': 'Odśwież stare wartości',
  'action.syncOldValues.description': 'Odczytaj ponownie obecne wartości z profilu, jeśli zmienił się od złożenia wniosku.',
  'action.applyAsFix.title': 'Zastosuj jako poprawkę',
  'action.applyAsFix.description': 'Popraw błąd w profilu: stare wartości nigdy nie były prawdziwe, więc historia nie jest zachowywana.',
  'action.applyAsUpdate.title': 'Zastosuj jako aktualizację',
  'action.applyAsUpdate.description': 'Zapisz rzeczywistą zmianę (np. nowe nazwisko): stare wartości zostają w historii osoby.',
  'action.reject.title': 'Odrzuć',
  'action.reject.description': 'Odrzuć zmianę, podając powód.',
  'action.withdraw.title': 'Wycofaj wniosek',
  'action.withdraw.description': 'Wnioskodawca nie chce już tej zmiany.',
  'status.Requested': 'Złożone',
  'status.Under review': 'W trakcie weryfikacji',
  'status.Applied': 'Wprowadzone',
  'status.Rejected': 'Odrzucone',
  'status.Duplicate': 'Duplikat',
  'refusal.onlyRequester': 'Tylko wnioskodawca może {doing}.',
  'refusal.noProfile': 'Twoje konto nie jest powiązane z profilem zawodnika; wskaż, który profil zmienić.',
  'refusal.notYourProfile': 'Możesz prosić o zmianę tylko własnego profilu zawodnika; członkowie WRT i administratorzy serwisu mogą złożyć wniosek o zmianę cudzego profilu.',
  'refusal.unknownProfile': 'Nie ma profilu zawodnika #{personId}.',
  'refusal.proofRequired': PROOF_REQUIRED,
  'refusal.alreadyInProfile': `${fieldSelect('field', FIELD_STARTING)} w profilu to już ${valueSelect('value', VALUE)}; pomiń to pole.`,
  'refusal.notRequested': `${fieldSelect('field', FIELD_GENITIVE_STARTING)} nie ma w tym wniosku; zamiast tego dodaj to pole.`,
  'refusal.alreadyRequested': `${fieldSelect('field', FIELD_STARTING)} jest już w tym wniosku; zamiast tego edytuj to pole.`,
  'refusal.nothingToChange': `${fieldSelect('field', FIELD_STARTING)} w profilu to już ${valueSelect('value', VALUE)}; nie ma czego zmieniać.`,
  'refusal.sameValue': `${valueSelect('value', VALUE)} to już ${fieldSelect('field', REQUESTED_FIELD)}.`,
  'refusal.currentValue': `${valueSelect('value', VALUE)} to ${fieldSelect('field', CURRENT_FIELD)} w profilu; zamiast tego usuń to pole.`,
  'refusal.lastField': `${fieldSelect('field', FIELD_STARTING)} to jedyne pole tego wniosku; zamiast je usuwać, odrzuć wniosek.`,
  'refusal.outOfSync': `Profil nie zgadza się z tym wnioskiem: zmienił się od odczytania starych wartości (${OUT_OF_SYNC}). Najpierw odśwież stare wartości, ponownie sprawdź wniosek, a potem go zastosuj.`,
  'refusal.profileGone': 'Profilu zawodnika {wcaId} nie ma już w bazie; odrzuć wniosek.',
  'doing.addField': 'dodać pole do zmiany profilu',
  'doing.editField': 'edytować wnioskowane pole',
  'doing.dropField': 'usunąć wnioskowane pole',
  'doing.syncOldValues': 'odświeżyć stare wartości',
  'doing.applyChange': 'zastosować zmianę',
  'doing.reject': 'odrzucić zmianę',
  'doing.withdraw': 'wycofać ten wniosek',
  'change.fields.name': 'wnioskowane imię i nazwisko',
  'change.fields.name.newValue': 'wnioskowane imię i nazwisko',
  'change.fields.name.oldValue': 'poprzednie imię i nazwisko',
  'change.fields.countryIso2': 'wnioskowany kraj',
  'change.fields.countryIso2.newValue': 'wnioskowany kraj',
  'change.fields.countryIso2.oldValue': 'poprzedni kraj',
  'change.fields.dateOfBirth': 'wnioskowana data urodzenia',
  'change.fields.dateOfBirth.newValue': 'wnioskowana data urodzenia',
  'change.fields.dateOfBirth.oldValue': 'poprzednia data urodzenia',
  'change.fields.gender': 'wnioskowana płeć',
  'change.fields.gender.newValue': 'wnioskowana płeć',
  'change.fields.gender.oldValue': 'poprzednia płeć',
  'change.profileVersion': 'wersja profilu',
  'change.rejectionReason': 'powód odrzucenia',
  'moveIn.field.label': 'Dane do zmiany',
  'moveIn.field.choice.name': 'Imię i nazwisko',
  'moveIn.field.choice.countryIso2': 'Kraj',
  'moveIn.field.choice.dateOfBirth': 'Data urodzenia',
  'moveIn.field.choice.gender': 'Płeć',
  'moveIn.newValue.label': 'Nowa wartość',
  'moveIn.proofUrl.label': 'Link do dowodu',
  'moveIn.proofUrl.hint': 'Wymagany przy imieniu i nazwisku, kraju lub dacie urodzenia, chyba że przenosi to zespół wyników.',
  'summary.addedField': `Dodano do wniosku zmianę ${fieldSelect('field', FIELD_GENITIVE)} z ${valueSelect('from', VALUE)} na ${valueSelect('to', VALUE)}.`,
  'summary.editedField': `Zmieniono ${fieldSelect('field', REQUESTED_FIELD_ACCUSATIVE)} z ${valueSelect('from', VALUE)} na ${valueSelect('to', VALUE)}.`,
  'summary.droppedField': `Usunięto z wniosku ${fieldSelect('field', FIELD_ACCUSATIVE)}.`,
  'summary.alreadyApplied': 'Profil {wcaId} miał już wszystkie wnioskowane wartości; nie trzeba było niczego zmieniać.',
  'summary.applied': `Zastosowano zmianę w profilu {wcaId} jako {mode, select, fix {poprawkę} other {aktualizację}}: ${CHANGES}.{mode, select, update { Stare wartości zostają w historii osoby.} other {}}`,
  'summary.alreadySynced': 'Stare wartości były już zgodne z profilem; nic się nie zmieniło.',
  'summary.synced': `Odświeżono stare wartości na podstawie profilu: ${CHANGES}.${ALREADY_THERE}`,
  'summary.profileChangedElsewhere': `Profil zmieniono poza wnioskiem, ale wnioskowane pola nadal mają stare wartości.${ALREADY_THERE}`,
  'summary.rejected': 'Odrzucono wniosek: {reason}',
  'summary.withdrew': 'Wycofano wniosek.',
  'summary.withdrewWithReason': 'Wycofano wniosek: {reason}',
  'invalid.personIdWhole': 'Identyfikator osoby to liczba całkowita.',
  'invalid.personIdPositive': 'Identyfikator osoby to liczba dodatnia.',
  'invalid.personIdTooLarge': 'Nie ma takiego identyfikatora osoby: jest za duży.',
  'invalid.changesAtLeastOne': 'Poproś o co najmniej jedną zmianę.',
  'invalid.proofNotALink': 'Dowód to link do dokumentu zaczynający się od https://.',
  'invalid.proofRequired': PROOF_REQUIRED,
  ...Object.fromEntries(PERSON_FIELDS.map((field) => [`invalid.${field}ListedTwice`, `${FIELD_STARTING[field]} występuje dwa razy; podaj każde pole tylko raz.`])),
  'invalid.fieldUnknown': `Pole to jedno z: ${PERSON_FIELDS.join(', ')}.`,
  'invalid.newValueText': 'Podaj nową wartość jako tekst.',
  'invalid.nameEmpty': 'Imię i nazwisko musi mieć co najmniej jeden znak.',
  'invalid.nameTooLong': `Imię i nazwisko może mieć co najwyżej ${PERSON_NAME_MAX_LENGTH} znaków.`,
  'invalid.countryCode': 'Kraj podaje się jako dwuliterowy kod ISO wielkimi literami, np. „PT”.',
  'invalid.dateOfBirthFormat': 'Datę urodzenia zapisuje się jako RRRR-MM-DD, np. „1998-04-12”.',
  'invalid.dateNotInCalendar': 'Taka data nie istnieje w kalendarzu.',
  'invalid.dateOfBirthInFuture': 'Data urodzenia nie może być w przyszłości.',
  'invalid.genderCode': 'Płeć to „m” (mężczyzna), „f” (kobieta) lub „o” (inna).',
  'invalid.withdrawalTooLong': 'Powód może mieć co najwyżej 500 znaków.',
} satisfies Messages;
