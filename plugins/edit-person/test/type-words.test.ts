// The type's words: every language the server speaks has every key, and the actions' refusals read
// in the reader's language, the phrase and the group they name included.
import type { Stakeholder, Viewer } from '@tickets/domain';
import type { ActionCheckContext } from '@tickets/plugin-kit';
import { refusalSentence, typeWords } from '@tickets/plugin-kit/server';
import { typeWordProblems } from '@tickets/plugin-kit/widget/testing';
import { describe, expect, it } from 'vitest';
import definition, { editPersonActions, type EditPersonStored } from '../src/index.js';
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

  it('names the type and its statuses in Spanish and Polish', () => {
    expect(typeWords(definition, server.words, ['es']).t('title')).toBe('Editar el perfil de un competidor');
    expect(typeWords(definition, server.words, ['pl']).t('title')).toBe('Edytuj profil zawodnika');
    expect(typeWords(definition, server.words, ['es']).status('Under review')).toBe('En revisión');
    expect(typeWords(definition, server.words, ['pl']).status('Applied')).toBe('Wprowadzone');
  });
});
