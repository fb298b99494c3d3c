// The type's words: every language the server speaks has every key. Contact has no actions of its
// own, so the only refusal a reader meets on it is the kit's (a closed ticket), with the type's words.
import { whileOpen } from '@tickets/plugin-kit';
import { refusalSentence, typeWords } from '@tickets/plugin-kit/server';
import { typeWordProblems } from '@tickets/plugin-kit/widget/testing';
import { describe, expect, it } from 'vitest';
import definition from '../src/index.js';
import server from '../src/server/index.js';

describe("contact: the type's words", () => {
  it('has every word in every language the server speaks', async () => {
    expect(await typeWordProblems(server)).toEqual([]);
  });

  it('names the type in Spanish and Polish, and its system statuses in the kit\'s words', () => {
    expect(typeWords(definition, server.words, ['es']).t('title')).toBe('Contactar con un equipo');
    expect(typeWords(definition, server.words, ['pl']).t('title')).toBe('Skontaktuj się z zespołem');
    expect(typeWords(definition, server.words, ['pl']).status('In progress')).toBe('W toku');
  });

  it('says a refusal on a closed ticket in Spanish and Polish', () => {
    const closed = whileOpen({ ticket: { id: 4, state: 'closed', status: { id: 3, name: 'Done', category: 'done' } } });
    if (closed === true) throw new Error('a closed ticket is open');
    expect(refusalSentence(closed, typeWords(definition, server.words, ['es']))).toBe('El ticket #4 está cerrado; reábrelo primero.');
    expect(refusalSentence(closed, typeWords(definition, server.words, ['pl']))).toBe('Zgłoszenie #4 jest zamknięte; najpierw otwórz je ponownie.');
  });
});
