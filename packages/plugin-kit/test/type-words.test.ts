import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type ActionCheckContext, allOf, defineTicketType, onlyGroup, refuse, whileOpen } from '../src/index.js';
import { changeLabels, englishTypeWords, refusalSentence, typeWords, type TypeWords } from '../src/server/index.js';
import { kitWordProblems, typeWordProblems } from '../src/widget/testing/index.js';

const definition = defineTicketType({
  type: 'lost-property',
  title: 'Lost property',
  metadata: z.object({}),
  words: { 'refusal.claimedBy': '{name} claimed it already.', 'doing.handOut': 'hand out lost property' },
  actions: {
    handOut: { title: 'Hand out', input: z.object({}), can: allOf(whileOpen, onlyGroup('Front desk', 'handOut')) },
    claim: { title: 'Claim', description: 'Say it is yours.', input: z.object({}), can: () => refuse('claimedBy', { name: 'Ana' }) },
  },
});
const words = {
  es: {
    title: 'Objetos perdidos',
    'action.handOut.title': 'Entregar',
    'action.claim.title': 'Reclamar',
    'action.claim.description': 'Di que es tuyo.',
    'refusal.claimedBy': '{name} ya lo reclamó.',
    'doing.handOut': 'entregar objetos perdidos',
  },
};
const viewer = { userId: 7, name: 'Rita', isSiteAdmin: false, memberships: [] };
type Check = ActionCheckContext<unknown>;
const context = (state: 'open' | 'closed'): Check =>
  ({ viewer, actingAs: {} as Check['actingAs'], stakeholders: [], metadata: {}, ticket: { id: 2, state, status: { id: 1, name: 'To do', category: 'to_do' } } });
/** What an action's check says in these words (the test's actions always refuse). */
const said = (action: 'handOut' | 'claim', state: 'open' | 'closed', words: TypeWords) => {
  const verdict = definition.actions![action]!.can(context(state));
  if (verdict === true) throw new Error(`${action} was allowed`);
  return refusalSentence(verdict, words);
};

describe("a type's words in the reader's language", () => {
  it("says the kit's refusals and the type's own in the language asked for, English where a language lacks a word", () => {
    const spanish = typeWords(definition, words, ['es-AR', 'en']);
    expect(spanish.locale).toBe('es');
    expect(said('handOut', 'closed', spanish)).toBe('El ticket #2 está cerrado; reábrelo primero.');
    expect(said('handOut', 'open', spanish)).toBe('Solo los miembros de Front desk pueden entregar objetos perdidos.');
    expect(said('claim', 'open', spanish)).toBe('Ana ya lo reclamó.');
    expect(spanish.t('title')).toBe('Objetos perdidos');
    // Polish is a language the server speaks, but this type has no Polish: its words fall back to English, the kit's are Polish.
    const polish = typeWords(definition, words, ['pl']);
    expect(polish.t('action.claim.title')).toBe('Claim');
    expect(said('handOut', 'open', polish)).toBe('Tylko członkowie Front desk mogą hand out lost property.');
    expect(said('handOut', 'open', typeWords(definition, words, []))).toBe('Only members of Front desk can hand out lost property.');
    // Statuses for mails: a system status in the reader's language, any other as written.
    expect([spanish.status('Done'), spanish.status('Blocked')]).toEqual(['Hecho', 'Blocked']);
    // A sentence given as text is said as written.
    expect(refusalSentence('Not today.', spanish)).toBe('Not today.');
  });

  it('lists what a type lacks: a language, a word English has, a word English lacks', async () => {
    expect(await kitWordProblems()).toEqual([]);
    const { 'action.handOut.title': _left, ...lacking } = words.es;
    expect(await typeWordProblems({ definition, words: { es: { ...lacking, 'refusal.unknown': 'x' } } })).toEqual([
      "lost-property: has no words in 'pl'.",
      "lost-property es: lacks 'action.handOut.title', which English has.",
      "lost-property es: has 'refusal.unknown', which English lacks.",
    ]);
    expect(await typeWordProblems({ definition, words: { ...words, pl: words.es } })).toEqual([]);
  });

  it("names what moving a ticket in asks and what its actions change by the type's words", () => {
    const moving = defineTicketType({
      type: 'found-property',
      title: 'Found property',
      metadata: z.object({}),
      words: { 'change.shelf': 'shelf' },
      moveIn: { from: ['lost-property'], fields: [{ key: 'where', label: 'Where found', hint: 'A room', choices: [{ value: 'hall', label: 'Hall' }] }] },
    });
    expect(englishTypeWords(moving)).toMatchObject({ 'moveIn.where.label': 'Where found', 'moveIn.where.hint': 'A room', 'moveIn.where.choice.hall': 'Hall', 'change.shelf': 'shelf' });
    expect(changeLabels(moving, ['shelf', 'box'])).toEqual({ shelf: 'shelf', box: 'box' });
  });
});
