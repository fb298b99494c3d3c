// The type's words: every language the server speaks has every key, and a refusal reads in the
// reader's language, naming the group that may act.
import { type ActionCheckContext, saying } from '@tickets/plugin-kit';
import { refusalSentence, saidSentence, typeWords } from '@tickets/plugin-kit/server';
import { typeWordProblems } from '@tickets/plugin-kit/widget/testing';
import { describe, expect, it } from 'vitest';
import ticketType, { type BugReportStored } from '../src/index.js';
import server from '../src/server/index.js';

type Context = ActionCheckContext<BugReportStored>;

const rita: Context['viewer'] = { userId: 2, name: 'Rita Lopes', isSiteAdmin: false, memberships: [] };
const ritaStakeholder: Context['actingAs'] = { id: 1, principal: { kind: 'user', id: 2, name: 'Rita Lopes' }, connection: 'cc', role: 'requester', isActive: true };
const context: Context = {
  viewer: rita,
  actingAs: ritaStakeholder,
  stakeholders: [ritaStakeholder],
  ticket: { id: 5, state: 'open', status: { id: 1, name: 'Reported', category: 'triage' } },
  metadata: { page: 'https://www.worldcubeassociation.org/results', description: 'The results page shows a 404.', note: null },
};

/** Why Rita may not run `action`, in `locale`. */
function refusal(action: 'confirm' | 'markFixed', locale: string) {
  const verdict = ticketType.actions![action].can(context);
  if (verdict === true) throw new Error(`${action} is allowed`);
  return refusalSentence(verdict, typeWords(ticketType, server.words, [locale]));
}

describe("bug-report: the type's words", () => {
  it('has every word in every language the server speaks', async () => {
    expect(await typeWordProblems(server)).toEqual([]);
  });

  it('says its refusals in English as before, and in Spanish and Polish', () => {
    expect(refusal('confirm', 'en')).toBe('Only members of WST can confirm a bug.');
    expect(refusal('confirm', 'es')).toBe('Solo los miembros de WST pueden confirmar un error.');
    expect(refusal('markFixed', 'pl')).toBe('Tylko członkowie WST mogą oznaczać błędy jako naprawione.');
  });

  it('says what its actions did in the reader\'s language', () => {
    const said = (locale: string) => saidSentence(saying('markedFixed'), typeWords(ticketType, server.words, [locale]));
    expect([said('en'), said('es'), said('pl')]).toEqual(['Marked the bug as fixed.', 'Marcó el error como corregido.', 'Błąd oznaczony jako naprawiony.']);
  });

  it('names the type in Spanish and Polish', () => {
    expect(typeWords(ticketType, server.words, ['es']).t('title')).toBe('Informar de un error');
    expect(typeWords(ticketType, server.words, ['pl']).t('title')).toBe('Zgłoś błąd');
  });
});
