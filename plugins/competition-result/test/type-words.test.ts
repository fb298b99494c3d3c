// The type's words: every language the server speaks has every key, the posting steps' refusals
// read in the reader's language, the step they name included, and so does what the steps did.
import type { Stakeholder, Viewer } from '@tickets/domain';
import { type ActionCheckContext, type ActionSaid, saying } from '@tickets/plugin-kit';
import { refusalSentence, saidSentence, typeWords } from '@tickets/plugin-kit/server';
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

/** What an action did, in English, Spanish and Polish. */
const said = (summary: ActionSaid) => ['en', 'es', 'pl'].map((locale) => saidSentence(summary, typeWords(definition, server.words, [locale])));

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

  it("says what its actions did in the reader's language, counts in each language's plural forms", () => {
    expect([1, 2, 5].map((count) => said(saying('mergedResults', { count })))).toEqual([
      ['Merged 1 result from the inbox.', 'Fusionó 1 resultado de la bandeja.', 'Scalono 1 wynik ze skrzynki.'],
      ['Merged 2 results from the inbox.', 'Fusionó 2 resultados de la bandeja.', 'Scalono 2 wyniki ze skrzynki.'],
      ['Merged 5 results from the inbox.', 'Fusionó 5 resultados de la bandeja.', 'Scalono 5 wyników ze skrzynki.'],
    ]);
    // Thousands are grouped in English, as the log said them before; a million takes Spanish's "de".
    expect(said(saying('mergedScrambles', { count: 1234 }))[0]).toBe('Merged 1,234 scramble sets from the inbox.');
    expect(said(saying('mergedResults', { count: 1_000_000 }))[1]).toBe('Fusionó 1.000.000 de resultados de la bandeja.');
    expect(said(saying('resubmitted', { submission: 2, results: 412, scrambles: 36, newcomers: 1 }))).toEqual([
      'Submitted again (submission 2): 412 results, 36 scramble sets, 1 newcomer.',
      'Nuevo envío (n.º 2): 412 resultados, 36 conjuntos de mezclas, 1 competidor nuevo.',
      'Ponowne przesłanie (nr 2): 412 wyników, 36 zestawów scrambli, 1 nowy zawodnik.',
    ]);
    expect(said(saying('tookOver', { name: ben.name, competition: stored.competitionName, holder: ana.name }))).toEqual([
      'Ben Okafor took Porto Open 2026 over from Ana Kowalska.',
      'Ben Okafor tomó el relevo de Ana Kowalska en la publicación de Porto Open 2026.',
      'Przejęto zawody Porto Open 2026; prowadzi je teraz Ben Okafor (wcześniej: Ana Kowalska).',
    ]);
    expect(said(saying('verifiedNewcomersToCheck', { count: 3, returners: 'Rita Lopes, Maria Newcomer' }))).toEqual([
      'Verified 3 newcomers; check Rita Lopes, Maria Newcomer: the name is in the database already.',
      'Verificó 3 competidores nuevos; hay que revisar a Rita Lopes, Maria Newcomer: el nombre ya está en la base de datos.',
      'Zweryfikowano 3 nowych zawodników; sprawdź: Rita Lopes, Maria Newcomer — takie imię i nazwisko jest już w bazie.',
    ]);
    expect(said(saying('aborted', { reason: 'Round 2 of 3x3x3 is missing.' }))).toEqual([
      'Posting stopped: Round 2 of 3x3x3 is missing.',
      'Publicación interrumpida: Round 2 of 3x3x3 is missing.',
      'Przerwano publikację: Round 2 of 3x3x3 is missing.',
    ]);
  });

  it('names the type in Spanish and Polish', () => {
    expect(typeWords(definition, server.words, ['es']).t('title')).toBe('Publicar los resultados de una competición');
    expect(typeWords(definition, server.words, ['pl']).t('title')).toBe('Opublikuj wyniki zawodów');
  });
});
