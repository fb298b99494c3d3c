// The type's words: every language the server speaks has every key, and the actions' refusals and
// what they did read in the reader's language, the phrase and the group they name included.
import type { Stakeholder, Viewer } from '@tickets/domain';
import { type ActionCheckContext, type ActionSaid, refuse } from '@tickets/plugin-kit';
import { type ActionRunContext, type DirectoryPerson, type PluginDirectory, refusalSentence, saidSentence, typeWords } from '@tickets/plugin-kit/server';
import { typeWordProblems } from '@tickets/plugin-kit/widget/testing';
import { describe, expect, it } from 'vitest';
import definition, { editPersonActions, type EditPersonStored } from '../src/index.js';
import { staleListArgs } from '../src/server/effects/summary-values.js';
import server from '../src/server/index.js';

const ana: Viewer = { userId: 3, name: 'Ana Kowalska', isSiteAdmin: false, memberships: [{ kind: 'group', id: 1, name: 'WRT' }] };
const rita: Viewer = { userId: 2, name: 'Rita Lopes', isSiteAdmin: false, memberships: [] };
const ritaAsRequester: Stakeholder = { id: 1, principal: { kind: 'user', id: 2, name: 'Rita Lopes' }, connection: 'cc', role: 'requester', isActive: true };
const wrtAsActioner: Stakeholder = { id: 2, principal: { kind: 'group', id: 1, name: 'WRT' }, connection: 'assigned', role: 'actioner', isActive: true };
const stored: EditPersonStored = {
  personId: 1,
  wcaId: '2019LOPE01',
  fields: [{ field: 'gender', oldValue: 'f', newValue: 'o' }],
  proofUrl: null,
  profileVersion: '2026-01-01T00:00:00.000Z',
  rejectionReason: null,
  appliedAs: null,
};

/** Why `viewer`, acting as `actingAs`, may not run `action`, in `locale`. */
function refusal(action: keyof typeof editPersonActions, viewer: Viewer, actingAs: Stakeholder, locale: string): string {
  const context: ActionCheckContext<EditPersonStored> = {
    viewer,
    actingAs,
    stakeholders: [ritaAsRequester, wrtAsActioner],
    ticket: { id: 42, state: 'open', status: { id: 1001, name: 'Requested', category: 'triage' } },
    metadata: stored,
  };
  const verdict = editPersonActions[action].can(context);
  if (verdict === true) throw new Error(`${action} is allowed`);
  return refusalSentence(verdict, typeWords(definition, server.words, [locale]));
}

/** What an action run by the team on `metadata`, against the profile `person`, says it did. */
async function said<Input>(
  effect: (context: ActionRunContext<EditPersonStored, Input>) => Promise<{ summary: ActionSaid | null }>,
  metadata: EditPersonStored,
  input: Input,
  person: DirectoryPerson,
): Promise<ActionSaid> {
  const directory = { person: async () => person, updatePerson: async () => person } as Partial<PluginDirectory> as PluginDirectory;
  const ticket: ActionCheckContext<EditPersonStored>['ticket'] = { id: 42, state: 'open', status: { id: 1002, name: 'Under review', category: 'to_do' } };
  // The effects here read the profile only through the directory, never the database.
  const db = undefined as never;
  const { summary } = await effect({ viewer: ana, actingAs: wrtAsActioner, stakeholders: [ritaAsRequester, wrtAsActioner], ticket, metadata, input, db, directory, now: '2026-02-01T00:00:00.000Z' });
  if (!summary) throw new Error('said nothing');
  return summary;
}

/** A summary in English, Spanish and Polish. */
function inEachLanguage(summary: ActionSaid): string[] {
  return ['en', 'es', 'pl'].map((locale) => saidSentence(summary, typeWords(definition, server.words, [locale])));
}

// Marie asks for her full name and the date of birth her profile lacks.
const marie: DirectoryPerson = { id: 1, wcaId: '2019CURI01', name: 'Marie Curie', countryIso2: 'FR', dateOfBirth: null, gender: 'f', updatedAt: '2026-01-01T00:00:00.000Z' };
const request: EditPersonStored = {
  ...stored,
  wcaId: '2019CURI01',
  fields: [
    { field: 'name', oldValue: 'Marie Curie', newValue: 'Maria Skłodowska-Curie' },
    { field: 'dateOfBirth', oldValue: null, newValue: '1867-11-07' },
  ],
};

describe("edit-person: the type's words", () => {
  it('has every word in every language the server speaks', async () => {
    expect(await typeWordProblems(server)).toEqual([]);
  });

  it('says its refusals in English as before, and in Spanish and Polish', () => {
    expect(refusal('applyAsFix', rita, ritaAsRequester, 'en')).toBe('Only members of WRT can apply a change.');
    expect(refusal('applyAsFix', rita, ritaAsRequester, 'es')).toBe('Solo los miembros de WRT pueden aplicar un cambio.');
    expect(refusal('applyAsFix', rita, ritaAsRequester, 'pl')).toBe('Tylko członkowie WRT mogą zastosować zmianę.');
    expect(refusal('withdraw', ana, wrtAsActioner, 'en')).toBe('Only the requester can withdraw this request.');
    expect(refusal('withdraw', ana, wrtAsActioner, 'es')).toBe('Solo quien hizo la petición puede retirar esta solicitud.');
    expect(refusal('withdraw', ana, wrtAsActioner, 'pl')).toBe('Tylko wnioskodawca może wycofać ten wniosek.');
  });

  it("says its rules' refusals in English as before, and in Spanish and Polish", () => {
    const inEach = (name: string, values: Record<string, string | number>) =>
      ['en', 'es', 'pl'].map((locale) => refusalSentence(refuse(name, values), typeWords(definition, server.words, [locale])));
    // Two fields out of sync, one of them not set in the profile any more.
    const stale = staleListArgs([
      { field: 'name', now: 'Marie S. Curie', was: 'Marie Curie' },
      { field: 'dateOfBirth', now: null, was: '1867-11-07' },
    ]);
    expect(inEach('outOfSync', stale)).toEqual([
      "The profile is out of sync with this request: it changed since the old values were taken (the name is now 'Marie S. Curie', not 'Marie Curie' and the date of birth is now not set, not '1867-11-07'). Sync the old values first, check the request again, then apply it.",
      'El perfil no coincide con esta solicitud: cambió desde que se tomaron los valores antiguos (el nombre ahora es «Marie S. Curie», no «Marie Curie» y la fecha de nacimiento ahora es (sin valor), no «1867-11-07»). Sincroniza primero los valores antiguos, vuelve a revisar la solicitud y después aplícala.',
      'Profil nie zgadza się z tym wnioskiem: zmienił się od odczytania starych wartości (imię i nazwisko to teraz „Marie S. Curie”, a nie „Marie Curie” oraz data urodzenia to teraz (brak wartości), a nie „1867-11-07”). Najpierw odśwież stare wartości, ponownie sprawdź wniosek, a potem go zastosuj.',
    ]);
    expect(inEach('currentValue', { field: 'dateOfBirth', value: '1990-01-31', valueIs: 'set' })).toEqual([
      "'1990-01-31' is the profile's current date of birth; drop the field instead.",
      '«1990-01-31» es la fecha de nacimiento que ya tiene el perfil; quita el campo en su lugar.',
      '„1990-01-31” to obecna data urodzenia w profilu; zamiast tego usuń to pole.',
    ]);
    expect(inEach('notRequested', { field: 'dateOfBirth' })).toEqual([
      'Date of birth is not part of this request; add it instead.',
      'La fecha de nacimiento no forma parte de esta solicitud; añade el campo en su lugar.',
      'Daty urodzenia nie ma w tym wniosku; zamiast tego dodaj to pole.',
    ]);
    expect(inEach('sameValue', { field: 'name', value: 'Rita Silva', valueIs: 'set' })).toEqual([
      "'Rita Silva' is already the requested name.",
      '«Rita Silva» ya es el nombre solicitado.',
      '„Rita Silva” to już wnioskowane imię i nazwisko.',
    ]);
  });

  it('says what its actions did in English as before, and in Spanish and Polish', async () => {
    expect(inEachLanguage(await said(server.effects.applyAsUpdate, request, {}, marie))).toEqual([
      "Applied the change to 2019CURI01 as an update: name from 'Marie Curie' to 'Maria Skłodowska-Curie' and date of birth from not set to '1867-11-07'. The previous values are kept in the person's history.",
      'Aplicó el cambio al perfil 2019CURI01 como actualización: nombre de «Marie Curie» a «Maria Skłodowska-Curie» y fecha de nacimiento de (sin valor) a «1867-11-07». Los valores antiguos quedan en el historial de la persona.',
      'Zastosowano zmianę w profilu 2019CURI01 jako aktualizację: imię i nazwisko z „Marie Curie” na „Maria Skłodowska-Curie” oraz data urodzenia z (brak wartości) na „1867-11-07”. Stare wartości zostają w historii osoby.',
    ]);
    // The profile took the new name elsewhere: the sync says so, and that it already has it.
    const renamed: DirectoryPerson = { ...marie, name: 'Maria Skłodowska-Curie', updatedAt: '2026-01-15T00:00:00.000Z' };
    expect(inEachLanguage(await said(server.effects.syncOldValues, request, {}, renamed))).toEqual([
      "Synced the old values with the profile: name from 'Marie Curie' to 'Maria Skłodowska-Curie'. The profile already has the requested name.",
      'Sincronizó los valores antiguos con el perfil: nombre de «Marie Curie» a «Maria Skłodowska-Curie». El perfil ya tiene el valor solicitado para el nombre.',
      'Odświeżono stare wartości na podstawie profilu: imię i nazwisko z „Marie Curie” na „Maria Skłodowska-Curie”. Profil ma już wnioskowaną wartość w polu: imię i nazwisko.',
    ]);
    // A field is named in the form the sentence needs ('datę', 'la fecha … solicitada').
    expect(inEachLanguage(await said(server.effects.editField, request, { field: 'dateOfBirth', newValue: '1867-11-08' }, marie))).toEqual([
      "Changed the requested date of birth from '1867-11-07' to '1867-11-08'.",
      'Cambió la fecha de nacimiento solicitada de «1867-11-07» a «1867-11-08».',
      'Zmieniono wnioskowaną datę urodzenia z „1867-11-07” na „1867-11-08”.',
    ]);
    expect(inEachLanguage(await said(server.effects.withdraw, request, { reason: 'I asked by mistake' }, marie))).toEqual([
      'Withdrew the request: I asked by mistake.',
      'Retiró la solicitud: I asked by mistake.',
      'Wycofano wniosek: I asked by mistake.',
    ]);
  });

  it('names the type and its statuses in Spanish and Polish', () => {
    expect(typeWords(definition, server.words, ['es']).t('title')).toBe('Editar el perfil de un competidor');
    expect(typeWords(definition, server.words, ['pl']).t('title')).toBe('Edytuj profil zawodnika');
    expect(typeWords(definition, server.words, ['es']).status('Under review')).toBe('En revisión');
    expect(typeWords(definition, server.words, ['pl']).status('Applied')).toBe('Wprowadzone');
  });
});
