// The type's words: every language the server speaks has every key, and the posting steps' refusals
// read in the reader's language, the step they name included.
import type { Stakeholder, Viewer } from '@tickets/domain';
import type { ActionCheckContext } from '@tickets/plugin-kit';
import { refusalSentence, typeWords } from '@tickets/plugin-kit/server';
import { typeWordProblems } from '@tickets/plugin-kit/widget/testing';
import { describe, expect, it } from 'vitest';
import definition, { type CompetitionResultStored, competitionResultActions } from '../src/index.js';
import server from '../src/server/index.js';

const ana: Viewer = { userId: 3, name: 'Ana Kowalska', isSiteAdmin: false, memberships: [{ kind: 'group', id: 1, name: 'WRT' }] };
const ben: Viewer = { userId: 4, name: 'Ben Okafor', isSiteAdmin: false, memberships: [{ kind: 'group', id: 1, name: 'WRT' }] };
const stored: CompetitionResultStored = {
  competitionId: 1,
  competitionName: 'Porto Open 2026',
  results: 412,
  scrambles: 36,
  newcomers: ['Maria Newcomer'],
  note: null,
  submissions: 1,
  lock: { userId: ana.userId, name: ana.name, since: '2026-05-04T10:00:00Z' },
  done: [],
  warnings: [],
  wcaIds: [],
  abortReason: null,
};
const wrt: Stakeholder = { id: 2, principal: { kind: 'group', id: 1, name: 'WRT' }, connection: 'assigned', role: 'actioner', isActive: true };
const check = (viewer: Viewer): ActionCheckContext<CompetitionResultStored> => ({
  viewer,
  actingAs: wrt,
  stakeholders: [],
  ticket: { id: 7, state: 'open', status: { id: 1002, name: 'Locked for posting', category: 'in_progress' } },
  metadata: stored,
});

/** Why `action` is refused to `viewer`, in `locale`. */
function refusal(action: keyof typeof competitionResultActions, viewer: Viewer, locale: string) {
  const verdict = competitionResultActions[action].can(check(viewer));
  if (verdict === true) throw new Error(`${action} is allowed`);
  return refusalSentence(verdict, typeWords(definition, server.words, [locale]));
}

describe("competition-result: the type's words", () => {
  it('has every word in every language the server speaks', async () => {
    expect(await typeWordProblems(server)).toEqual([]);
  });

  it('says its refusals in English as before, and in Spanish and Polish', () => {
    expect(refusal('verifyWarnings', ben, 'en')).toBe('Ana Kowalska holds this competition for posting; take it over first.');
    expect(refusal('verifyWarnings', ben, 'es')).toBe('Ana Kowalska tiene esta competición para publicarla; toma el relevo primero.');
    expect(refusal('verifyWarnings', ben, 'pl')).toBe('Ana Kowalska prowadzi publikację tych zawodów; najpierw je przejmij.');
    // The step it names is put in in the same language.
    expect(refusal('post', ana, 'en')).toBe('"Verify the warnings" comes first.');
    expect(refusal('post', ana, 'es')).toBe('Primero hay que hacer «Verificar los avisos».');
    expect(refusal('post', ana, 'pl')).toBe('Najpierw trzeba wykonać krok „Zweryfikuj ostrzeżenia”.');
  });

  it('names the type in Spanish and Polish', () => {
    expect(typeWords(definition, server.words, ['es']).t('title')).toBe('Publicar los resultados de una competición');
    expect(typeWords(definition, server.words, ['pl']).t('title')).toBe('Opublikuj wyniki zawodów');
  });
});
