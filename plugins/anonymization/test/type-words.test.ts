// The type's words: every language the server speaks has every key, and what its actions did reads
// in the reader's language (the log keeps the English).
import { type ActionSaid, refuse, saying } from '@tickets/plugin-kit';
import { refusalSentence, saidSentence, typeWords } from '@tickets/plugin-kit/server';
import { typeWordProblems } from '@tickets/plugin-kit/widget/testing';
import { describe, expect, it } from 'vitest';
import ticketType from '../src/index.js';
import server, { describeAnonymization } from '../src/server/index.js';

/** What an action said it did, in en, es and pl. */
function inEachLanguage(said: ActionSaid) {
  return ['en', 'es', 'pl'].map((locale) => saidSentence(said, typeWords(ticketType, server.words, [locale])));
}

describe("anonymization: the type's words", () => {
  it('has every word in every language the server speaks', async () => {
    expect(await typeWordProblems(server)).toEqual([]);
  });

  it('names the type in Spanish and Polish', () => {
    expect(typeWords(ticketType, server.words, ['es']).t('title')).toBe('Anonimizar una cuenta');
    expect(typeWords(ticketType, server.words, ['pl']).t('title')).toBe('Anonimizuj konto');
  });

  it("says what anonymizing did in the reader's language, history entries counted in its plural", () => {
    expect(inEachLanguage(describeAnonymization({ userId: 2, userChanged: true, profile: { personId: 1, changed: true, historyRemoved: 2 } }))).toEqual([
      'Anonymized the account of user #2 and the competitor profile of person #1 (deleting its 2 history entries).',
      'Anonimizó la cuenta del usuario n.º 2 y el perfil de competidor de la persona n.º 1 (borrando sus 2 entradas del historial).',
      'Zanonimizowano konto użytkownika nr 2 i profil zawodnika osoby nr 1 (usunięto 2 wpisy historii).',
    ]);
    expect(inEachLanguage(describeAnonymization({ userId: 2, userChanged: false, profile: { personId: 1, changed: true, historyRemoved: 1 } }))).toEqual([
      'Anonymized the competitor profile of person #1 (deleting its 1 history entry). The account of user #2 was already anonymized.',
      'Anonimizó el perfil de competidor de la persona n.º 1 (borrando su única entrada del historial). La cuenta del usuario n.º 2 ya estaba anonimizada.',
      'Zanonimizowano profil zawodnika osoby nr 1 (usunięto 1 wpis historii). Konto użytkownika nr 2 było już zanonimizowane.',
    ]);
    expect(inEachLanguage(describeAnonymization({ userId: 2, userChanged: true, profile: { personId: 1, changed: true, historyRemoved: 5 } }))[2]).toBe(
      'Zanonimizowano konto użytkownika nr 2 i profil zawodnika osoby nr 1 (usunięto 5 wpisów historii).',
    );
    expect(inEachLanguage(describeAnonymization({ userId: 2, userChanged: false, profile: { personId: 1, changed: false, historyRemoved: 0 } }))).toEqual([
      'Nothing changed: the account of user #2 and the competitor profile of person #1 were already anonymized.',
      'No cambió nada: la cuenta del usuario n.º 2 y el perfil de competidor de la persona n.º 1 ya estaban anonimizados.',
      'Nic się nie zmieniło: konto użytkownika nr 2 i profil zawodnika osoby nr 1 były już zanonimizowane.',
    ]);
    expect(inEachLanguage(describeAnonymization({ userId: 6, userChanged: true, profile: { personId: null, changed: false, historyRemoved: 0 } }))).toEqual([
      'Anonymized the account of user #6. User #6 is not linked to a competitor profile, so no profile was anonymized.',
      'Anonimizó la cuenta del usuario n.º 6. El usuario n.º 6 no está vinculado a ningún perfil de competidor, así que no se anonimizó ningún perfil.',
      'Zanonimizowano konto użytkownika nr 6. Użytkownik nr 6 nie jest połączony z żadnym profilem zawodnika, więc nie zanonimizowano żadnego profilu.',
    ]);
  });

  it("says what refreshing the preview found in the reader's language, the list of fields as the log keeps it", () => {
    expect(inEachLanguage(saying('previewUnchanged', { userId: 9, profile: 'linked' }))).toEqual([
      'Read the directory again; the preview is unchanged.',
      'Volvió a leer el directorio; la vista previa no ha cambiado.',
      'Ponownie odczytano katalog; podgląd się nie zmienił.',
    ]);
    expect(inEachLanguage(saying('previewChanged', { userId: 9, profile: 'unlinked', fields: 'user #9: name, e-mail' }))).toEqual([
      'Read the directory again; the preview changed, and now lists: user #9: name, e-mail. User #9 is no longer linked to a competitor profile, so anonymizing will replace the account only.',
      'Volvió a leer el directorio; la vista previa cambió y ahora lista: user #9: name, e-mail. El usuario n.º 9 ya no está vinculado a ningún perfil de competidor, así que anonimizar sustituirá solo la cuenta.',
      'Ponownie odczytano katalog; podgląd się zmienił i teraz wymienia: user #9: name, e-mail. Użytkownik nr 9 nie jest już połączony z żadnym profilem zawodnika, więc anonimizacja zastąpi tylko konto.',
    ]);
    expect(inEachLanguage(saying('previewEmptied', { userId: 9, profile: 'linked' }))).toEqual([
      'Read the directory again; the preview changed, and now lists: nothing left to anonymize.',
      'Volvió a leer el directorio; la vista previa cambió y ya no queda nada por anonimizar.',
      'Ponownie odczytano katalog; podgląd się zmienił i nie zostało już nic do zanonimizowania.',
    ]);
  });

  it('says a rejection with its scope in the same language', () => {
    expect(inEachLanguage(saying('rejected', { userId: 2 }, { scope: 'scope.account' }))).toEqual([
      'Rejected the request to anonymize user #2 (account only).',
      'Rechazó la solicitud de anonimizar al usuario n.º 2 (solo la cuenta).',
      'Odrzucono wniosek o anonimizację użytkownika nr 2 (tylko konto).',
    ]);
    expect(inEachLanguage(saying('rejected', { userId: 2 }, { scope: 'scope.account_and_profile' }))[2]).toBe('Odrzucono wniosek o anonimizację użytkownika nr 2 (konto i profil).');
  });

  it("says its rules in the reader's language, the profiles linked before and now named or not", () => {
    const refusal = (name: string, values: Record<string, string>) => ['en', 'es', 'pl'].map((locale) => refusalSentence(refuse(name, values), typeWords(ticketType, server.words, [locale])));
    expect(refusal('profileLinkChanged', { userId: '6', now: 'none', was: '2' })).toEqual([
      "The account of user #6 is now linked to no competitor profile, but the preview was taken when it was linked to person #2; run 'Refresh the preview', check it, then anonymize.",
      'La cuenta del usuario n.º 6 ya no está vinculada a ningún perfil de competidor, pero la vista previa se tomó cuando estaba vinculada a la persona n.º 2; ejecuta «Actualizar la vista previa», revísala y después anonimiza.',
      'Konto użytkownika nr 6 nie jest teraz połączone z żadnym profilem zawodnika, ale podgląd powstał, gdy było połączone z osobą nr 2; uruchom „Odśwież podgląd”, sprawdź go, a potem anonimizuj.',
    ]);
    expect(refusal('profileLinkChanged', { userId: '6', now: '3', was: 'none' })[0]).toBe(
      "The account of user #6 is now linked to person #3, but the preview was taken when it was linked to no competitor profile; run 'Refresh the preview', check it, then anonymize.",
    );
    expect(refusal('userMissing', { userId: '12345' })).toEqual([
      'User #12345 is no longer in the directory; there is nothing to anonymize, so reject this request.',
      'El usuario n.º 12345 ya no está en el directorio; no hay nada que anonimizar, así que rechaza esta solicitud.',
      'Użytkownika nr 12345 nie ma już w katalogu; nie ma czego anonimizować, więc odrzuć ten wniosek.',
    ]);
  });
});
